import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { ensureDatabaseDir, setUpDatabase } from '../src/sqlite.js'

const V1 = ['CREATE TABLE a (x INTEGER)']
const V2 = [...V1, 'ALTER TABLE a ADD COLUMN y TEXT']

describe('setUpDatabase', () => {
  test('creates the folder, uses WAL and applies each migration once, across restarts', () => {
    const file = ensureDatabaseDir(join(mkdtempSync(join(tmpdir(), 'heist-sqlite-')), 'nested', 'x.db'))
    const first = setUpDatabase(new Database(file), V1)
    expect(first.pragma('journal_mode', { simple: true })).toBe('wal')
    first.prepare('INSERT INTO a (x) VALUES (1)').run()
    first.close()
    const second = setUpDatabase(new Database(file), V2)
    expect(second.pragma('user_version', { simple: true })).toBe(2)
    expect(second.prepare('SELECT x, y FROM a').all()).toEqual([{ x: 1, y: null }])
    second.close()
  })

  test('a failing migration leaves the version where it was', () => {
    const db = new Database(':memory:')
    expect(() => setUpDatabase(db, [...V1, 'NOT SQL'])).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(1)
  })

  test('refuses a database written by newer code', () => {
    const db = setUpDatabase(new Database(':memory:'), V2)
    expect(() => setUpDatabase(db, V1)).toThrow(/newer/)
  })
})
