import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { createCommandOutcomes, RESTARTED_REASON } from '../src/command-outcomes.js'
import { openDb } from '../src/db.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const pause = (id: string, state: 'pending' | 'answered' | 'unanswered' = 'pending') => ({ command_id: id, action: 'pause' as const, session_id: 's1', state })

describe('the outcomes of commands answered 202', () => {
  test('are bounded: the most recently changed are kept, the oldest go first', () => {
    const outcomes = createCommandOutcomes(openDb(':memory:'), 3)
    for (const id of ['a', 'b', 'c']) outcomes.set(pause(id))
    // b's answer comes: it is now newer than c, so d pushes out a, then e pushes out c.
    outcomes.set({ ...pause('b', 'answered'), ack: { ok: true, session_id: 's1' } })
    outcomes.set(pause('d'))
    expect(['a', 'b', 'c', 'd'].map((id) => outcomes.get(id)?.state)).toEqual([undefined, 'answered', 'pending', 'pending'])
    outcomes.set(pause('e'))
    expect(['b', 'c', 'd', 'e'].map((id) => outcomes.get(id)?.state)).toEqual(['answered', undefined, 'pending', 'pending'])
    expect(outcomes.get('b')).toEqual({ command_id: 'b', action: 'pause', session_id: 's1', state: 'answered', ack: { ok: true, session_id: 's1' } })
  })

  test('outlive the database handle; one still pending when its process went reads unanswered, with why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heist-outcomes-'))
    dirs.push(dir)
    const file = join(dir, 'dashboard.db')
    const first = openDb(file)
    const before = createCommandOutcomes(first)
    before.set(pause('awaited'))
    before.set({ command_id: 'start-1', action: 'start', state: 'answered', ack: { ok: false, error: { code: 'SESSION_LIMIT', message: 'too many' } } })
    first.close()
    const after = createCommandOutcomes(openDb(file))
    expect(after.get('awaited')).toEqual({ ...pause('awaited', 'unanswered'), reason: RESTARTED_REASON })
    expect(after.get('start-1')).toEqual({ command_id: 'start-1', action: 'start', state: 'answered', ack: { ok: false, error: { code: 'SESSION_LIMIT', message: 'too many' } } })
  })

  test('one another version wrote in a shape this one does not read is not found, not the caller\'s bad request', () => {
    const db = openDb(':memory:')
    const outcomes = createCommandOutcomes(db)
    const put = db.prepare('INSERT INTO command_outcomes (command_id, action, session_id, state, ack, reason) VALUES (?, ?, ?, ?, ?, ?)')
    put.run('old-ack', 'pause', 's1', 'answered', JSON.stringify({ accepted: 'yes' }), null)
    put.run('old-action', 'rewind', 's1', 'answered', null, null)
    put.run('torn', 'pause', 's1', 'answered', '{"ok": tr', null)
    outcomes.set(pause('new'))
    expect(['old-ack', 'old-action', 'torn', 'new'].map((id) => outcomes.get(id)?.state)).toEqual([undefined, undefined, undefined, 'pending'])
  })
})
