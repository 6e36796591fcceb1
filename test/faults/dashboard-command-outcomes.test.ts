import { CommandOutcome, CommandPending } from '@heist/shared'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { operatorAuth, startFleet, type TestFleet } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

// What became of a command the dashboard answered 202 (pending) is read at GET /api/commands/:id,
// and a restart of the dashboard must not lose it: the page follows such a command for up to
// 11 minutes, across the operator's `pnpm start --restart dashboard` or a crash. The real
// orchestrator answers late because it is frozen (SIGSTOP) past the dashboard's deadline, as a
// starved process would be; no session runs (a pause of an unknown session is refused, late).
let fleet: TestFleet
let operator: Record<string, string>
let frozen = false

beforeAll(async () => {
  fleet = await startFleet({ only: ['oauth', 'dashboard', 'orchestrator'], exactly: true, env: { HEIST_COMMAND_TIMEOUT_MS: '500' } })
  operator = operatorAuth(fleet)
}, 180_000)

afterEach(() => thaw())

afterAll(async () => {
  await fleet?.close()
})

function freeze(): void {
  process.kill(fleet.pid('orchestrator') as number, 'SIGSTOP')
  frozen = true
}
function thaw(): void {
  if (frozen) process.kill(fleet.pid('orchestrator') as number, 'SIGCONT')
  frozen = false
}

/** Pause `session` while the orchestrator is frozen: the dashboard answers 202 with the command's id. */
async function pendingPause(session: string): Promise<string> {
  // A restarted dashboard gets the orchestrator's link back within a moment: commands need it.
  const overview = () => fetch(`${fleet.urls.dashboard}/api/analytics/overview`).then((r) => r.json() as Promise<{ orchestrator_connected: boolean }>)
  await waitFor('the orchestrator\'s link to the dashboard', overview, (o) => o.orchestrator_connected, 30_000)
  freeze()
  const response = await fetch(`${fleet.urls.dashboard}/api/sessions/${session}/pause`, { method: 'POST', headers: operator })
  expect(response.status, await response.clone().text()).toBe(202)
  return CommandPending.parse(await response.json()).command_id
}

const outcome = async (id: string) => {
  const response = await fetch(`${fleet.urls.dashboard}/api/commands/${id}`, { headers: operator })
  return response.ok ? CommandOutcome.parse(await response.json()) : { http: response.status, body: await response.text() }
}

describe('a pending command\'s outcome across a dashboard restart', () => {
  test('a late answer is still read after the dashboard was stopped and started again', async () => {
    const id = await pendingPause('ghost-1')
    thaw()
    const answered = await waitFor('the late answer', () => outcome(id), (o) => 'state' in o && o.state === 'answered', 30_000)
    expect(answered).toMatchObject({ command_id: id, action: 'pause', session_id: 'ghost-1', ack: { ok: false, error: { code: 'SESSION_NOT_FOUND' } } })
    await fleet.stop('dashboard')
    await fleet.start('dashboard')
    expect(await outcome(id)).toEqual(answered)
  })

  test('a command still awaited when the dashboard crashes reads unanswered after it is back, and says why', async () => {
    const id = await pendingPause('ghost-2')
    expect(await outcome(id)).toMatchObject({ state: 'pending' })
    await fleet.kill('dashboard')
    await fleet.start('dashboard')
    expect(await outcome(id)).toEqual({
      command_id: id, action: 'pause', session_id: 'ghost-2', state: 'unanswered', status: null,
      reason: expect.stringMatching(/dashboard restarted/),
    })
  })
})
