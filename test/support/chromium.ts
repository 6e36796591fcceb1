import { chromium, type LaunchOptions } from 'playwright-core'

/** The browser the e2e suites drive (Debian's Chromium; `HEIST_CHROMIUM` points elsewhere). */
export const CHROMIUM = process.env.HEIST_CHROMIUM ?? '/usr/bin/chromium'

/** How every browser suite launches it (with {@link FEATURES_OFF}: {@link chromiumLaunchOptions}). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']

/**
 * Chromium features the suites turn off besides Playwright's own. The address bar's popup, a WebUI
 * page: headless Chromium 156 builds it in a renderer of its own for every new window (~150 modules
 * loaded twice), about 2 CPU s a page that no test sees (blank pages left open 3 s: 3.0 → 0.9 CPU s each).
 */
export const FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']

const DISABLE = '--disable-features='

/**
 * Chromium honours only the last `--disable-features` of its command line: one of ours after
 * Playwright's would silently drop Playwright's list (route interception relies on some of it).
 * Given the command line Playwright built, the options that put one list in its place: Playwright's
 * `--disable-features` ignored, and handed back with `off` added.
 */
export function withFeaturesOff(commandLine: readonly string[], off: readonly string[] = FEATURES_OFF): Pick<LaunchOptions, 'args' | 'ignoreDefaultArgs'> {
  const theirs = commandLine.filter((arg) => arg.startsWith(DISABLE))
  const names = [...theirs.flatMap((arg) => arg.slice(DISABLE.length).split(',')), ...off].filter((name) => name !== '')
  return { ignoreDefaultArgs: theirs, args: [...CHROMIUM_ARGS, `${DISABLE}${[...new Set(names)].join(',')}`] }
}

/**
 * The launch options of every browser suite. Playwright's own command line is read from a first
 * launch (~0.4 CPU s, once per e2e run: its list is not public and changes with its version).
 */
export async function chromiumLaunchOptions(): Promise<LaunchOptions> {
  const probe = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const commandLine = probe.process().spawnargs
  await probe.close()
  return { executablePath: CHROMIUM, ...withFeaturesOff(commandLine) }
}
