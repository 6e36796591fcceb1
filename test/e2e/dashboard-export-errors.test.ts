import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { downloadText } from '../support/browser.js'
import { crowdedSession } from '../support/session-fixture.js'
import { BIG, browserAvailable, CROWD, dashboardUrl, openPage, ROUNDS, SHOTS, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// What the page hands out (the exports) and how it tells of failures.
const fx = useDashboard({ populated: true })

describe.runIf(browserAvailable())('export and errors', () => {
  test('export: the JSON lines hold every event; the Markdown names the mole only after the reveal', async () => {
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1])
    await page.selectOption('#session-select', BIG)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')])
    const lines = (await downloadText(download)).trim().split('\n').map((line) => JSON.parse(line) as { seq?: number; type: string; game?: { mole: string | null } })
    const { events } = await fetch(dashboardUrl(fx, `/api/sessions/${BIG}/events`)).then((r) => r.json()) as { events: { seq: number }[] }
    expect(lines.filter((l) => l.type !== 'game').map((l) => l.seq)).toEqual(events.map((e) => e.seq))
    expect(events.length).toBe(crowdedSession(BIG, { rounds: ROUNDS }).length - 1) // all but the sealed event
    expect(lines.at(-1)).toMatchObject({ type: 'game', game: { mole: null, revealed: false } })

    const markdown = async () => {
      const [md] = await Promise.all([page.waitForEvent('download'), page.click('#export-md')])
      return downloadText(md)
    }
    const before = await markdown()
    expect(before).toContain(`# Heist ${BIG}`)
    expect(before.match(/^> Round \d+, /gm)?.length).toBe(CROWD.length * ROUNDS)
    expect(before).toContain('the mole: sealed until the reveal')
    expect(before).not.toContain('false_info')

    const operator = { authorization: `Bearer ${fx.token}`, 'content-type': 'application/json' }
    await fetch(dashboardUrl(fx, `/api/sessions/${BIG}/guess`), { method: 'POST', headers: operator, body: JSON.stringify({ agent: 'hacker' }) })
    await fetch(dashboardUrl(fx, `/api/sessions/${BIG}/evaluate`), { method: 'POST', headers: { authorization: operator.authorization } })
    await fetch(dashboardUrl(fx, `/api/sessions/${BIG}/reveal`), { method: 'POST', headers: { authorization: operator.authorization } })
    const after = await markdown()
    expect(after).toContain('the mole: **hacker**, strategy `false_info`')
    expect(after).toContain('- outcome: success')
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('errors are shown where the user looks: wrong token at entry, detection unreachable, orchestrator gone', async () => {
    const { context, page, watch } = await openPage(fx, VIEWPORTS[0], false)
    watch.allow(/\/api\/operator|401/)
    await page.click('#token-box summary')
    await page.fill('#token-input', 'not-the-operator-token-at-all')
    await page.click('#token-form button[type=submit]')
    await expect.poll(() => page.locator('#token-status').textContent()).toMatch(/not the operator token/)
    expect(await page.locator('#operator-status').textContent()).toBe('operator token rejected')
    expect(await page.locator('#btn-start').isDisabled()).toBe(true)

    await page.fill('#token-input', fx.token)
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

    await fx.orchestrator?.close()
    fx.orchestrator = null
    // Wait for the dashboard's own view (not the pill's wording, which another part of the page owns).
    await expect.poll(() => fetch(dashboardUrl(fx, '/api/analytics/overview')).then((r) => r.json()).then((o: { orchestrator_connected: boolean }) => o.orchestrator_connected)).toBe(false)
    await page.click('#btn-start')
    await expect.poll(() => page.locator('#control-status').textContent()).toMatch(/start heist failed: ORCHESTRATOR_NOT_CONNECTED/)
    expect(await page.locator('.toast', { hasText: 'ORCHESTRATOR_NOT_CONNECTED' }).isVisible()).toBe(true)
    await page.screenshot({ path: join(SHOTS, 'errors-1280x720.png') })
    expect(watch.problems).toEqual([])
    await context.close()
  }, 90_000)
})
