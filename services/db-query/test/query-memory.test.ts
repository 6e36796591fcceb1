import { createHttpClient, QueryResult, UpstreamError } from '@heist/shared'
import { afterAll, expect, test, vi } from 'vitest'
import { freePort } from '../../../scripts/launch/ports.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_SQL_FILE } from '../src/env.js'
import { describeSqliteError } from '../src/query-guard.js'
import { processEnded } from '../src/query-ended.js'

// Query processes are started (and replaced after an abort) through tsx: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 })
const signer = await createTestSigner()
const HEAP_MB = 32
/** 200 rows of 250 cells of 1,000 characters: 50 MB of rows, past a 32 MB heap (100 cells fit once the query process wrote its JSON a cell at a time, 95d438a; the query's 2,000 characters allow 250 short aliases). */
const WIDE = `WITH t(v) AS (SELECT printf('%.1000c', 'x') FROM cameras CROSS JOIN guard_shifts LIMIT 200) SELECT ${Array.from({ length: 250 }, (_, i) => `v c${i}`).join(', ')} FROM t`
/** 200 rows of one 1 MB value each: cut to 1,000 characters a cell, 200 MB before the cut. */
const LONG = "SELECT printf('%.1000000c', 'x') AS v FROM cameras CROSS JOIN guard_shifts LIMIT 200"
const NIGHT = "SELECT name FROM guards WHERE shift = 'night' ORDER BY id"

/** How many times each query was handed to a query process. */
const sent = new Map<string, number>()
const querySent = (sql: string) => void sent.set(sql, (sent.get(sql) ?? 0) + 1)
// One small-heap process; a deadline no query here comes near, so only memory ends one.
const config = { ...TEST_TOOL_CONFIG, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 30_000, HEIST_QUERY_MAX_ROWS: 200, HEIST_QUERY_PROCESSES: 1, HEIST_QUERY_HEAP_MB: HEAP_MB } as const
const app = await buildApp({ config, deps: { keys: signer.keys, observeQueries: { querySent } } })
const port = await freePort()
await app.listen({ host: '127.0.0.1', port })
afterAll(() => app.close())
const token = await signer.token('intel', ['database_query:use'])
// The orchestrator's tool client: the fleet's one retry policy, two retries of a 429/502/503/504.
const client = createHttpClient({ service: 'query_db', baseUrl: `http://127.0.0.1:${port}`, token: async () => token, timeoutMs: 50_000, retries: 2, backoffMs: 1 })
const ask = (sql: string) => client.request({ path: '/tools/query_db', body: { query: sql }, schema: QueryResult })

test('a query whose rows exhaust the query process heap is a 400 DB_TOO_LARGE, sent once by the retrying client; the next query answers', async () => {
  const error = await ask(WIDE).then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(UpstreamError)
  expect(error).toMatchObject({ upstreamStatus: 400, code: 'DB_TOO_LARGE' })
  expect((error as UpstreamError).message).toMatch(/did not fit in the query process's memory \(a 32 MB heap\)/)
  // A 503 would have been sent three times, blowing three heaps.
  expect(sent.get(WIDE)).toBe(1)
  expect((await ask(NIGHT)).data.rows).toEqual([['Lisa Chen'], ['James Williams'], ['Thomas Brown']])
})

test('long values are cut without being kept whole: 200 rows of 1 MB values answer in the same 32 MB heap', async () => {
  const { data } = await ask(LONG)
  expect(data.row_count).toBe(200)
  expect(data.rows.every(([cell]) => cell === `${'x'.repeat(1_000)}…`)).toBe(true)
})

test('who ended the process decides the code: a heap abort is the query\'s, an exit code the service\'s, a kill from outside may be retried', () => {
  for (const signal of ['SIGABRT', 'SIGTRAP'] as const) expect(processEnded(signal, null, 64)).toMatchObject({ code: 'DB_TOO_LARGE', statusCode: 400, message: expect.stringContaining('a 64 MB heap') })
  expect(processEnded(null, 1)).toMatchObject({ code: 'DB_QUERY_CRASHED', statusCode: 500 })
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) expect(processEnded(signal, null)).toMatchObject({ code: 'DB_QUERY_INTERRUPTED', statusCode: 503 })
  // The host's OOM killer at work while the query ran: a SIGKILL is its, most likely; another signal is not.
  expect(processEnded('SIGKILL', null, 64, 2)).toMatchObject({ code: 'DB_QUERY_OOM_KILLED', statusCode: 503, headers: { 'retry-after': '5' } })
  expect(processEnded('SIGTERM', null, 64, 2)).toMatchObject({ code: 'DB_QUERY_INTERRUPTED', statusCode: 503 })
})

test('the query process\'s own allocation failures are the query\'s too (answered as errors, not crashes)', () => {
  for (const message of ['Array buffer allocation failed', 'Invalid string length']) {
    expect(describeSqliteError(Object.assign(new RangeError(message)), [])).toMatchObject({ code: 'DB_TOO_LARGE', statusCode: 400 })
  }
})
