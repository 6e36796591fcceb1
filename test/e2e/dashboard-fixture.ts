import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { FakeOrchestrator } from '../../services/dashboard/test/support/fake-orchestrator.js'
import { browserAvailable, launchBrowser } from '../support/browser.js'
import { clientToken, ROOT, startFleet, type TestFleet } from '../support/fleet.js'
import { layoutProblems, scrollTo, VIEWPORTS, watchPage } from '../support/layout-checks.js'
import { CROWD, crowdedSession, detectionFor } from '../support/session-fixture.js'

// The dashboard files' shared setup: the dashboard (and oauth, for tokens) as real processes on an
// empty data directory, fed by a fake orchestrator; no detection service runs, so its URL is unreachable.
export { browserAvailable, CROWD, VIEWPORTS }
export const SHOTS = join(ROOT, 'test-results', 'screenshots')
/** The crowded session (eight agents, long names), the newest of the thirteen `populate` sends. */
export const BIG = 'crowded-heist'
export const ROUNDS = 4
/** Messages that contain "guard shift" once populated: two in each small session, every one in the big one. */
export const GUARD_SHIFT_HITS = 12 * 2 + CROWD.length * ROUNDS

export interface DashboardFixture {
  fleet: TestFleet
  browser: Browser
  /** The operator token. */
  token: string
  /** The fake orchestrator once `populate` connected it (a test may close it). */
  orchestrator: FakeOrchestrator | null
}

type Viewport = { width: number; height: number; isMobile?: boolean }

/**
 * Starts the fleet and Chromium before the file's tests and stops them after. The returned object
 * is filled in `beforeAll`; each file gets its own (files run one after another in one worker).
 */
export function useDashboard(options: { populated: boolean }): DashboardFixture {
  const fx = {} as DashboardFixture
  beforeAll(async () => {
    if (!browserAvailable()) return
    mkdirSync(SHOTS, { recursive: true })
    fx.fleet = await startFleet({ only: ['dashboard'] })
    fx.token = fx.fleet.env.HEIST_OPERATOR_TOKEN ?? ''
    fx.orchestrator = null
    fx.browser = await launchBrowser()
    if (options.populated) await populate(fx)
  }, 120_000)
  afterAll(async () => {
    await fx.orchestrator?.close()
    await fx.browser?.close()
    await fx.fleet?.close()
  })
  return fx
}

export const dashboardUrl = (fx: DashboardFixture, path = '/') => `${fx.fleet.urls.dashboard}${path}`

/** Twelve small sessions so the history pages, then the crowded one (newest), with a detection that accuses the hacker. */
export async function populate(fx: DashboardFixture): Promise<void> {
  fx.orchestrator = await FakeOrchestrator.connect(dashboardUrl(fx, '/ws/orchestrator').replace('http', 'ws'), await clientToken(fx.fleet, 'orchestrator', { resource: 'dashboard' }))
  for (let i = 1; i <= 12; i++) await fx.orchestrator.sendAll(crowdedSession(`small-${String(i).padStart(2, '0')}`, { agents: ['planner', 'hacker'], rounds: 1 }))
  await fx.orchestrator.sendAll(crowdedSession(BIG, { rounds: ROUNDS }))
  await storeDetection(fx, BIG, CROWD, ROUNDS, 'hacker')
}

/** Stores a detection result as the detection service would. */
export async function storeDetection(fx: DashboardFixture, sessionId: string, agents: string[], rounds: number, suspect: string | null): Promise<void> {
  const stored = await fetch(dashboardUrl(fx, `/api/sessions/${sessionId}/detections`), {
    method: 'POST', headers: { authorization: `Bearer ${await clientToken(fx.fleet, 'detection', { resource: 'dashboard' })}`, 'content-type': 'application/json' },
    body: JSON.stringify(detectionFor(sessionId, agents, rounds, suspect)),
  })
  expect(stored.status).toBe(201)
}

export async function openPage(fx: DashboardFixture, viewport: Viewport, withToken = true, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<{ context: BrowserContext; page: Page; watch: ReturnType<typeof watchPage> }> {
  const context = await fx.browser.newContext({ viewport, isMobile: viewport.isMobile ?? false, hasTouch: viewport.isMobile ?? false, acceptDownloads: true })
  await prepare?.(context)
  const page = await context.newPage()
  const watch = watchPage(page)
  await page.goto(dashboardUrl(fx, withToken ? `/?token=${encodeURIComponent(fx.token)}` : '/'))
  await page.locator('#live-status', { hasText: 'connected' }).waitFor()
  return { context, page, watch }
}

/**
 * A route that holds the requests `matches` picks until `release()`; `asked` resolves at the first.
 * By default the request reaches the dashboard on release; with `answered` the dashboard answers
 * at once and its reply is held: a late reply that says what was true when it was asked.
 */
export function holdRequests(matches: (url: URL, method: string) => boolean, options: { answered?: boolean } = {}) {
  let release = (): void => undefined
  let askedOnce = (): void => undefined
  const held = new Promise<void>((resolve) => { release = resolve })
  const asked = new Promise<void>((resolve) => { askedOnce = resolve })
  let count = 0
  // fallback, not continue: another hold registered on the same context may want the request.
  const route = async (ctx: BrowserContext) => ctx.route((u) => u.pathname.startsWith('/api/'), async (r) => {
    if (!matches(new URL(r.request().url()), r.request().method())) return r.fallback()
    count += 1
    const response = options.answered ? await r.fetch() : null
    askedOnce()
    await held
    await (response ? r.fulfill({ response }) : r.continue())
  })
  return { route, asked, release: () => release(), count: () => count }
}

/**
 * Waits until the page awaits no reply but the `held` ones (`<html data-requests>`, kept by the
 * page's api()): every other reply has landed and what it paints, or asks next, is done. This is
 * how a test knows a late reply has had its chance to repaint, instead of sleeping.
 */
export async function settled(page: Page, held = 0): Promise<void> {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.requests ?? '0') === n, held, { timeout: 30_000 })
}

/**
 * The layout checks at the top and the bottom of the page. One full-page picture per state for a
 * person to look at; a picture of the viewport only where a check failed (what the failure shows).
 * Four pictures a state (two viewports, the full page, a clip of it) took about 5 of the file's 28 CPU s.
 */
export async function expectLayoutHolds(page: Page, label: string): Promise<void> {
  for (const [where, headerMayCover] of [['top', false], ['bottom', true]] as const) {
    await scrollTo(page, where)
    const problems = await layoutProblems(page, { headerMayCover })
    if (problems.length > 0) await page.screenshot({ path: join(SHOTS, `layout-${label}-${where}.png`) })
    expect(problems, `${label}, ${where} of the page (layout-${label}-${where}.png)`).toEqual([])
  }
  await scrollTo(page, 'top')
  await page.screenshot({ path: join(SHOTS, `layout-${label}-full.png`), fullPage: true })
}
