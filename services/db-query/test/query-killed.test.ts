import { readFileSync } from 'node:fs'
import { afterAll, expect, test, vi } from 'vitest'
import { listenForMcp } from '../../../shared/test/mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_SQL_FILE } from '../src/env.js'

// A query process is started (and replaced) through tsx, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 })
const signer = await createTestSigner()
const RUNAWAY = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f'
const NIGHT = "SELECT name FROM guards WHERE shift = 'night' ORDER BY id"

/** The process each runaway query was handed to, in order. */
const runawayPids: number[] = []
const querySent = (sql: string, pid: number | undefined) => void (sql === RUNAWAY && pid !== undefined && runawayPids.push(pid))
// One process, and a deadline no test comes near: only the kill ends the runaway.
const config = { ...TEST_TOOL_CONFIG, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 600_000, HEIST_QUERY_MAX_ROWS: 200, HEIST_QUERY_PROCESSES: 1 } as const
const server = await listenForMcp(
  (publicUrl) => buildApp({ config: { ...config, HEIST_PUBLIC_URL: publicUrl }, deps: { keys: signer.keys, observeQueries: { querySent } } }),
  signer,
)
afterAll(() => server.app.close())
const auth = { authorization: `Bearer ${await signer.token('intel', ['database_query:use'], { audience: server.resource })}` }
const query = (sql: string) => server.app.inject({ method: 'POST', url: '/tools/query_db', headers: auth, payload: { query: sql } })

/** CPU ticks a process has used (utime + stime); null once it is gone or a zombie. */
function cpuTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
    return fields[0] === 'Z' ? null : Number(fields[11]) + Number(fields[12])
  } catch {
    return null
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50))

/** The process the next runaway is handed to, once it has burnt 0.2 s of CPU on it: inside SQLite. */
async function processInsideRunaway(): Promise<number> {
  while (runawayPids.length === 0) await pause()
  const pid = runawayPids.shift() as number
  const before = cpuTicks(pid) ?? 0
  while ((cpuTicks(pid) ?? 0) - before < 20) await pause()
  return pid
}

async function waitGone(pid: number): Promise<void> {
  while (cpuTicks(pid) !== null) await new Promise((resolve) => setTimeout(resolve, 20))
}

test('REST: a query whose process is SIGKILLed from outside gets a retry-safe 503; the next query runs on a new process, same data', async () => {
  const before = await query(NIGHT)
  expect(before.statusCode).toBe(200)
  const pending = query(RUNAWAY)
  const victim = await processInsideRunaway()
  process.kill(victim, 'SIGKILL')
  const killed = await pending
  expect(killed.statusCode).toBe(503)
  expect(killed.json().error).toMatchObject({ code: 'DB_QUERY_INTERRUPTED' })
  expect(killed.json().error.message).toMatch(/SIGKILL.*server-side failure.*sent again/)
  await waitGone(victim)
  const after = await query(NIGHT)
  expect(after.statusCode).toBe(200)
  expect(after.json().data).toEqual(before.json().data)
  expect((await server.app.inject({ method: 'GET', url: '/tools/schema', headers: auth })).statusCode).toBe(200)
})

test('MCP: the same kill is a tool error coded DB_QUERY_INTERRUPTED with status 503, and the next call answers', async () => {
  const client = await server.client('intel', ['database_query:use'])
  try {
    const pending = client.callTool({ name: 'query_db', arguments: { query: RUNAWAY } })
    const victim = await processInsideRunaway()
    process.kill(victim, 'SIGKILL')
    expect(await pending).toMatchObject({ isError: true, _meta: { 'heist/error': { code: 'DB_QUERY_INTERRUPTED', status: 503 } } })
    const next = await client.callTool({ name: 'query_db', arguments: { query: NIGHT } })
    expect(next.isError).toBeFalsy()
    expect(next.structuredContent).toMatchObject({ data: { rows: [['Lisa Chen'], ['James Williams'], ['Thomas Brown']] } })
  } finally {
    await client.close()
  }
})
