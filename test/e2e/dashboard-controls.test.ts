import { CommandOutcome, CommandPending, type CommandAck } from '@heist/shared/contracts/control'
import type { BrowserContext } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { FakeOrchestrator } from '../../services/dashboard/test/support/fake-orchestrator.js'
import { clientToken } from '../support/fleet.js'
import { crowdedSession } from '../support/session-fixture.js'
import { browserAvailable, dashboardUrl, holdRequests, openPage, settled, useDashboard, VIEWPORTS } from './dashboard-fixture.js'

// The operator's controls against late replies and double clicks: each test holds a reply to force
// the order a slow network could produce. The game panel's and the views' late replies:
// dashboard-late-replies.test.ts.
const fx = useDashboard({ populated: true })
const operator = /^operator$/
/** A session left running (all but its last event), for the controls that act only on one. */
const RUNNING = 'still-running'

/**
 * `GET /api/commands/:id` for one command answered 202: `pending` at the first two asks (the page's
 * waits are 1 and 2 s: its later line comes at least 7 s after the 202), then `answered` with `ack`;
 * counts the asks and the authorization headers they carried.
 */
function lateOutcomes(commandId: string, action: CommandOutcome['action'], ack: CommandAck) {
  let asked = 0
  const tokens = new Set<string | undefined>()
  const route = (ctx: BrowserContext) => ctx.route((u) => u.pathname === `/api/commands/${commandId}`, (r) => {
    asked += 1
    tokens.add(r.request().headers().authorization)
    const outcome = CommandOutcome.parse({ command_id: commandId, action, session_id: RUNNING, state: asked <= 2 ? 'pending' : 'answered', ...(asked <= 2 ? {} : { ack }), status: 'running' })
    return r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(outcome) })
  })
  return { route, asked: () => asked, tokens: () => tokens }
}

describe.runIf(browserAvailable())('the operator\'s controls', () => {
  test('a double click on "start heist" and on "send order" sends one request each', async () => {
    await fx.orchestrator?.sendAll(crowdedSession(RUNNING, { agents: ['planner', 'hacker'], rounds: 1 }).slice(0, -1))
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
    await page.selectOption('#session-select', RUNNING)
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

  test('pause, resume, stop and orders are offered only for a session they can act on', async () => {
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1])
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    const enabled = () => page.evaluate(() => ['btn-pause', 'btn-resume', 'btn-stop', 'btn-order'].map((id) => !(document.getElementById(id) as HTMLButtonElement).disabled))
    // A completed session: pausing it could only fail (SESSION_NOT_FOUND), so nothing is offered, and the tooltip says why.
    await page.selectOption('#session-select', 'small-05')
    await expect.poll(enabled).toEqual([false, false, false, false])
    expect(await page.locator('#btn-pause').getAttribute('title')).toBe('the session is completed')
    await page.selectOption('#session-select', RUNNING)
    await expect.poll(enabled).toEqual([true, false, true, true])
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a command the orchestrator did not confirm in time (202 pending) is logged as sent, never as "ok", and then as what became of it', async () => {
    await fx.orchestrator?.sendAll(crowdedSession(RUNNING, { agents: ['planner', 'hacker'], rounds: 1 }).slice(0, -1))
    // The dashboard's answers when the orchestrator misses HEIST_COMMAND_TIMEOUT_MS and answers later
    // (their own test: services/dashboard/test/control.test.ts); the fleet here waits 30 s, so the page is handed them.
    const pending = CommandPending.parse({ pending: true, command_id: 'c-1', session_id: RUNNING, status: 'running' })
    const outcomes = lateOutcomes('c-1', 'pause', { ok: true, session_id: RUNNING, result: { status: 'paused' } })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, async (ctx) => {
      await ctx.route((u) => u.pathname === `/api/sessions/${RUNNING}/pause`, (r) => r.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify(pending) }))
      await outcomes.route(ctx)
    })
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', RUNNING)
    await page.locator('#btn-pause:enabled').click()
    await page.locator('#control-status', { hasText: 'not confirmed yet' }).waitFor()
    const logged = await page.locator('#activity-log li', { hasText: `pause ${RUNNING}` }).allTextContents()
    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain('sent, not confirmed yet')
    expect(logged[0]).not.toContain(': ok')
    // The page asks the dashboard, as the operator, until the orchestrator's late answer is there.
    await page.locator('#activity-log li', { hasText: `pause ${RUNNING}: ok (confirmed late)` }).waitFor({ timeout: 20_000 })
    expect(outcomes.asked()).toBe(3)
    expect(outcomes.tokens()).toEqual(new Set([`Bearer ${fx.token}`]))
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a command the orchestrator refused after the dashboard answered 202 is said to have failed, in the log and a toast', async () => {
    await fx.orchestrator?.sendAll(crowdedSession(RUNNING, { agents: ['planner', 'hacker'], rounds: 1 }).slice(0, -1))
    const pending = CommandPending.parse({ pending: true, command_id: 'c-2', session_id: RUNNING, status: 'running' })
    const outcomes = lateOutcomes('c-2', 'stop', { ok: false, session_id: RUNNING, error: { code: 'SESSION_NOT_RUNNING', message: `session ${RUNNING} has ended` } })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, async (ctx) => {
      await ctx.route((u) => u.pathname === `/api/sessions/${RUNNING}/stop`, (r) => r.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify(pending) }))
      await outcomes.route(ctx)
    })
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', RUNNING)
    await page.locator('#btn-stop:enabled').click()
    const refused = `stop ${RUNNING} refused by the orchestrator: SESSION_NOT_RUNNING — session ${RUNNING} has ended`
    await page.locator('#activity-log li[data-level="error"]', { hasText: refused }).waitFor({ timeout: 20_000 })
    await page.locator('#toasts .toast', { hasText: refused }).waitFor()
    expect(await page.locator('#activity-log li', { hasText: `stop ${RUNNING}: ok` }).count()).toBe(0)
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)

  test('a heist started while the user chose another session does not take the view away', async () => {
    // The orchestrator starts the heist (its events reach the dashboard) and acknowledges; that reply
    // is held while the user opens small-05. Their later choice wins; the new heist is one click away.
    const events = crowdedSession('started-meanwhile', { agents: ['planner', 'hacker'], rounds: 1 })
    fx.orchestrator?.answerCommands(async (command) => {
      if (command.action !== 'start') return { ok: false, error: { code: 'NOT_IN_THIS_TEST', message: command.action } }
      await fx.orchestrator?.sendAll(events.slice(0, -1))
      return { ok: true, session_id: 'started-meanwhile' }
    })
    const start = holdRequests((u, method) => method === 'POST' && u.pathname === '/api/sessions', { answered: true })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, start.route)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.click('#btn-start')
    await start.asked
    await page.selectOption('#session-select', 'small-05')
    // Listed as soon as the dashboard has it (a 'session' frame), before the start's reply.
    await page.locator('#session-select option[value="started-meanwhile"]').waitFor({ state: 'attached' })
    start.release()
    await settled(page)
    expect(await page.locator('#session-select').inputValue()).toBe('small-05')
    await expect.poll(() => page.locator('#feed [data-testid="msg"][data-agent="hacker"]').count()).toBe(1)
    const open = page.locator('#control-status button', { hasText: 'open started-meanwhile' })
    expect(await page.locator('#control-status').textContent()).toMatch(/^heist started-meanwhile started; you are watching small-05/)
    expect(await page.locator('#toasts button', { hasText: 'open started-meanwhile' }).count()).toBe(1)
    await open.click()
    expect(await page.locator('#session-select').inputValue()).toBe('started-meanwhile')
    await expect.poll(() => page.locator('#feed [data-testid="msg"][data-streaming="false"]').count()).toBe(2)
    expect(watch.problems).toEqual([])
    fx.orchestrator?.answerCommands(null)
    await fx.orchestrator?.sendAll(events.slice(-1))
    await context.close()
  }, 60_000)
  // Last: it closes the orchestrator, so that every command is answered at once (503).
  test('the control status line tells the outcome of the action asked last', async () => {
    await fx.orchestrator?.close()
    fx.orchestrator = null
    const pause = holdRequests((u, method) => method === 'POST' && u.pathname === `/api/sessions/${RUNNING}/pause`, { answered: true })
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1], true, pause.route)
    watch.allow(/ORCHESTRATOR_NOT_CONNECTED|\/pause|\/stop|503/)
    await page.locator('#operator-status', { hasText: operator }).waitFor()
    await page.selectOption('#session-select', RUNNING)
    await page.click('#btn-pause')
    await pause.asked
    await page.click('#btn-stop')
    await expect.poll(() => page.locator('#control-status').textContent()).toMatch(new RegExp(`^stop ${RUNNING} failed: ORCHESTRATOR_NOT_CONNECTED`))
    pause.release()
    await settled(page)
    expect(await page.locator('#control-status').textContent()).toMatch(new RegExp(`^stop ${RUNNING} failed: ORCHESTRATOR_NOT_CONNECTED`))
    // Both outcomes are in the activity log.
    expect(await page.locator('#activity-log li', { hasText: `pause ${RUNNING} failed` }).count()).toBe(1)
    await context.close()
  }, 60_000)

  // After the test above: no orchestrator is connected, as when the launcher gave up on one that kept crashing.
  test('a running session without its orchestrator says the orchestrator is unreachable, until one connects', async () => {
    const { context, page, watch } = await openPage(fx, VIEWPORTS[1])
    await page.selectOption('#session-select', RUNNING)
    const pill = page.locator('#session-status')
    await expect.poll(() => pill.textContent(), { timeout: 15_000 }).toBe('running · orchestrator unreachable')
    expect(await pill.getAttribute('data-state')).toBe('bad')
    expect(await page.locator(`#session-select option[value="${RUNNING}"]`).textContent()).toContain(`${RUNNING} · running · orchestrator unreachable`)
    await expect.poll(() => page.locator(`#history-list li[data-session="${RUNNING}"] .hint`).textContent()).toMatch(/^running · orchestrator unreachable/)
    fx.orchestrator = await FakeOrchestrator.connect(dashboardUrl(fx, '/ws/orchestrator').replace('http', 'ws'), await clientToken(fx.fleet, 'orchestrator', { resource: 'dashboard' }))
    await expect.poll(() => pill.textContent(), { timeout: 15_000 }).toBe('running')
    expect(await pill.getAttribute('data-state')).toBe('on')
    expect(watch.problems).toEqual([])
    await context.close()
  }, 60_000)
})
