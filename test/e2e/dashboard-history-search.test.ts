import { describe, expect, test } from 'vitest'
import { crowdedSession } from '../support/session-fixture.js'
import { BIG, browserAvailable, CROWD, GUARD_SHIFT_HITS, holdRequests, openPage, ROUNDS, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// The history list (paged) and the search (counted, paged) over thirteen sessions.
const fx = useDashboard({ populated: true })
const guardShiftFirstPage = `${GUARD_SHIFT_HITS} messages contain “guard shift” · 1–10 of ${GUARD_SHIFT_HITS}`

describe.runIf(browserAvailable())('history and search', () => {
  test('history and search page through with a count', async () => {
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1])
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('1–8 of 13')
    await page.click('#history-next')
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('9–13 of 13')
    expect(await page.locator('#history-list li').count()).toBe(5)
    await page.fill('#search-input', 'guard shift')
    await page.click('#search-form button')
    await expect.poll(() => page.locator('#search-count').textContent()).toBe(guardShiftFirstPage)
    await page.click('#search-next')
    await expect.poll(() => page.locator('#search-count').textContent()).toContain(`11–20 of ${GUARD_SHIFT_HITS}`)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a failed search says so and leaves no earlier hits to page', async () => {
    const { context, page } = await openPage(fx, VIEWPORTS[1], true, (ctx) => ctx.route((u) => u.pathname === '/api/search' && u.searchParams.get('q') === 'vault',
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

  test('the history shows the page asked last, whatever order the replies come in', async () => {
    // The 5 s refresh's reload of history page 1 is held while the user turns to page 2, then let go.
    let holdPageOne = false
    const pageOne = holdRequests((u) => holdPageOne && u.pathname === '/api/sessions' && u.searchParams.get('limit') === '8' && u.searchParams.get('offset') === '0')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, pageOne.route)
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('1–8 of 13')
    holdPageOne = true
    await pageOne.asked
    await page.click('#history-next')
    await expect.poll(() => page.locator('#history-page').textContent()).toBe('9–13 of 13')
    pageOne.release()
    await settled(page)
    // Before the fix the late reply won: page 1 again.
    expect(await page.locator('#history-page').textContent()).toBe('9–13 of 13')
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('the search shows the query asked last, whatever order the replies come in', async () => {
    // A search for "vault" is held while the user searches "guard shift", then let go.
    const vault = holdRequests((u) => u.pathname === '/api/search' && u.searchParams.get('q') === 'vault')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, vault.route)
    await page.fill('#search-input', 'vault')
    await page.click('#search-form button')
    await vault.asked
    await page.fill('#search-input', 'guard shift')
    await page.click('#search-form button')
    await expect.poll(() => page.locator('#search-count').textContent()).toBe(guardShiftFirstPage)
    vault.release()
    await settled(page)
    // Before the fix the late reply won: the "vault" count under "guard shift".
    expect(await page.locator('#search-count').textContent()).toBe(guardShiftFirstPage)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  // Last: it adds a session (the other tests count thirteen).
  test('history sent again after A → B → A is not logged as new', async () => {
    // The page's socket is relayed, and what the dashboard sends is held: the page opens on the
    // crowded session (an order, a failed tool), its whole history and 'synced' are sent; then the
    // user opens small-01 and the crowded session again, which is sent a second time. Released in
    // order, the first 'synced' reaches the page while the second history is still to come.
    let holding = true
    const held: string[] = []
    let release = (): void => undefined
    const synced = (id: string) => held.filter((m) => m.includes('"type":"synced"') && m.includes(`"session_id":"${id}"`)).length
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, (ctx) => ctx.routeWebSocket((u) => u.pathname === '/ws', (ws) => {
      const server = ws.connectToServer()
      ws.onMessage((m) => server.send(m))
      server.onMessage((m) => (holding ? held.push(String(m)) : ws.send(m)))
      release = () => {
        holding = false
        for (const m of held) ws.send(m)
      }
    }))
    await expect.poll(() => synced(BIG), { timeout: 15_000 }).toBe(1)
    await page.selectOption('#session-select', 'small-01')
    await page.selectOption('#session-select', BIG)
    await expect.poll(() => synced(BIG), { timeout: 15_000 }).toBe(2)
    release()
    // A frame after every released one: once the page shows it, it has read them all.
    await fx.orchestrator?.sendAll(crowdedSession('after-the-replays', { agents: ['planner', 'hacker'], rounds: 1 }))
    await page.locator('#session-select option[value="after-the-replays"]').waitFor({ state: 'attached' })
    await expect.poll(() => page.locator('#feed [data-testid="msg"][data-streaming="false"]').count()).toBe(CROWD.length * ROUNDS)
    expect(await page.locator('#feed [data-testid="order"]').count()).toBe(1)
    // History, not news: nothing of it in the activity log.
    const logged = await page.locator('#activity-log li').allTextContents()
    expect(logged.filter((line) => /order o1|TOOL_FAILED/.test(line))).toEqual([])
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)
})
