import { isHeistError, type QueryResult } from '@heist/shared'
import { afterAll, describe, expect, test } from 'vitest'
import { DEFAULT_SQL_FILE } from '../src/env.js'
import { buildSecurityDatabase } from '../src/database.js'
import { openForQueries, runQuery, statementCache } from '../src/query-rows.js'
import { openSecurityDb } from '../src/security-db.js'

const options = { sqlFile: DEFAULT_SQL_FILE, timeoutMs: 5_000, maxRows: 4 }
const [viaProcess, inThread] = await Promise.all([openSecurityDb(options), openSecurityDb({ ...options, inProcess: true })])
afterAll(() => {
  viaProcess.close()
  inThread.close()
})

const answer = (db: typeof viaProcess, sql: string) => db.query(sql).then((r) => r, (error: unknown) => (isHeistError(error) ? { code: error.code, message: error.message } : String(error)))

describe('openSecurityDb inProcess (the eval harness)', () => {
  test.each([
    'SELECT * FROM cameras ORDER BY id',
    'SELECT count(*) AS n FROM cameras',
    "SELECT zeroblob(10) AS b, 9007199254740993 AS big, 1.5 AS x, NULL AS nothing",
    'SELECT no_such_column FROM cameras',
    'SELECT zeroblob(2000000000)',
  ])('answers %s exactly as the query process does', async (sql) => {
    expect(await answer(inThread, sql)).toEqual(await answer(viaProcess, sql))
  })
})

describe('statementCache (compiled queries kept in the query process)', () => {
  test('a repeated query runs its compiled statement again with the same rows, also after a run cut at the row limit; the least recently used goes first', () => {
    const built = buildSecurityDatabase(DEFAULT_SQL_FILE)
    const db = openForQueries(built.path)
    try {
      const statements = statementCache(db, 2)
      const sql = 'SELECT id FROM cameras ORDER BY id'
      const compiled = statements.prepare(sql)
      expect(statements.prepare(sql)).toBe(compiled)
      const dataOf = (outcome: ReturnType<typeof runQuery>) => (JSON.parse(outcome.ok ? outcome.json : '{}') as QueryResult).data
      const cut = dataOf(runQuery(statements, { sql, maxRows: 2 }))
      const whole = dataOf(runQuery(statements, { sql, maxRows: 1000 }))
      expect(cut).toMatchObject({ truncated: true })
      expect(whole).toMatchObject({ truncated: false })
      expect(cut.rows).toEqual(whole.rows.slice(0, 2))
      // The whole run was small, so the next reads every row with all() and cuts them after: the same reply as the iterator's.
      expect(compiled?.small).toBe(true)
      expect(dataOf(runQuery(statements, { sql, maxRows: 2 }))).toEqual(cut)
      expect(compiled?.small).toBe(false)
      expect(whole.rows.length).toBe((db.prepare('SELECT count(*) FROM cameras').pluck().get() as number))
      expect(statements.prepare('SELECT 1')).not.toBeNull()
      expect(statements.prepare(sql)).toBe(compiled) // used last: SELECT 1 is the older one now
      statements.prepare('SELECT 2') // evicts SELECT 1
      statements.prepare('SELECT 3') // evicts the cameras query
      expect(statements.prepare(sql)).not.toBe(compiled)
      expect(runQuery(statements, { sql: 'CREATE TABLE x (y)', maxRows: 1 })).toMatchObject({ ok: false })
      // A blob or a cut cell keeps its statement on the iterator, which holds neither whole.
      const blob = 'SELECT zeroblob(10) AS b'
      runQuery(statements, { sql: blob, maxRows: 10 })
      const long = "SELECT printf('%.2000c', 'y') AS v"
      runQuery(statements, { sql: long, maxRows: 10 })
      expect(statements.prepare(long)?.small).toBe(false)
      expect(statements.prepare(blob)?.small).toBe(false)
    } finally {
      db.close()
      built.remove()
    }
  })
})
