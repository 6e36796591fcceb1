import { describe, expect, test } from 'vitest'
import { browserAvailable, GUARD_SHIFT_HITS, holdRequests, openPage, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

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
})
