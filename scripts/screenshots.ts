// `pnpm screenshots`: the README's pictures of the dashboard, taken from a real run so they stay
// true. Starts the whole fleet (simulated model) on free ports with a scratch data directory,
// drives Debian's Chromium through a first run, a live session and the game after the reveal,
// and writes docs/screenshots/*.png. Nothing of the developer's data or .env is touched.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'docs', 'screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const VIEWPORT = { width: 1440, height: 900 }

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.screenshot({ path: join(OUT, `${name}.png`) })
  console.log(`wrote docs/screenshots/${name}.png`)
}

async function tour(page: Page, dashboard: string, token: string): Promise<void> {
  await page.goto(`${dashboard}/?token=${encodeURIComponent(token)}`)
  await page.locator('#operator-status', { hasText: /^operator$/ }).waitFor()
  await page.locator('#orch-status', { hasText: 'connected' }).waitFor()
  await page.locator('#first-run').waitFor()
  await shot(page, 'first-run')

  await page.fill('#start-form input[name=rounds]', '3')
  await page.fill('#start-form input[name=seed]', '7')
  await page.click('#btn-start')
  await page.locator('#session-status', { hasText: 'running' }).waitFor({ timeout: 30_000 })
  // Live: several agents have spoken and a tool has answered; someone is still typing.
  await page.locator('#feed [data-testid="msg"][data-streaming="false"]').nth(7).waitFor({ timeout: 90_000 })
  await page.locator('#feed [data-testid="tool-result"]').first().waitFor({ timeout: 60_000 })
  await shot(page, 'live-session')

  await page.locator('#session-status', { hasText: 'completed' }).waitFor({ timeout: 240_000 })
  await page.click('#guess-badges [data-guess="hacker"]')
  await page.click('#btn-evaluate')
  await page.locator('#game-result[data-outcome]:not([data-outcome=""])').waitFor()
  await page.click('#btn-reveal')
  await page.locator('#game-result', { hasText: /the mole was|there was no mole/ }).waitFor()
  await page.click('#btn-detect')
  await page.locator('#suspicion-final li').first().waitFor({ timeout: 120_000 })
  await page.locator('.game').evaluate((panel) => window.scrollTo(0, panel.getBoundingClientRect().top + window.scrollY - 70))
  await shot(page, 'game-revealed')
  await page.locator('#suspicion-figure').evaluate((figure) => window.scrollTo(0, figure.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 20))
  await shot(page, 'analytics-detection')
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const scratch = mkdtempSync(join(tmpdir(), 'heist-screens-'))
  // Loaded here, not at the top: `--help` and a refused option answer without loading the fleet or Chromium's driver.
  const [{ launchFleet }, { chromium }] = await Promise.all([import('./launch/fleet.js'), import('playwright-core')])
  // A visible streaming pace and a short pause between turns, so the live picture shows typing.
  const fleet = await launchFleet({
    root: ROOT, dataDir: join(scratch, 'data'), envFile: join(scratch, '.env'), autoPorts: true,
    outer: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn' },
    extra: { LLM_SIM_TOKENS_PER_S: '400', HEIST_TURN_DELAY_MS: '300' }, onNote: (text) => console.log(`[fleet] ${text}`),
  })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] })
  try {
    const page = await browser.newPage({ viewport: VIEWPORT })
    await tour(page, fleet.urls.dashboard ?? '', fleet.env.HEIST_OPERATOR_TOKEN ?? '')
  } finally {
    await browser.close()
    await fleet.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}

const USAGE = `usage: pnpm screenshots   (no options)
  starts the whole fleet on free ports with a scratch data directory, drives Chromium (${CHROMIUM};
  CHROMIUM_PATH to change) through a heist, and overwrites docs/screenshots/*.png (tracked files)`
// Every argument is refused: \`pnpm screenshots --help\` used to run the whole job and rewrite the README's pictures.
const args = process.argv.slice(2)
if (args.length > 0) {
  const help = args.every((a) => a === '--help' || a === '-h')
  ;(help ? console.log : console.error)(help ? USAGE : `pnpm screenshots takes no options (got ${args.join(' ')})\n\n${USAGE}`)
  process.exit(help ? 0 : 2)
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  process.exit(1)
})
