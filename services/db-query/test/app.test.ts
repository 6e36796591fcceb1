import { QueryResult } from '@heist/shared'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_SQL_FILE } from '../src/env.js'

// A stopped query process is restarted through tsx, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 })
// The query deadline's time is the test's (fake setTimeout and performance.now only, as in
// query-runner.test.ts): it moves only once a runaway is in its process, so no quick query can
// overrun its 1 s on a loaded host, and a runaway is stopped at 1 s exactly (`overrun`).
vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
const signer = await createTestSigner()
const config = {
  ...TEST_TOOL_CONFIG,
  HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 1_000, HEIST_QUERY_MAX_ROWS: 200,
} as const
/** Queries handed to a query process, in order. */
const handed: string[] = []
const app = await buildApp({ config, deps: { keys: signer.keys, observeQueries: { querySent: (sql) => void handed.push(sql) } } })
afterAll(async () => {
  await app.close()
  vi.useRealTimers()
})

/** The reply to `sql`, which must still run 1 ms before its 1 s deadline and be stopped at it. */
async function overrun(sql: string) {
  let settled = false
  const reply = query(sql).finally(() => (settled = true))
  while (!handed.includes(sql)) await new Promise((resolve) => setImmediate(resolve))
  vi.advanceTimersByTime(999)
  await new Promise((resolve) => setImmediate(resolve))
  expect(settled).toBe(false)
  vi.advanceTimersByTime(1)
  return reply
}
const auth = { authorization: `Bearer ${await signer.token('intel', ['database_query:use'])}` }

function query(sql: unknown, headers: Record<string, string> = auth) {
  return app.inject({ method: 'POST', url: '/tools/query_db', headers, payload: { query: sql } as Record<string, unknown> })
}

describe('POST /tools/query_db', () => {
  test('answers with a readable table and the rows', async () => {
    const reply = await query("SELECT name, post FROM guards WHERE shift = 'night' ORDER BY id")
    expect(reply.statusCode).toBe(200)
    const body = reply.json()
    expect(body.tool).toBe('query_db')
    expect(body.result.split('\n')[0]).toMatch(/^name\s+\| post$/)
    expect(body.result).toContain('Lisa Chen')
    expect(body.result).toContain('(3 rows)')
    expect(body.data).toMatchObject({ columns: ['name', 'post'], row_count: 3, truncated: false })
    expect(body.data.rows.map((r: unknown[]) => r[0])).toEqual(['Lisa Chen', 'James Williams', 'Thomas Brown'])
  })

  test('the database agrees with the scenario canon', async () => {
    const counts = (await query('SELECT shift, count(*) AS guards FROM guards GROUP BY shift ORDER BY shift')).json().data.rows
    expect(counts).toEqual([['day', 4], ['evening', 6], ['night', 3]])
    expect((await query('SELECT count(*) FROM cameras')).json().data.rows).toEqual([[24]])
    const vault = (await query('SELECT lock_model, maintenance_window, lockout_minutes, max_safe_minutes FROM vault')).json().data.rows
    expect(vault).toEqual([['TitanSafe Pro 5000', '02:00-02:45', 30, 45]])
    const levels = (await query("SELECT name, access_level FROM personnel WHERE name IN ('Lisa Chen', 'Michael Anderson') ORDER BY access_level")).json().data.rows
    expect(levels).toEqual([['Lisa Chen', 4], ['Michael Anderson', 5]])
  })

  test('a large result is cut at the row limit and says so', async () => {
    const body = (await query('SELECT c.id, s.weekday FROM cameras c CROSS JOIN guard_shifts s')).json()
    expect(body.data).toMatchObject({ row_count: 200, truncated: true })
    expect(body.result).toContain('truncated')
  })

  test.each([
    "SELECT name, post FROM guards WHERE shift = 'night' ORDER BY id",
    'SELECT c.id, s.weekday FROM cameras c CROSS JOIN guard_shifts s',
    "SELECT * FROM guards WHERE shift = 'weekend'",
    `SELECT 1 AS "__proto__", 2 AS "constructor", 3 AS toJSON, NULL AS "tool", 'Zoë — "night" \\ ✓' AS "data", zeroblob(3) AS b, 9007199254740993 AS big, 1e999 AS inf, 1.5 AS x, 1 AS x`,
    `SELECT printf('%.2000c', 'y') AS long, char(10, 9, 0) AS controls`,
  ])('the reply the query process built is a QueryResult, exactly: nothing more, nothing else (%s)', async (sql) => {
    const reply = await query(sql)
    expect(reply.statusCode).toBe(200)
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
    // zod drops unknown keys and writes the schema's order: a body with anything else, or any other order, differs.
    expect(reply.body).toBe(JSON.stringify(QueryResult.parse(JSON.parse(reply.body))))
    // Run again: a statement whose last reply was small reads its rows with all() (query-rows.ts), the same bytes.
    expect((await query(sql)).body).toBe(reply.body)
  })

  test('an infinite REAL is "Infinity" in the rows as in the table, never null (which is SQL NULL)', async () => {
    const body = (await query('SELECT 1e999 AS inf, -1e999 AS ninf, 9e307 * 10 AS overflow, NULL AS n, 1e21 AS big, 0.5 AS half')).json()
    expect(body.data.rows).toEqual([['Infinity', '-Infinity', 'Infinity', null, 1e21, 0.5]])
    expect(body.result).toContain('Infinity | -Infinity | Infinity | NULL')
  })

  test('an empty result says no rows', async () => {
    expect((await query("SELECT * FROM guards WHERE shift = 'weekend'")).json().result).toContain('(no rows)')
  })
})

describe('GET /tools/schema', () => {
  test('lists the tables and their columns', async () => {
    const reply = await app.inject({ url: '/tools/schema', headers: auth })
    expect(reply.statusCode).toBe(200)
    const tables = reply.json().tables as { name: string; columns: { name: string }[] }[]
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['guards', 'shifts', 'guard_shifts', 'cameras', 'sensors', 'alarms', 'personnel', 'access_levels', 'vault']))
    expect(tables.find((t) => t.name === 'guards')?.columns.map((c) => c.name)).toContain('shift')
  })
})

describe('hostile SQL is refused with a clear 400', () => {
  test.each([
    ["INSERT INTO guards VALUES (99, 'Mole', 'X', 'night', 'vault', 5, 1)", 'DB_READ_ONLY'],
    ["UPDATE guards SET shift = 'day'", 'DB_READ_ONLY'],
    ['DELETE FROM guards', 'DB_READ_ONLY'],
    ['DROP TABLE guards', 'DB_READ_ONLY'],
    ['CREATE TABLE loot (x)', 'DB_READ_ONLY'],
    ["REPLACE INTO shifts VALUES ('x', '1', '2', 1, '1')", 'DB_READ_ONLY'],
    ['/* harmless */ DELETE FROM guards', 'DB_READ_ONLY'],
    ['-- comment\nDROP TABLE vault', 'DB_READ_ONLY'],
    ['WITH x AS (SELECT 1) DELETE FROM guards', 'DB_READ_ONLY'],
    ['WITH x AS (SELECT 1) INSERT INTO shifts SELECT 1, 2, 3, 4, 5 FROM x', 'DB_READ_ONLY'],
    ['VACUUM', 'DB_READ_ONLY'],
    ["ATTACH DATABASE '/tmp/evil.db' AS evil", 'DB_NOT_ALLOWED'],
    ['DETACH DATABASE main', 'DB_NOT_ALLOWED'],
    ['PRAGMA query_only = OFF', 'DB_NOT_ALLOWED'],
    ['PRAGMA writable_schema = 1', 'DB_NOT_ALLOWED'],
    ['BEGIN; DELETE FROM guards; COMMIT', 'DB_NOT_ALLOWED'],
    ['SELECT 1; DROP TABLE guards', 'DB_MULTIPLE_STATEMENTS'],
    ["SELECT 1; ATTACH DATABASE 'x' AS y", 'DB_MULTIPLE_STATEMENTS'],
    ['SELECT zeroblob(1000000000)', 'DB_TOO_LARGE'],
    ['SELECT length(randomblob/**/(100000000))', 'DB_TOO_LARGE'],
    ['SELECT length("RandomBlob"(2000000))', 'DB_TOO_LARGE'],
    ['SELECT file FROM pragma_database_list', 'DB_NOT_ALLOWED'],
    ["SELECT * FROM guards WHERE 1 IN (SELECT 1 FROM pragma_table_info('guards'))", 'DB_NOT_ALLOWED'],
    ["SELECT load_extension('/tmp/evil.so')", 'DB_QUERY_ERROR'],
    ['SELECT * FROM bank_accounts', 'DB_UNKNOWN_TABLE'],
    ['SELECT password FROM guards', 'DB_UNKNOWN_COLUMN'],
    ['SELEKT * FROM guards', 'DB_NOT_ALLOWED'],
    ['SELECT * FROM', 'DB_SYNTAX'],
    ["SELECT * FROM guards WHERE name = 'unterminated", 'DB_SYNTAX'],
  ])('%s → %s', async (sql, code) => {
    const reply = await query(sql)
    expect(reply.statusCode).toBe(400)
    const { error } = reply.json()
    expect(error.code).toBe(code)
    expect(error.message).not.toMatch(/heist-db-query|security\.db|\/tmp\/heist/)
  })

  test('small blobs are fine however the call is spelt: the bound is in the function, not a regex', async () => {
    const reply = await query('SELECT length("randomblob"(10)) AS r, length(ZEROBLOB /* x */ (16)) AS z')
    expect(reply.statusCode).toBe(200)
    expect(reply.json().data.rows).toEqual([[10, 16]])
  })

  test('64-bit integers come back exactly: past 2^53 as digits, below it as numbers', async () => {
    const reply = await query('SELECT 9007199254740993 AS past, -9223372036854775808 AS min, 9223372036854775807 AS max, 42 AS small')
    expect(reply.json().data.rows).toEqual([['9007199254740993', '-9223372036854775808', '9223372036854775807', 42]])
    expect(reply.json().result).toContain('9007199254740993')
  })

  test('an unknown table is named, with the tables that exist', async () => {
    const { error } = (await query('SELECT * FROM bank_accounts')).json()
    expect(error.message).toMatch(/^no such table: bank_accounts \(tables: access_levels, alarms/)
  })

  test('a query that never ends is stopped at its 1 s deadline', async () => {
    const reply = await overrun('WITH RECURSIVE forever(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM forever) SELECT count(*) FROM forever')
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe('DB_QUERY_TIMEOUT')
  })

  test('a query that takes SQLite long to compile is compiled under the deadline, not in the service\'s thread', async () => {
    // 16 CTEs each joining the one before to itself: under 700 bytes, about a minute of
    // sqlite3_prepare before it fails. Compiled in the service (the old check), it blocked every
    // request of every client for that minute; in the query process the deadline stops it.
    const ctes = ['c0(x) AS (SELECT 1)', ...Array.from({ length: 16 }, (_, i) => `c${i + 1}(x) AS (SELECT a.x FROM c${i} a, c${i} b)`)]
    // The old check failed it with DB_QUERY_ERROR ("too many FROM clause terms") after that minute.
    const reply = await overrun(`WITH ${ctes.join(', ')} SELECT x FROM c16`)
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe('DB_QUERY_TIMEOUT')
  })

  test('a huge join is stopped by the deadline too', async () => {
    const joins = Array.from({ length: 40 }, (_, i) => `guards g${i}`).join(', ')
    expect((await overrun(`SELECT count(*) FROM ${joins}`)).json().error.code).toBe('DB_QUERY_TIMEOUT')
  })

  test('no reply ever shows where the database file lives', async () => {
    const replies = await Promise.all(['SELECT * FROM sqlite_master', "SELECT sqlite_source_id()", 'SELECT * FROM temp.sqlite_master'].map((sql) => query(sql)))
    for (const reply of replies) expect(reply.body).not.toMatch(/security\.db|heist-db-query/)
  })

  test('a normal query sent while a runaway one runs still gets its answer', async () => {
    const runaway = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT max(x) FROM f'
    const stopped = query(runaway)
    const normal = query('SELECT count(*) FROM guards')
    while (!handed.includes(runaway)) await new Promise((resolve) => setImmediate(resolve))
    vi.advanceTimersByTime(1_000)
    expect((await stopped).json().error.code).toBe('DB_QUERY_TIMEOUT')
    expect((await normal).json().data.rows).toEqual([[13]])
  })

  test('bad bodies and tokens are 4xx', async () => {
    expect((await query('')).statusCode).toBe(400)
    expect((await query(42)).statusCode).toBe(400)
    expect((await query('x'.repeat(2_001))).statusCode).toBe(400)
    const headers = { ...auth, 'content-type': 'application/json' }
    expect((await app.inject({ method: 'POST', url: '/tools/query_db', headers, payload: '{"query": "SELECT' })).statusCode).toBe(400)
    expect((await app.inject({ method: 'POST', url: '/tools/query_db', headers, payload: JSON.stringify({ query: 'x'.repeat(40_000) }) })).statusCode).toBe(413)
    expect((await query('SELECT 1', {})).statusCode).toBe(401)
    expect((await query('SELECT 1', { authorization: 'Bearer nope' })).statusCode).toBe(401)
    const forbidden = await query('SELECT 1', { authorization: `Bearer ${await signer.token('hacker', ['file_reader:use'])}` })
    expect(forbidden.statusCode).toBe(403)
    expect(forbidden.headers['www-authenticate']).toContain('scope="database_query:use"')
  })

  test('afterwards the data is unchanged and the service still answers', async () => {
    expect((await query('SELECT count(*) FROM guards')).json().data.rows).toEqual([[13]])
    expect((await query('SELECT count(*) FROM shifts')).json().data.rows).toEqual([[3]])
    expect((await app.inject({ url: '/health' })).json()).toMatchObject({ status: 'ok', checks: { database: '11 tables', query_memory: 'bounded (rlimit)' } })
  })
})
