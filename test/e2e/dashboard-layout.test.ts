import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { FakeOrchestrator } from '../../services/dashboard/test/support/fake-orchestrator.js'
import { clientToken, ROOT, startFleet, type TestFleet } from '../support/fleet.js'
import { layoutProblems, scrollTo, VIEWPORTS, watchPage } from '../support/layout-checks.js'
import { CROWD, crowdedSession, detectionFor } from '../support/session-fixture.js'
import { browserAvailable, launchBrowser } from '../support/browser.js'

// The dashboard (and oauth, for tokens) as real processes on an empty data directory, fed by a
// fake orchestrator with a crowded team; no detection service runs, so its URL is unreachable.
const SHOTS = join(ROOT, 'test-results', 'screenshots')
const BIG = 'crowded-heist'
const ROUNDS = 4

let fleet: TestFleet
let browser: Browser
let orchestrator: FakeOrchestrator | null = null
let token = ''
const url = (path = '/') => `${fleet.urls.dashboard}${path}`

async function openPage(viewport: { width: number; height: number; isMobile?: boolean }, withToken = true, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<{ context: BrowserContext; page: Page; watch: ReturnType<typeof watchPage> }> {
  const context = await browser.newContext({ viewport, isMobile: viewport.isMobile ?? false, hasTouch: viewport.isMobile ?? false, acceptDownloads: true })
  await prepare?.(context)
  const page = await context.newPage()
  const watch = watchPage(page)
  await page.goto(url(withToken ? `/?token=${encodeURIComponent(token)}` : '/'))
  await page.locator('#live-status', { hasText: 'connected' }).waitFor()
  return { context, page, watch }
}

/**
 * The layout checks at the top and the bottom of the page. One full-page picture per state for a
 * person to look at; a picture of the viewport only where a check failed (what the failure shows).
 * Four pictures a state (two viewports, the full page, a clip of it) took about 5 of the file's 28 CPU s.
 */
async function expectLayoutHolds(page: Page, label: string): Promise<void> {
  for (const [where, headerMayCover] of [['top', false], ['bottom', true]] as const) {
    await scrollTo(page, where)
    const problems = await layoutProblems(page, { headerMayCover })
    if (problems.length > 0) await page.screenshot({ path: join(SHOTS, `layout-${label}-${where}.png`) })
    expect(problems, `${label}, ${where} of the page (layout-${label}-${where}.png)`).toEqual([])
  }
  await scrollTo(page, 'top')
  await page.screenshot({ path: join(SHOTS, `layout-${label}-full.png`), fullPage: true })
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  fleet = await startFleet({ only: ['dashboard'] })
  token = fleet.env.HEIST_OPERATOR_TOKEN ?? ''
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await orchestrator?.close()
  await browser?.close()
  await fleet?.close()
})

describe.runIf(browserAvailable())('the dashboard layout, first run, errors and export', () => {
  test('first run on an empty data directory: a guide to the first heist and an empty state in every panel, no console error', async () => {
    for (const viewport of [VIEWPORTS[0], VIEWPORTS[3]]) {
      const { context, page, watch } = await openPage(viewport, false)
      await page.locator('#first-run').waitFor()
      expect(await page.locator('#first-run').textContent()).toMatch(/start a heist/i)
      await expect.poll(() => page.locator('#tile-sessions').textContent()).toBe('0')
      for (const selector of ['#game-empty', '#scoreboard .empty', '#suspicion-empty', '#heatmap .empty', '#agent-table .empty']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(true)
      }
      // Lists say why they are empty (CSS ::before from data-empty).
      for (const list of ['#history-list', '#activity-log']) {
        expect(await page.locator(list).evaluate((e) => getComputedStyle(e, '::before').content), list).toMatch(/^"No|^"Nothing/)
      }
      expect(await page.locator('#operator-status').textContent()).toBe('read-only')
      await expectLayoutHolds(page, `first-run-${viewport.name}`)
      expect(watch.problems).toEqual([])
      await context.close()
    }
  }, 120_000)

  test('a crowded session (8 agents, 32-character names, tools, order, detection) holds at every size', async () => {
    orchestrator = await FakeOrchestrator.connect(`${url('/ws/orchestrator').replace('http', 'ws')}`, await clientToken(fleet, 'orchestrator', { resource: 'dashboard' }))
    // Twelve small sessions so the history pages, then the crowded one (newest).
    for (let i = 1; i <= 12; i++) await orchestrator.sendAll(crowdedSession(`small-${String(i).padStart(2, '0')}`, { agents: ['planner', 'hacker'], rounds: 1 }))
    await orchestrator.sendAll(crowdedSession(BIG, { rounds: ROUNDS }))
    const stored = await fetch(url(`/api/sessions/${BIG}/detections`), {
      method: 'POST', headers: { authorization: `Bearer ${await clientToken(fleet, 'detection', { resource: 'dashboard' })}`, 'content-type': 'application/json' },
      body: JSON.stringify(detectionFor(BIG, CROWD, ROUNDS, 'hacker')),
    })
    expect(stored.status).toBe(201)

    for (const viewport of VIEWPORTS) {
      const { context, page, watch } = await openPage(viewport)
      await page.locator('#operator-status', { hasText: /^operator$/ }).waitFor()
      await page.selectOption('#session-select', BIG)
      await expect.poll(() => page.locator('#feed [data-testid="msg"]').count(), { timeout: 15_000 }).toBe(CROWD.length * ROUNDS)
      await page.locator('#heatmap table').waitFor()
      await expect.poll(() => page.locator('#suspicion-final li').count()).toBe(CROWD.length)
      expect(await page.locator('#suspicion-caption').textContent()).toMatch(/final hybrid score.*rule score after each round/)
      expect(await page.locator('#detection-summary').textContent()).toMatch(/suspects hacker with confidence 48% \(accuses above 35%\)/)
      expect(await page.locator('#suspicion-final li .threshold').count()).toBe(CROWD.length)
      await expectLayoutHolds(page, viewport.name)
      expect(watch.problems).toEqual([])
      await context.close()
    }
  }, 180_000)

  test('a "nobody" verdict reads as one', async () => {
    const stored = await fetch(url('/api/sessions/small-01/detections'), {
      method: 'POST', headers: { authorization: `Bearer ${await clientToken(fleet, 'detection', { resource: 'dashboard' })}`, 'content-type': 'application/json' },
      body: JSON.stringify(detectionFor('small-01', ['planner', 'hacker'], 1, null)),
    })
    expect(stored.status).toBe(201)
    // The page opens on the newest session (the crowded one, which accuses the hacker). Its detail
    // is held back until small-01 is on screen: a late reply for a session no longer shown must not
    // repaint the verdict (CI once saw "suspects nobody" above a list with the hacker marked).
    const crowded = holdRequests((u) => u.pathname === `/api/sessions/${BIG}`)
    const { context, page, watch } = await openPage(VIEWPORTS[3], true, crowded.route)
    // Chosen after the page has asked for the crowded session: chosen earlier, the page never would.
    await crowded.asked
    await page.selectOption('#session-select', 'small-01')
    const nobody = /suspects nobody: top score 20% \(accuses above 35%\), it calls this a control game/
    // The page fetches the selected session's detection: wait for it as the other polls here do, not vitest's 1 s default.
    await expect.poll(() => page.locator('#detection-summary').textContent(), { timeout: 15_000 }).toMatch(nobody)
    const crowdedAnswered = page.waitForResponse(`**/api/sessions/${BIG}`)
    crowded.release()
    await crowdedAnswered
    // Before the fix the late detail led to one more request (its detection) and a repaint: time for both.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(await page.locator('#detection-summary').textContent()).toMatch(nobody)
    expect(await page.locator('#suspicion-final li[data-suspect="true"]').count()).toBe(0)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('history and search page through with a count', async () => {
    const { context, page, watch } = await openPage(VIEWPORTS[1])
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('1–8 of 13')
    await page.click('#history-next')
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('9–13 of 13')
    expect(await page.locator('#history-list li').count()).toBe(5)
    await page.fill('#search-input', 'guard shift')
    await page.click('#search-form button')
    const total = 12 * 2 + CROWD.length * ROUNDS
    await expect.poll(() => page.locator('#search-count').textContent()).toBe(`${total} messages contain “guard shift” · 1–10 of ${total}`)
    await page.click('#search-next')
    await expect.poll(() => page.locator('#search-count').textContent()).toContain(`11–20 of ${total}`)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a failed search says so and leaves no earlier hits to page', async () => {
    const { context, page } = await openPage(VIEWPORTS[1], true, (ctx) => ctx.route((u) => u.pathname === '/api/search' && u.searchParams.get('q') === 'vault',
      (r) => r.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'SEARCH_UNAVAILABLE', message: 'the store is busy' } }) })))
    await page.fill('#search-input', 'guard shift')
    await page.click('#search-form button')
    await expect.poll(() => page.locator('#search-count').textContent()).toMatch(/contain “guard shift” · 1–10 of/)
    expect(await page.locator('#search-pager').isVisible()).toBe(true)
    await page.fill('#search-input', 'vault')
    await page.click('#search-form button')
    await expect.poll(() => page.locator('#search-count').textContent()).toMatch(/^search failed: /)
    // Neither "guard shift"'s hits under the failed query nor a pager that would page "vault".
    expect(await page.locator('#search-results li').count()).toBe(0)
    expect(await page.locator('#search-pager').isHidden()).toBe(true)
    await context.close()
  }, 60_000)

  /** A route that holds the requests `matches` picks until `release()`; `asked` resolves at the first. */
  function holdRequests(matches: (url: URL, method: string) => boolean) {
    let release = (): void => undefined
    let askedOnce = (): void => undefined
    const held = new Promise<void>((resolve) => { release = resolve })
    const asked = new Promise<void>((resolve) => { askedOnce = resolve })
    let count = 0
    // fallback, not continue: another hold registered on the same context may want the request.
    const route = async (ctx: BrowserContext) => ctx.route((u) => u.pathname.startsWith('/api/'), async (r) => {
      if (!matches(new URL(r.request().url()), r.request().method())) return r.fallback()
      count += 1
      askedOnce()
      await held
      await r.continue()
    })
    return { route, asked, release: () => release(), count: () => count }
  }

  test('history and search show what was asked last, whatever order the replies come in', async () => {
    // The 5 s refresh's reload of history page 1 is held while the user turns to page 2; a search
    // for "vault" is held while the user searches "guard shift". Then the old replies are let go.
    let holdPageOne = false
    const pageOne = holdRequests((u) => holdPageOne && u.pathname === '/api/sessions' && u.searchParams.get('limit') === '8' && u.searchParams.get('offset') === '0')
    const vault = holdRequests((u) => u.pathname === '/api/search' && u.searchParams.get('q') === 'vault')
    const { context, page, watch } = await openPage(VIEWPORTS[1], true, async (ctx) => {
      await pageOne.route(ctx)
      await vault.route(ctx)
    })
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('1–8 of 13')
    holdPageOne = true
    await pageOne.asked
    await page.click('#history-next')
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('9–13 of 13')
    await page.fill('#search-input', 'vault')
    await page.click('#search-form button')
    await vault.asked
    await page.fill('#search-input', 'guard shift')
    await page.click('#search-form button')
    const total = 12 * 2 + CROWD.length * ROUNDS
    await expect.poll(() => page.locator('#search-count').textContent()).toBe(`${total} messages contain “guard shift” · 1–10 of ${total}`)
    const late = Promise.all([page.waitForResponse((r) => r.url().includes('offset=0') && r.url().includes('limit=8')), page.waitForResponse((r) => r.url().includes('q=vault'))])
    pageOne.release()
    vault.release()
    await late
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
    // Before the fix the late replies won: page 1 again, and the "vault" count under "guard shift".
    expect(await page.locator('#history-page').textContent()).toBe('9–13 of 13')
    expect(await page.locator('#search-count').textContent()).toBe(`${total} messages contain “guard shift” · 1–10 of ${total}`)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a detection still running on one session is not shown as running on the next', async () => {
    const detect = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions/small-02/detect')
    const detail02 = holdRequests((u) => u.pathname === '/api/sessions/small-02')
    const detail03 = holdRequests((u) => u.pathname === '/api/sessions/small-03')
    const { context, page } = await openPage(VIEWPORTS[1], true, async (ctx) => {
      for (const hold of [detect, detail02, detail03]) await hold.route(ctx)
    })
    await page.locator('#operator-status', { hasText: /^operator$/ }).waitFor()
    // The user runs detection before small-02's own detail is back (CI hit this by chance): the late
    // detail must not wipe "detection running" while the detection is still out.
    await page.selectOption('#session-select', 'small-02')
    await detail02.asked
    await page.click('#btn-detect')
    await detect.asked
    expect(await page.locator('#detection-summary').textContent()).toMatch(/^detection running/)
    const detailBack = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/sessions/small-02')
    detail02.release()
    await detailBack
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(await page.locator('#detection-summary').textContent()).toMatch(/^detection running/)
    // small-03's detail is held: the summary must not wait for it to stop saying small-02's detection runs.
    await page.selectOption('#session-select', 'small-03')
    await detail03.asked
    await expect.poll(() => page.locator('#detection-summary').textContent()).toBe('')
    detail03.release()
    // Back on small-02 while its detection is still out: it says so again, and its reply ends it
    // (this fixture has no detection service, so the reply is the error).
    await page.selectOption('#session-select', 'small-02')
    await expect.poll(() => page.locator('#detection-summary').textContent()).toMatch(/^detection running/)
    detect.release()
    await expect.poll(() => page.locator('#detection-summary').textContent(), { timeout: 30_000 }).toMatch(/^detection failed: /)
    await context.close()
  }, 60_000)

  test('no double submits or late replies in the controls: start, order, replay, a guess after moving on', async () => {
    const starts = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions')
    const orders = holdRequests((u, method) => method === 'POST' && u.pathname.endsWith('/orders'))
    const guess = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions/small-03/guess')
    const replayEvents = holdRequests((u) => u.pathname === '/api/sessions/small-12/events')
    const { context, page, watch } = await openPage(VIEWPORTS[1], true, async (ctx) => {
      for (const hold of [starts, orders, guess, replayEvents]) await hold.route(ctx)
    })
    watch.allow(/ORCHESTRATOR_NOT_CONNECTED|\/orders|\/api\/sessions|503|409|404/)
    await page.locator('#operator-status', { hasText: /^operator$/ }).waitFor()
    // A double click on "start heist" and on "send order" sends one request each.
    await page.click('#btn-start')
    await starts.asked
    await page.click('#btn-start', { force: true }).catch(() => undefined)
    await page.selectOption('#session-select', 'small-05')
    await page.fill('#order-text', 'check the vault door')
    await page.click('#btn-order')
    await orders.asked
    await page.click('#btn-order', { force: true }).catch(() => undefined)
    starts.release()
    orders.release()
    expect([starts.count(), orders.count()]).toEqual([1, 1])

    // A guess on small-03 answered after the user moved to small-04 is not shown under small-04.
    await page.selectOption('#session-select', 'small-03')
    await page.locator('#guess-badges button[data-guess="hacker"]:enabled').click()
    await guess.asked
    // small-04's own game state is on screen before the late reply comes.
    const shown = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/sessions/small-04')
    await page.selectOption('#session-select', 'small-04')
    await shown
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
    const guessed = page.waitForResponse('**/api/sessions/small-03/guess')
    guess.release()
    await guessed
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(await page.locator('#game-result').textContent()).not.toContain('your guess')
    expect(await page.locator('#guess-badges button[aria-pressed="true"]').count()).toBe(0)

    // Two clicks on replay: the first's events are held until the second replay has its own; one replay runs.
    await page.click('[data-replay="small-12"]')
    await replayEvents.asked
    await page.click('[data-replay="small-12"]')
    await expect.poll(() => replayEvents.count()).toBe(2)
    replayEvents.release()
    await expect.poll(() => page.locator('#activity-log li', { hasText: 'replay of small-12 finished' }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(await page.locator('#activity-log li', { hasText: /^.*replaying small-12/ }).count()).toBe(1)
    expect(await page.locator('#activity-log li', { hasText: 'replay of small-12 finished' }).count()).toBe(1)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 90_000)

  test('export: the JSON lines hold every event; the Markdown names the mole only after the reveal', async () => {
    const { context, page, watch } = await openPage(VIEWPORTS[1])
    await page.selectOption('#session-select', BIG)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')])
    const lines = readFileSync(await download.path(), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { seq?: number; type: string; game?: { mole: string | null } })
    const { events } = await fetch(url(`/api/sessions/${BIG}/events`)).then((r) => r.json()) as { events: { seq: number }[] }
    expect(lines.filter((l) => l.type !== 'game').map((l) => l.seq)).toEqual(events.map((e) => e.seq))
    expect(events.length).toBe(crowdedSession(BIG, { rounds: ROUNDS }).length - 1) // all but the sealed event
    expect(lines.at(-1)).toMatchObject({ type: 'game', game: { mole: null, revealed: false } })

    const markdown = async () => {
      const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')])
      return readFileSync(await md.path(), 'utf8')
    }
    const before = await markdown()
    expect(before).toContain(`# Heist ${BIG}`)
    expect(before.match(/^> Round \d+, /gm)?.length).toBe(CROWD.length * ROUNDS)
    expect(before).toContain('the mole: sealed until the reveal')
    expect(before).not.toContain('false_info')

    const operator = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    await fetch(url(`/api/sessions/${BIG}/guess`), { method: 'POST', headers: operator, body: JSON.stringify({ agent: 'hacker' }) })
    await fetch(url(`/api/sessions/${BIG}/evaluate`), { method: 'POST', headers: { authorization: operator.authorization } })
    await fetch(url(`/api/sessions/${BIG}/reveal`), { method: 'POST', headers: { authorization: operator.authorization } })
    const after = await markdown()
    expect(after).toContain('the mole: **hacker**, strategy `false_info`')
    expect(after).toContain('- outcome: success')
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('errors are shown where the user looks: wrong token at entry, detection unreachable, orchestrator gone', async () => {
    const { context, page, watch } = await openPage(VIEWPORTS[0], false)
    watch.allow(/\/api\/operator|401/)
    await page.click('#token-box summary')
    await page.fill('#token-input', 'not-the-operator-token-at-all')
    await page.click('#token-form button[type=submit]')
    await expect.poll(() => page.locator('#token-status').textContent()).toMatch(/not the operator token/)
    expect(await page.locator('#operator-status').textContent()).toBe('operator token rejected')
    expect(await page.locator('#btn-start').isDisabled()).toBe(true)

    await page.fill('#token-input', token)
    await page.click('#token-form button[type=submit]')
    await page.locator('#operator-status', { hasText: /^operator$/ }).waitFor()
    expect(await page.locator('#btn-start').isDisabled()).toBe(false)

    watch.allow(/\/detect\b|503/)
    await page.selectOption('#session-select', BIG)
    await page.click('#btn-detect')
    const summary = page.locator('#detection-summary')
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toMatch(/detection failed: UPSTREAM_UNAVAILABLE — detection is unreachable/)
    expect(await summary.getAttribute('data-state')).toBe('error')
    expect(await page.locator('.toast', { hasText: 'detection is unreachable' }).isVisible()).toBe(true)

    await orchestrator?.close()
    orchestrator = null
    // Wait for the dashboard's own view (not the pill's wording, which another part of the page owns).
    await expect.poll(() => fetch(url('/api/analytics/overview')).then((r) => r.json()).then((o: { orchestrator_connected: boolean }) => o.orchestrator_connected)).toBe(false)
    await page.click('#btn-start')
    await expect.poll(() => page.locator('#control-status').textContent()).toMatch(/start heist failed: ORCHESTRATOR_NOT_CONNECTED/)
    expect(await page.locator('.toast', { hasText: 'ORCHESTRATOR_NOT_CONNECTED' }).isVisible()).toBe(true)
    await page.screenshot({ path: join(SHOTS, 'errors-1280x720.png') })
    expect(watch.problems).toEqual([])
    await context.close()
  }, 90_000)
})
