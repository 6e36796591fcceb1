/**
 * What a tool call costs inside each tool service, against `GET /health` of the same Fastify
 * stack measured in the same run (no auth, no body). In-process `inject`, so no network and
 * no port; the db-query figures include the round trip to its query process. Also times how
 * fast a runaway query is stopped and how soon the next query is answered.
 *
 *   node --conditions=heist-source --import tsx bench/tools.ts [--duration 1]   (about 25 s)
 */
import { numberOption } from './support/options.js'

// The options are read before the three services load: a refused value answers in ~0.9 CPU s
// instead of ~4 (under tsx; bench-help.test.ts refuses one in every bench).
const DURATION_MS = Math.min(5, numberOption('duration', 1)) * 1000
const { buildApp: buildCalculator } = await import('../services/calculator/src/app.js')
const { buildApp: buildDbQuery } = await import('../services/db-query/src/app.js')
const { DEFAULT_SQL_FILE } = await import('../services/db-query/src/env.js')
const { buildApp: buildFileReader } = await import('../services/file-reader/src/app.js')
const { DEFAULT_DOCUMENTS_DIR } = await import('../services/file-reader/src/env.js')
const { createTestSigner, TEST_TOOL_CONFIG } = await import('../shared/test/tool-tokens.js')
const ROUNDS = 3
setTimeout(() => {
  console.error('bench/tools.ts: over its time limit')
  process.exit(1)
}, 120_000).unref()

type Injector = { inject(options: { method?: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: object }): Promise<{ statusCode: number }> }

async function rate(app: Injector, request: Parameters<Injector['inject']>[0]): Promise<number> {
  let done = 0
  const deadline = performance.now() + DURATION_MS
  const start = performance.now()
  await Promise.all(clientHeaders.map(async (own) => {
    // Each request in flight is its own client's, as the fleet's agents are: db-query queues at
    // most a few queries per client (429 DB_BUSY beyond), and one client with 8 in flight hit it.
    const mine = request.headers ? { ...request, headers: own } : request
    while (performance.now() < deadline) {
      const reply = await app.inject(mine)
      if (reply.statusCode !== 200) throw new Error(`${request.url} answered ${reply.statusCode}`)
      done++
    }
  }))
  return done / ((performance.now() - start) / 1000)
}

const signer = await createTestSigner()
const keys = signer.keys
const scopes = ['calculator:use', 'file_reader:use', 'database_query:use']
const headers = { authorization: `Bearer ${await signer.token('bench', scopes)}` }
/** One client per request in flight (8). */
const clientHeaders = await Promise.all(Array.from({ length: 8 }, async (_, i) => ({ authorization: `Bearer ${await signer.token(`bench-${i}`, scopes)}` })))
const base = TEST_TOOL_CONFIG

const calculator = await buildCalculator({ config: base, deps: { keys } })
const fileReader = await buildFileReader({ config: { ...base, HEIST_DOCUMENTS_DIR: DEFAULT_DOCUMENTS_DIR }, deps: { keys } })
const dbQueryConfig = { ...base, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_MAX_ROWS: 200 }
// The rates are throughput, not a deadline test: at load ~30 one 200-row query passed the 1 s default, answered
// 400 and ended the bench (bench-runs.test.ts failed). The runaway below meets the default deadline, on its own app.
const dbQuery = await buildDbQuery({ config: { ...dbQueryConfig, HEIST_QUERY_TIMEOUT_MS: 10_000 }, deps: { keys } })
const dbQueryAtDefault = await buildDbQuery({ config: { ...dbQueryConfig, HEIST_QUERY_TIMEOUT_MS: 1_000 }, deps: { keys } })

const cases: [string, Injector, Parameters<Injector['inject']>[0]][] = [
  ['baseline GET /health', calculator, { url: '/health' }],
  ['calculator  45 * 60 + max(3, 4)', calculator, { method: 'POST', url: '/tools/calculator', headers, payload: { expression: '45 * 60 + max(3, 4)' } }],
  ['calculator  200-char expression', calculator, { method: 'POST', url: '/tools/calculator', headers, payload: { expression: Array.from({ length: 40 }, (_, i) => `${i}*2`).join('+') } }],
  ['read_file   vault_specs.txt', fileReader, { method: 'POST', url: '/tools/read_file', headers, payload: { filename: 'vault_specs.txt' } }],
  ['query_db    night guards', dbQuery, { method: 'POST', url: '/tools/query_db', headers, payload: { query: "SELECT name, post FROM guards WHERE shift = 'night'" } }],
  ['query_db    200-row result', dbQuery, { method: 'POST', url: '/tools/query_db', headers, payload: { query: 'SELECT * FROM cameras CROSS JOIN shifts CROSS JOIN access_levels' } }],
]
// Rounds interleave the cases so a change in machine load hits all of them alike; medians are reported.
const samples = cases.map(() => [] as number[])
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, [, app, request]] of cases.entries()) samples[i]?.push(await rate(app, request))
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const baseline = median(samples[0] ?? [])
console.log(`${ROUNDS} interleaved rounds of ${DURATION_MS} ms per figure, 8 requests in flight, medians`)
for (const [i, [name]] of cases.entries()) {
  const value = median(samples[i] ?? [])
  console.log(`${name.padEnd(34)} ${value.toFixed(0).padStart(7)} req/s  = ${(value / baseline).toFixed(2)} x baseline`)
}

const runaway = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f'
const started = performance.now()
const stopped = await dbQueryAtDefault.inject({ method: 'POST', url: '/tools/query_db', headers, payload: { query: runaway } })
const stoppedMs = performance.now() - started
const next = await dbQueryAtDefault.inject({ method: 'POST', url: '/tools/query_db', headers, payload: { query: 'SELECT count(*) FROM guards' } })
const nextMs = performance.now() - started - stoppedMs
console.log(`runaway query: ${stopped.json().error.code} after ${stoppedMs.toFixed(0)} ms (deadline 1000 ms); next query answered ${next.statusCode} ${nextMs.toFixed(0)} ms later`)

await Promise.all([calculator.close(), fileReader.close(), dbQuery.close(), dbQueryAtDefault.close()])
