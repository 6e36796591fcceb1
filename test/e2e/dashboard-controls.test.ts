import { describe, expect, test } from 'vitest'
import { browserAvailable, holdRequests, openPage, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// The operator's controls and the game panel against late replies and double clicks: each test
// holds a reply to force the order a slow network could produce.
const fx = useDashboard({ populated: true })
const operator = /^operator$/
const gameResult = '#game-result'
const pressed = '#guess-badges button[aria-pressed="true"]'

describe.runIf(browserAvailable())('controls and the game panel', () => {
  test('a double click on "start heist" and on "send order" sends one request each', async () => {
    const starts = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions')
    const orders = holdRequests((u, method) => method === 'POST' && u.pathname.endsWith('/orders'))
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, async (ctx) => {
      for (const hold of [starts, orders]) await hold.route(ctx)
    })
    watch.allow(/ORCHESTRATOR_NOT_CONNECTED|\/orders|\/api\/sessions|503|409|404|504/)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
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
    // Every request the page sent has been answered, so every one has been through the route and counted.
    await settled(page)
    expect([starts.count(), orders.count()]).toEqual([1, 1])
    await context.close()
  }, 90_000)

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
})
