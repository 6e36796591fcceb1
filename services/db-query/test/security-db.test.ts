import { isHeistError } from '@heist/shared'
import { afterAll, describe, expect, test } from 'vitest'
import { DEFAULT_SQL_FILE } from '../src/env.js'
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
