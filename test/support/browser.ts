import { existsSync } from 'node:fs'
import { envBool } from '@heist/shared'
import { chromium, type Browser } from 'playwright-core'

/** The browser the e2e suites drive (Debian's Chromium; `HEIST_CHROMIUM` points elsewhere). */
export const CHROMIUM = process.env.HEIST_CHROMIUM ?? '/usr/bin/chromium'

/** How every browser suite launches it. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']

/** The browser every e2e suite drives, launched the same way for each. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/**
 * Whether the browser suites run. Without Chromium a developer's run skips them, but in CI
 * (`CI=true`, as GitHub Actions and most runners set it) a missing browser fails the file at
 * collection: a CI that cannot run the browser suites must not look green.
 */
export function browserAvailable(env: Record<string, string | undefined> = process.env, path = CHROMIUM): boolean {
  if (existsSync(path)) return true
  // The fleet's one boolean reading (`true`/`1`); a CI value it does not know (`CI=yes`) is not CI.
  if (envBool(false).safeParse(env.CI).data === true) {
    throw new Error(`Chromium is not at ${path} and CI=${env.CI}: the browser suites must run in CI (install chromium, or set HEIST_CHROMIUM to its path)`)
  }
  return false
}
