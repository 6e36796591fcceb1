/**
 * Threat: a session id used before an orchestrator restart is used again, and the dashboard
 * silently merges the two games (old transcript, old sealed mole, a right guess judged wrong).
 * Ids are unique for the life of the data directory, checked against what is stored.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SessionEvent } from '@heist/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDb } from '../../services/dashboard/src/db.js'
import { createEventStore } from '../../services/dashboard/src/event-store.js'
import { createGame } from '../../services/dashboard/src/mole-game.js'
import { operatorAuth } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

describe('id reuse across an orchestrator restart (real processes)', () => {
  // The shared fleet (vitest.config.ts): sessions reuse-1 and reuse-2 are this file's; the orchestrator
  // it restarts is back for the next file.
  const fleet = sharedFleet()
  let auth: Record<string, string>

  beforeAll(async () => {
    auth = { ...operatorAuth(fleet), 'content-type': 'application/json' }
  })

  const post = async (url: string, body: unknown) => {
    const response = await fetch(url, { method: 'POST', headers: auth, body: JSON.stringify(body) })
    return { status: response.status, json: await response.json() as { error?: { code: string }; session_id?: string } }
  }

  it('refuses a stored id after the orchestrator restarts, on its API and through the dashboard, and never merges games', async () => {
    expect((await post(`${fleet.urls.orchestrator}/sessions`, { session_id: 'reuse-1', rounds: 1, seed: 7 })).status).toBe(201)
    await waitFor('the first game to end on the dashboard', async () => (await (await fetch(`${fleet.urls.dashboard}/api/sessions/reuse-1`)).json()) as { status?: string },
      (s) => s.status === 'completed', 60_000)

    await fleet.stop('orchestrator')
    await fleet.start('orchestrator')

    const again = await post(`${fleet.urls.orchestrator}/sessions`, { session_id: 'reuse-1', rounds: 1, seed: 8 })
    expect(again.status).toBe(409)
    expect(again.json.error?.code).toBe('SESSION_EXISTS')
    const viaDashboard = await post(`${fleet.urls.dashboard}/api/sessions`, { session_id: 'reuse-1', rounds: 1, seed: 8 })
    expect(viaDashboard.status).toBe(409)
    expect(viaDashboard.json.error?.code).toBe('SESSION_EXISTS')
    // A new id still starts: the check is about stored ids, not a blanket refusal.
    expect((await post(`${fleet.urls.orchestrator}/sessions`, { session_id: 'reuse-2', rounds: 1, seed: 8 })).status).toBe(201)

    const audit = readFileSync(join(fleet.dataDir, 'orchestrator', 'sessions', 'reuse-1.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => SessionEvent.parse(JSON.parse(l)))
    expect(audit.filter((e) => e.type === 'game_sealed')).toHaveLength(1)
    expect(audit.filter((e) => e.type === 'session_started')).toHaveLength(1)
  })

  it('left no error in any service log (each refusal was a clear 409)', () => {
    expect(fleet.errors()).toEqual([])
  })
})

describe('the dashboard refuses a second game under a stored id', () => {
  const at = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`
  const agents = ['planner', 'hacker'].map((name) => ({ name, role: name, colour: '#000' }))
  const gameOf = (minute: number, mole: string, content: string): SessionEvent[] => [
    { session_id: 's', seq: 1, ts: at(minute), type: 'session_started', rounds: 1, turn_order: ['planner', 'hacker'], agents, model: 'm' },
    { session_id: 's', seq: 2, ts: at(minute), type: 'game_sealed', mole, strategy: 'false_info', seed: minute },
    { session_id: 's', seq: 3, ts: at(minute), type: 'message', round: 1, turn: 1, agent: 'planner', message_id: 's-m1', content, reply_to: null, prompt_tokens: 1, completion_tokens: 1, latency_ms: 1 },
    { session_id: 's', seq: 4, ts: at(minute), type: 'session_completed', rounds: 1 },
  ]

  it('keeps the first game whole: its transcript, its sealed mole, and a guess judged against it', () => {
    const db = openDb(':memory:')
    const store = createEventStore(db)
    const game = createGame(db, store)
    expect(store.ingestMany(gameOf(1, 'hacker', 'first game')).every((r) => r.stored)).toBe(true)

    const second = [...gameOf(30, 'planner', 'second game'), { session_id: 's', seq: 5, ts: at(31), type: 'session_stopped', reason: 'operator' } satisfies SessionEvent]
    const results = store.ingestMany(second)
    expect(results.map((r) => r.stored)).toEqual([false, false, false, false, false])
    expect(results.map((r) => Boolean(r.refused))).toEqual([true, true, true, true, true])

    expect(store.transcript('s')?.messages.map((m) => m.content)).toEqual(['first game'])
    expect(store.get('s')?.status).toBe('completed')
    game.guess('s', 'hacker')
    expect(game.evaluate('s')).toMatchObject({ outcome: 'success' })
    expect(game.reveal('s')).toMatchObject({ mole: 'hacker' })
    // A true replay of the first game is still a harmless duplicate, not a refusal.
    expect(store.ingestMany(gameOf(1, 'hacker', 'first game')).map((r) => r.refused)).toEqual([undefined, undefined, undefined, undefined])
    db.close()
  })
})
