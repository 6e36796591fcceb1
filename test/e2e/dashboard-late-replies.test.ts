import { describe, expect, test } from 'vitest'
import { crowdedSession } from '../support/session-fixture.js'
import { browserAvailable, holdRequests, openPage, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// The game panel and the session views against late replies: each test holds a reply (a guess, a
// session's detail or events, the team, the list, the token check) to force the order a slow network
// could produce, and checks the user's latest choice is what stays on screen.
const fx = useDashboard({ populated: true })
const detailOf = (id: string) => (u: URL) => u.pathname === `/api/sessions/${id}`
const operator = /^operator$/
const gameResult = '#game-result'
const pressed = '#guess-badges button[aria-pressed="true"]'

describe.runIf(browserAvailable())('the game panel and the views against late replies', () => {
  test('a guess answered after the user moved to another session is not shown there', async () => {
    const guess = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions/small-03/guess')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, guess.route)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', 'small-03')
    await page.locator('#guess-badges button[data-guess="hacker"]:enabled').click()
    await guess.asked
    // small-04's own game state is on screen before the late reply comes.
    await page.selectOption('#session-select', 'small-04')
    await settled(page, 1)
    guess.release()
    await settled(page)
    expect(await page.locator(gameResult).textContent()).not.toContain('your guess')
    expect(await page.locator(pressed).count()).toBe(0)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('two clicks on replay run one replay', async () => {
    // The first click's events are held until the second replay has its own; one replay runs.
    const replayEvents = holdRequests((u) => u.pathname === '/api/sessions/small-12/events')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, replayEvents.route)
    await page.click('[data-replay="small-12"]')
    await replayEvents.asked
    await page.click('[data-replay="small-12"]')
    await expect.poll(() => replayEvents.count()).toBe(2)
    replayEvents.release()
    // Both replies are in: a replay starts (and logs "replaying") as its reply lands.
    await settled(page)
    expect(await page.locator('#activity-log li', { hasText: 'replaying small-12' }).count()).toBe(1)
    await expect.poll(() => page.locator('#activity-log li', { hasText: 'replay of small-12 finished' }).count(), { timeout: 30_000 }).toBe(1)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a replay whose session was chosen again since the click does not start', async () => {
    // Replay small-11 clicked, its events held; the user opens small-10, then small-11 again (a plain
    // choice, the latest): the replay's late events must not take the feed over.
    const replayEvents = holdRequests((u) => u.pathname === '/api/sessions/small-11/events')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, replayEvents.route)
    await page.click('[data-replay="small-11"]')
    await replayEvents.asked
    await page.selectOption('#session-select', 'small-10')
    await page.selectOption('#session-select', 'small-11')
    replayEvents.release()
    await settled(page)
    expect(await page.locator('#activity-log li', { hasText: 'replaying small-11' }).count()).toBe(0)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a guess made while the session\'s detail is on its way is not undone by the detail', async () => {
    // small-07's detail is answered at once (no guess yet) and held; the user guesses meanwhile.
    const detail = holdRequests(detailOf('small-07'), { answered: true })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, detail.route)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', 'small-07')
    await detail.asked
    await page.locator('#guess-badges button[data-guess="hacker"]:enabled').click()
    await expect.poll(() => page.locator(gameResult).textContent()).toContain('your guess: hacker')
    detail.release()
    await settled(page)
    expect(await page.locator(gameResult).textContent()).toContain('your guess: hacker')
    expect(await page.locator('#guess-badges button[data-guess="hacker"]').getAttribute('aria-pressed')).toBe('true')
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('the game panel does not show the last session\'s guess under the next one', async () => {
    const detail = holdRequests(detailOf('small-09'))
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, detail.route)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', 'small-08')
    await settled(page)
    await page.locator('#guess-badges button[data-guess="nobody"]:enabled').click()
    await expect.poll(() => page.locator(gameResult).textContent()).toContain('your guess: nobody')
    // small-09's detail is held (a slow reply, or one that fails): small-08's guess is not its.
    await page.selectOption('#session-select', 'small-09')
    await detail.asked
    expect(await page.locator(gameResult).textContent()).not.toContain('your guess')
    expect(await page.locator(pressed).count()).toBe(0)
    detail.release()
    await settled(page)
    expect(await page.locator(pressed).count()).toBe(0)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('the team of a session chosen while the configured team is on its way stays on screen', async () => {
    // The page's start-up read of the configured team (six agents) is held; meanwhile a session of
    // two agents starts, and the page, showing nothing yet, opens it with its own team.
    const agents = holdRequests((u) => u.pathname === '/api/agents')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, agents.route)
    await agents.asked
    // All but its end: the dashboard tells browsers of a session's status once per batch it stores.
    const events = crowdedSession('two-agents', { agents: ['planner', 'hacker'], rounds: 1 })
    await fx.orchestrator?.sendAll(events.slice(0, -1))
    const badges = () => page.locator('#guess-badges button').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.guess))
    await expect.poll(badges, { timeout: 15_000 }).toEqual(['planner', 'hacker', 'nobody'])
    agents.release()
    await settled(page)
    expect(await page.locator('#session-select').inputValue()).toBe('two-agents')
    expect(await badges()).toEqual(['planner', 'hacker', 'nobody'])
    expect(watch.problems).toEqual([])
    await fx.orchestrator?.sendAll(events.slice(-1))
    await context.close()
  }, 60_000)

  test('the session list read before a status change does not bring the old status back', async () => {
    // A session runs; the 5 s refresh's list is answered while it runs and held; the session
    // completes (a frame says so); then the list, older, lands.
    const events = crowdedSession('late-list', { agents: ['planner', 'hacker'], rounds: 1 })
    let holdList = false
    const list = holdRequests((u) => holdList && u.pathname === '/api/sessions' && u.searchParams.get('limit') === '200', { answered: true })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, list.route)
    // All but its end (the dashboard tells browsers of a session's status once per batch it stores).
    await fx.orchestrator?.sendAll(events.slice(0, -1))
    const option = page.locator('#session-select option[value="late-list"]')
    await expect.poll(() => option.textContent(), { timeout: 15_000 }).toContain('late-list · running')
    await page.selectOption('#session-select', 'late-list')
    holdList = true
    await list.asked
    await fx.orchestrator?.sendAll(events.slice(-1))
    await expect.poll(() => page.locator('#session-status').textContent()).toBe('completed')
    expect(await option.textContent()).toContain('late-list · completed')
    list.release()
    await settled(page)
    expect(await option.textContent()).toContain('late-list · completed')
    expect(await page.locator('#session-status').textContent()).toBe('completed')
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('"forget" while the stored token is being checked: the token stays forgotten', async () => {
    const check = holdRequests((u) => u.pathname === '/api/operator')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, check.route)
    await check.asked
    await page.click('#token-box summary')
    await page.click('#token-forget')
    expect(await page.locator('#operator-status').textContent()).toBe('read-only')
    check.release()
    await settled(page)
    expect(await page.locator('#operator-status').textContent()).toBe('read-only')
    expect(await page.evaluate(() => localStorage.getItem('heist.operatorToken'))).toBeNull()
    expect(await page.locator('#btn-start').isDisabled()).toBe(true)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

})
