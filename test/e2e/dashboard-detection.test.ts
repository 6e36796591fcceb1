import { describe, expect, test } from 'vitest'
import { browserAvailable, holdRequests, openPage, settled, storeDetection, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// The detection summary of the session shown, painted by three sources: the session's detail, a
// detection the user runs, and detection frames. Replies are held to force each order.
const fx = useDashboard({ populated: true })
const detailOf = (id: string) => (u: URL) => u.pathname === `/api/sessions/${id}`
const operator = /^operator$/

describe.runIf(browserAvailable())('the detection summary', () => {
  test('a detection still running on one session is not shown as running on the next', async () => {
    const detect = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions/small-02/detect')
    const detail02 = holdRequests(detailOf('small-02'))
    const detail03 = holdRequests(detailOf('small-03'))
    const { context, page } = await openPage(fx, VIEWPORTS[1], true, async (ctx) => {
      for (const hold of [detect, detail02, detail03]) await hold.route(ctx)
    })
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    // The user runs detection before small-02's own detail is back (CI hit this by chance): the late
    // detail must not wipe "detection running" while the detection is still out.
    await page.selectOption('#session-select', 'small-02')
    await detail02.asked
    await page.click('#btn-detect')
    await detect.asked
    expect(await page.locator('#detection-summary').textContent()).toMatch(/^detection running/)
    detail02.release()
    await settled(page, 1)
    expect(await page.locator('#detection-summary').textContent()).toMatch(/^detection running/)
    // small-03's detail is held: the summary must not wait for it to stop saying small-02's detection runs.
    await page.selectOption('#session-select', 'small-03')
    await detail03.asked
    expect(await page.locator('#detection-summary').textContent()).toBe('')
    detail03.release()
    // Back on small-02 while its detection is still out: it says so again, and its reply ends it
    // (this fixture has no detection service, so the reply is the error).
    await page.selectOption('#session-select', 'small-02')
    expect(await page.locator('#detection-summary').textContent()).toMatch(/^detection running/)
    detect.release()
    await expect.poll(() => page.locator('#detection-summary').textContent(), { timeout: 30_000 }).toMatch(/^detection failed: /)
    await context.close()
  }, 60_000)

  test('a detection that ends before the session\'s detail is back keeps its word', async () => {
    // The detail of small-04 is answered at once (no detection yet) and held; the user runs detection,
    // which fails here (no detection service). The late detail must not wipe the failure.
    const detail = holdRequests(detailOf('small-04'), { answered: true })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, detail.route)
    watch.allow(/\/detect\b|503/)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', 'small-04')
    await detail.asked
    await page.click('#btn-detect')
    await expect.poll(() => page.locator('#detection-summary').textContent(), { timeout: 30_000 }).toMatch(/^detection failed: UPSTREAM_UNAVAILABLE/)
    detail.release()
    await settled(page)
    expect(await page.locator('#detection-summary').textContent()).toMatch(/^detection failed: UPSTREAM_UNAVAILABLE/)
    expect(await page.locator('#detection-summary').getAttribute('data-state')).toBe('error')
    await context.close()
  }, 60_000)

  test('a detection stored while the session\'s detail is on its way is not undone by the detail', async () => {
    // The detail of small-06 says "no detection" and is held; meanwhile the detection service stores
    // one (the page gets it as a frame). The detail, older, must not clear it.
    const detail = holdRequests(detailOf('small-06'), { answered: true })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, detail.route)
    await page.selectOption('#session-select', 'small-06')
    await detail.asked
    // Its history has streamed in: the page's subscription to small-06 is in place, so the frame reaches it.
    await expect.poll(() => page.locator('#feed [data-testid="msg"]').count(), { timeout: 15_000 }).toBe(2)
    await storeDetection(fx, 'small-06', ['planner', 'hacker'], 1, 'hacker')
    await expect.poll(() => page.locator('#detection-summary').textContent(), { timeout: 15_000 }).toMatch(/suspects hacker/)
    detail.release()
    await settled(page)
    expect(await page.locator('#detection-summary').textContent()).toMatch(/suspects hacker/)
    expect(await page.locator('#suspicion-final li').count()).toBe(2)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('"run detection" is per session: another session runs its own while one is out', async () => {
    // small-05's detection is held (a slow model); the user goes to small-08, runs detection there,
    // and comes back to small-05, whose detection is still out.
    const detect = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions/small-05/detect')
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, detect.route)
    watch.allow(/\/detect\b|503/)
    const button = page.locator('#btn-detect')
    const summary = () => page.locator('#detection-summary').textContent()
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', 'small-05')
    await settled(page)
    await button.click()
    await detect.asked
    expect([await button.isDisabled(), await button.textContent()]).toEqual([true, '🤖 detection running…'])
    await page.selectOption('#session-select', 'small-08')
    expect([await button.isDisabled(), await button.textContent()]).toEqual([false, '🤖 run detection'])
    await settled(page, 1)
    // small-08's own detection runs (and fails at once here: this fixture has no detection service).
    await button.click()
    await expect.poll(summary, { timeout: 30_000 }).toMatch(/^detection failed: UPSTREAM_UNAVAILABLE/)
    expect(await button.isDisabled()).toBe(false)
    await page.selectOption('#session-select', 'small-05')
    expect([await button.isDisabled(), await button.textContent()]).toEqual([true, '🤖 detection running…'])
    expect(await summary()).toMatch(/^detection running/)
    detect.release()
    await expect.poll(summary, { timeout: 30_000 }).toMatch(/^detection failed: /)
    expect([await button.isDisabled(), await button.textContent()]).toEqual([false, '🤖 run detection'])
    await context.close()
  }, 60_000)
})
