import { describe, expect, test } from 'vitest'
import { browserAvailable, holdRequests, openPage, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

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

})
