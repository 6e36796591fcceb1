import { afterAll, expect, test, vi } from 'vitest'
import { listenForMcp } from '../../../shared/test/mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_SQL_FILE } from '../src/env.js'

vi.setConfig({ testTimeout: 20_000 })
// The deadline reads performance.now, which is the test's here (only it: the MCP client's and the
// server's timers stay real): frozen, no quick query can overrun its 1 s on a loaded host; moved
// 1 s once the runaway is in its process, the deadline's timer (real, re-armed each second) stops it.
vi.useFakeTimers({ toFake: ['performance'] })
const RUNAWAY = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n'
const signer = await createTestSigner()
const config = { ...TEST_TOOL_CONFIG, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 1_000, HEIST_QUERY_MAX_ROWS: 200 } as const
const querySent = (sql: string) => void (sql === RUNAWAY && vi.advanceTimersByTime(1_000))
const server = await listenForMcp((publicUrl) => buildApp({ config: { ...config, HEIST_PUBLIC_URL: publicUrl }, deps: { keys: signer.keys, observeQueries: { querySent } } }), signer)
afterAll(async () => {
  await server.app.close()
  vi.useRealTimers()
})

test('the SDK client queries the database with the same table and limits as REST', async () => {
  const client = await server.client('intel', ['database_query:use'])
  expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['query_db'])
  const ok = await client.callTool({ name: 'query_db', arguments: { query: "SELECT name FROM guards WHERE shift = 'night' ORDER BY id" } })
  expect(ok.structuredContent).toMatchObject({ tool: 'query_db', data: { rows: [['Lisa Chen'], ['James Williams'], ['Thomas Brown']], row_count: 3 } })
  const write = await client.callTool({ name: 'query_db', arguments: { query: 'DELETE FROM guards' } })
  expect(write).toMatchObject({ isError: true, _meta: { 'heist/error': { code: 'DB_READ_ONLY', status: 400 } } })
  const runaway = await client.callTool({ name: 'query_db', arguments: { query: RUNAWAY } })
  expect(runaway).toMatchObject({ isError: true, _meta: { 'heist/error': { code: 'DB_QUERY_TIMEOUT' } } })
  await client.close()
})
