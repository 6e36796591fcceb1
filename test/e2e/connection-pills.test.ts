import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startFleet, type TestFleet } from '../support/fleet.js'
import { browserAvailable, launchBrowser } from '../support/browser.js'

// The page's two pills against real processes killed as a crash would kill them: `live` is the
// page's own socket to the dashboard, `orchestrator` the dashboard's socket to the orchestrator,
// as the dashboard reports it over the first. Each must say what is true at that moment.

let fleet: TestFleet
let browser: Browser
let page: Page

/** Both pills' text, as a person reads them. */
const pills = async () => ({ live: await page.locator('#live-status').textContent(), orchestrator: await page.locator('#orch-status').textContent() })
const expectPills = (live: string, orchestrator: string) => expect.poll(pills, { timeout: 30_000, interval: 200 }).toEqual({ live, orchestrator })

beforeAll(async () => {
  // No session runs here: the orchestrator's link to the dashboard is all the pills report on.
  fleet = await startFleet({ only: ['oauth', 'dashboard', 'orchestrator'], exactly: true })
  browser = await launchBrowser()
  page = await browser.newPage()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await fleet?.close()
})

describe.runIf(browserAvailable())('connection pills tell the truth', () => {
  test('orchestrator killed and back, then the dashboard killed and back', async () => {
    await page.goto(`${fleet.urls.dashboard}/`)
    await expectPills('live: connected', 'orchestrator: connected')

    await fleet.kill('orchestrator')
    await expectPills('live: connected', 'orchestrator: offline')
    await fleet.start('orchestrator')
    await expectPills('live: connected', 'orchestrator: connected')

    // With its own link down the page cannot know the orchestrator's state: it must not keep saying "connected".
    await fleet.kill('dashboard')
    await expectPills('live: reconnecting', 'orchestrator: unknown (no link to the dashboard)')
    await fleet.start('dashboard')
    await expectPills('live: connected', 'orchestrator: connected')
  })
})
