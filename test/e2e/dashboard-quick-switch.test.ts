import { describe, expect, test } from 'vitest'
import { BIG, browserAvailable, CROWD, openPage, ROUNDS, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// Choosing sessions at a user's pace (arrow keys through the select): more choices than the hub's
// burst of subscription changes. The last choice must still be shown in full (review item 1).
const fx = useDashboard({ populated: true })

type Sent = { type: string; session_id: string; ref?: number }
type Received = { type: string; session_id?: string; ref?: number }

describe.runIf(browserAvailable())('quick session switching', () => {
  test('seven choices in a row end showing the last one\'s whole history, with no error; the shown session chosen again sends nothing', async () => {
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1])
    const sent: Sent[] = []
    const received: Received[] = []
    // What the reloaded page asked and was told about the session it opens on, in order (the page
    // loaded before may still be asking until the reload's document replaces it).
    const opening: string[] = []
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) opening.length = 0
    })
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/api/sessions/${BIG}/analytics`) opening.push('analytics asked')
    })
    page.on('websocket', (ws) => {
      ws.on('framesent', (f) => sent.push(JSON.parse(String(f.payload)) as Sent))
      ws.on('framereceived', (f) => {
        const frame = JSON.parse(String(f.payload)) as Received
        received.push(frame)
        if (frame.type === 'synced' && frame.session_id === BIG) opening.push('history in')
      })
    })
    await page.reload()
    await page.locator('#live-status', { hasText: 'connected' }).waitFor()
    await page.locator(`#session-select option[value="${BIG}"]`).waitFor({ state: 'attached' })
    await settled(page)
    // Its charts are counted once, from the whole history (counts made mid-replay were drawn and then
    // drawn again: a second request and every chart redrawn for each session opened).
    await expect.poll(() => opening).toEqual(['history in', 'analytics asked'])
    await page.waitForTimeout(1_500) // the refresh's 1 s throttle: a second count would be asked by now
    expect(opening).toEqual(['history in', 'analytics asked'])

    const choices = ['small-01', 'small-02', 'small-03', 'small-04', 'small-05', 'small-06', BIG]
    for (const id of choices) await page.selectOption('#session-select', id)
    // The end of the last subscribe's history: the synced that carries its ref.
    const last = () => sent.filter((f) => f.type === 'subscribe').at(-1)
    await expect.poll(() => last()?.session_id).toBe(BIG)
    await expect.poll(() => received.some((f) => f.type === 'synced' && f.session_id === BIG && f.ref === last()?.ref), { timeout: 20_000 }).toBe(true)
    await settled(page)
    expect(await page.locator('#feed [data-testid="msg"][data-streaming="false"]').count()).toBe(CROWD.length * ROUNDS)
    expect(received.filter((f) => f.type === 'error')).toEqual([])
    expect(await page.locator('.toast').count()).toBe(0)

    // The shown session chosen again (its "open" button): no unsubscribe, no second replay. The next
    // choice's frames come after anything the click would have sent, so no wait is needed to see it.
    const before = sent.length
    await page.click(`[data-open="${BIG}"]`)
    await page.selectOption('#session-select', 'small-01')
    await expect.poll(() => sent.slice(before).some((f) => f.type === 'subscribe')).toBe(true)
    expect(sent.slice(before).map((f) => `${f.type} ${f.session_id}`)).toEqual([`unsubscribe ${BIG}`, 'subscribe small-01'])
    expect(watch.problems).toEqual([])
    await context.close()
  }, 90_000)
})
