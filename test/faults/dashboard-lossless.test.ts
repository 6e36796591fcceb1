import { join } from 'node:path'
import { PublicSessionEvent, Transcript } from '@heist/shared'
import { sseData } from '@heist/shared/sse'
import { describe, expect, test } from 'vitest'
import { openDb } from '../../services/dashboard/src/db.js'
import { operatorAuth } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

// Stop the dashboard in the middle of a session, or for a whole one: the orchestrator buffers,
// replays after the restart, and the stored session ends up with every sequence number exactly once.
// On the faults project's fleet (vitest.config.ts), which other files crash and restart: sessions here
// have ids of their own.
const fleet = sharedFleet()
const operator = { ...operatorAuth(fleet), 'content-type': 'application/json' }

interface Detail { status: string; last_seq: number; contiguous_seq: number; gaps: unknown[]; message_count: number }
const detail = (id: string): Promise<Detail | null> =>
  fetch(`${fleet.urls.dashboard}/api/sessions/${id}`).then((r) => (r.ok ? (r.json() as Promise<Detail>) : null)).catch(() => null)

describe('lossless delivery across a dashboard restart', () => {
  test('every seq is stored exactly once after the dashboard is killed mid-session', async () => {
    const overview = () => fetch(`${fleet.urls.dashboard}/api/analytics/overview`).then((r) => r.json() as Promise<{ orchestrator_connected: boolean }>)
    // Linked again after whatever the file before did to either (that the launcher returns only once
    // the link is up is checked at each shared fleet's start: shared-fleet-main.ts).
    await waitFor('the orchestrator to hold the dashboard\'s link', overview, (o) => o.orchestrator_connected, 30_000)
    const start = await fetch(`${fleet.urls.dashboard}/api/sessions`, { method: 'POST', headers: operator, body: JSON.stringify({ rounds: 4, seed: 3 }) })
    expect(start.status).toBe(200)
    const { session_id: id } = (await start.json()) as { session_id: string }

    const before = await waitFor('three messages stored', () => detail(id), (d) => (d?.message_count ?? 0) >= 3, 30_000)
    // Held by the operator while the dashboard stops, so the session cannot end before it is down
    // (21 turns to go once took less than a loaded machine's stop); the resume and the turns after
    // it are made while it is down.
    const control = (action: string) => fetch(`${fleet.urls.orchestrator}/sessions/${id}/${action}`, { method: 'POST', headers: operatorAuth(fleet) })
    expect((await control('pause')).status).toBe(200)
    await fleet.stop('dashboard')
    const downAt = new Date().toISOString()
    expect((await control('resume')).status).toBe(200)
    // Down until the orchestrator has made events it cannot deliver (not a fixed 1.5 s, which a loaded machine may fill with nothing).
    const lastSeq = () => fetch(`${fleet.urls.orchestrator}/sessions/${id}`, { headers: operatorAuth(fleet) }).then((r) => r.json() as Promise<{ last_seq: number }>).then((s) => s.last_seq)
    const seqAtResume = await lastSeq()
    await waitFor('the orchestrator to make events while the dashboard is down', lastSeq, (seq) => seq > seqAtResume, 30_000)
    const upAt = new Date().toISOString()
    await fleet.start('dashboard')

    const done = await waitFor('the session completed with every seq stored', () => detail(id), (d) => d?.status === 'completed' && d.contiguous_seq === d.last_seq, 90_000)
    expect(done).toMatchObject({ status: 'completed', gaps: [] })
    const stoppedAt = before?.last_seq ?? 0
    expect(done?.last_seq).toBeGreaterThan(stoppedAt)

    await fleet.stop('dashboard')
    const db = openDb(join(fleet.dataDir, 'dashboard', 'dashboard.db'))
    try {
      const rows = db.prepare('SELECT seq, count(*) AS n FROM events WHERE session_id = ? GROUP BY seq ORDER BY seq').all(id) as { seq: number; n: number }[]
      const last = rows.at(-1)?.seq ?? 0
      expect(rows.every((r) => r.n === 1)).toBe(true)
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1))
      expect(db.prepare("SELECT type FROM events WHERE session_id = ? AND seq = ?").pluck().get(id, last)).toBe('session_completed')
      // Events the orchestrator produced while the dashboard was down arrived through its replay.
      const whileDown = db.prepare('SELECT count(*) FROM events WHERE session_id = ? AND ts > ? AND ts < ?').pluck().get(id, downAt, upAt) as number
      expect(whileDown).toBeGreaterThan(0)
      const messages = db.prepare('SELECT count(*) AS n, count(DISTINCT message_id) AS d FROM messages WHERE session_id = ?').get(id) as { n: number; d: number }
      expect(messages.n).toBe(messages.d)
      expect(messages.n).toBe(24)
    } finally {
      db.close()
    }
  }, 180_000)

  test('a whole session run while the dashboard is down is replayed to it when it is back', async () => {
    if ((await fleet.pid('dashboard')) !== undefined) await fleet.stop('dashboard')
    const started = await fetch(`${fleet.urls.orchestrator}/sessions`, { method: 'POST', headers: operator, body: JSON.stringify({ rounds: 3, seed: 99, session_id: 'offline-99' }) })
    expect(started.status, await started.clone().text()).toBe(201)
    const stream = await fetch(`${fleet.urls.orchestrator}/sessions/offline-99/events`, { headers: operator, signal: AbortSignal.timeout(60_000) })
    const events = sseData(await stream.text()).map((data) => PublicSessionEvent.parse(JSON.parse(data)))
    expect(events.at(-1)?.type).toBe('session_completed')
    await fleet.start('dashboard')
    const transcript = async () => {
      const response = await fetch(`${fleet.urls.dashboard}/api/sessions/offline-99/transcript`, { headers: operator })
      if (!response.ok) throw new Error(`transcript: HTTP ${response.status}`) // 404 until the replay's first event is stored
      return Transcript.parse(await response.json())
    }
    const stored = await waitFor('the restarted dashboard to hold the replayed session', transcript, (t) => t.status === 'completed', 20_000)
    expect(stored.messages).toHaveLength(events.filter((e) => e.type === 'message').length)
  })
})
