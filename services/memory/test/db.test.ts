import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { MIGRATIONS, openDatabase } from '../src/db.js'
import { SqliteMemoryStore } from '../src/store.js'

describe('the memory database', () => {
  test('is created in WAL mode, migrated once, and keeps messages across restarts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'heist-memory-')), 'memory', 'memory.db')
    const first = openDatabase(file)
    expect(first.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(first.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    new SqliteMemoryStore(first).insert('s1', { message_id: 'a', agent: 'planner', round: 1, content: 'hello' }, 3)
    first.close()

    const second = openDatabase(file)
    expect(second.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(new SqliteMemoryStore(second).count('s1')).toEqual({ messages: 1, tokens: 3 })
    second.close()
  })
})
