import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { SessionSummary, Transcript } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { operatorAuth } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

// The real fleet (the faults project's, turns 150 ms apart: vitest.config.ts). The dashboard must never
// show a session as running when nothing runs it: on the orchestrator's hello it asks about every
// session it shows as running or paused that the hello did not name.
const fleet = sharedFleet()
const operator = operatorAuth(fleet)

const dashboardSession = (id: string) => fetch(`${fleet.urls.dashboard}/api/sessions/${id}`).then((r) => (r.ok ? r.json().then((j) => SessionSummary.parse(j)) : null), () => null)
const orchestratorStatus = (id: string) => fetch(`${fleet.urls.orchestrator}/sessions/${id}`, { headers: operator }).then((r) => (r.ok ? (r.json() as Promise<{ status: string }>) : { status: `HTTP ${r.status}` }), () => null)

async function start(body: object): Promise<string> {
  const response = await fetch(`${fleet.urls.orchestrator}/sessions`, { method: 'POST', headers: { ...operator, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { session_id: string }).session_id
}

/** Running on the page, with at least one message stored. */
const shownRunning = (id: string) => waitFor(`the dashboard to show ${id} running`, () => dashboardSession(id), (s) => s?.status === 'running' && s.message_count > 0, 60_000)

describe('the dashboard reconciles on the orchestrator hello', () => {
  test('a session that ended while the dashboard was down, its end lost with the orchestrator, is completed on the page after both return', async () => {
    const id = await start({ rounds: 2, seed: 21 })
    // Held by its operator until the dashboard is down, so it cannot end before (its 12 turns once could
    // on a loaded machine, before the page was seen running); the page shows it paused, as unfinished.
    const control = (action: string) => fetch(`${fleet.urls.orchestrator}/sessions/${id}/${action}`, { method: 'POST', headers: operator })
    expect((await control('pause')).status).toBe(200)
    await waitFor(`the dashboard to show ${id} paused`, () => dashboardSession(id), (s) => s?.status === 'paused', 60_000)
    await fleet.stop('dashboard')
    expect((await control('resume')).status).toBe(200)
    await waitFor(`${id} to complete`, () => orchestratorStatus(id), (s) => s?.status === 'completed', 60_000)
    // The events the dashboard missed were only in the link's memory: a crash loses them there
    // (the log keeps them), and the restarted orchestrator runs nothing, so its hello names nothing.
    await fleet.kill('orchestrator')
    await fleet.start('orchestrator')
    await fleet.start('dashboard')
    const shown = await waitFor(`the dashboard to show ${id} completed`, () => dashboardSession(id), (s) => s?.status === 'completed' && s.contiguous_seq === s.last_seq, 30_000)
    expect(shown?.message_count).toBe(12)
    const transcript = Transcript.parse(await (await fetch(`${fleet.urls.dashboard}/api/sessions/${id}/transcript`, { headers: operator })).json())
    expect(transcript.messages.map((m) => m.turn)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
  })

  test('a session the orchestrator has no record of (its data directory lost) is shown as failed, not running for ever', async () => {
    const id = await start({ rounds: 30, seed: 22 })
    await shownRunning(id)
    // A stop suspends the session (it would resume from its log), then the log is lost.
    await fleet.stop('orchestrator')
    rmSync(join(fleet.dataDir, 'orchestrator', 'sessions', `${id}.jsonl`))
    await fleet.start('orchestrator')
    await waitFor(`the dashboard to show ${id} failed`, () => dashboardSession(id), (s) => s?.status === 'failed', 30_000)
    expect(await orchestratorStatus(id)).toEqual({ status: 'HTTP 404' })
  })
})
