import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { CalcResult, DbSchema, FileListing, QueryResult, ReadFileResult, ToolListing } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clientToken, startFleet, type TestFleet } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

// The foundation, as the launcher starts it: oauth and the three tool services as real processes.
let fleet: TestFleet

async function discover(token: string): Promise<ToolListing> {
  const response = await fetch(`${fleet.urls.oauth}/tools`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  return ToolListing.parse(await response.json())
}

async function callTool(url: string, token: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, json: await response.json() }
}

const toolNames = (listing: ToolListing) => listing.tools.map((t) => t.name).sort()

/** A process that is gone or a zombie no longer runs anything. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

// A crashed tool's registration lapses after this TTL (15 s by default): the crash test below waits for it.
const REGISTRATION_TTL_S = 5

beforeAll(async () => {
  fleet = await startFleet({ only: ['calculator', 'file-reader', 'db-query'], env: { HEIST_TOOL_REGISTRATION_TTL_S: String(REGISTRATION_TTL_S) } })
})

afterAll(async () => {
  await fleet?.close()
})

describe('the fleet foundation: token, discovery, tools', () => {
  test('the launcher started oauth first and every tool service, all healthy', async () => {
    expect(fleet.started[0]).toBe('oauth')
    expect([...fleet.started].sort()).toEqual(['calculator', 'db-query', 'file-reader', 'oauth'])
    for (const name of fleet.started) expect((await fetch(`${fleet.urls[name]}/health`)).status).toBe(200)
  })

  test('every service a test starts runs under NODE_ENV=test, so each of its replies is checked against its contract', () => {
    // The kit writes replies with fast-json-stringify, which coerces a wrong type; only under NODE_ENV=test
    // is each reply also parsed by its zod schema (service-app.ts REPLY_CHECKS_DEFAULT).
    for (const name of fleet.started) {
      const environ = readFileSync(`/proc/${fleet.pid(name)}/environ`, 'utf8').split('\0')
      expect(environ, name).toContain('NODE_ENV=test')
    }
  })

  test('each agent discovers only the tool its scopes allow', async () => {
    const seen = await waitFor('the safecracker to discover a tool', async () => discover(await clientToken(fleet, 'safecracker')), (l) => l.tools.length > 0, 10_000)
    expect(toolNames(seen)).toEqual(['calculator'])
    expect(toolNames(await discover(await clientToken(fleet, 'hacker')))).toEqual(['read_file'])
    expect(toolNames(await discover(await clientToken(fleet, 'intel')))).toEqual(['query_db'])
    expect(toolNames(await discover(await clientToken(fleet, 'planner')))).toEqual([])
  })

  test('the calculator computes at its discovered URL with the agent token', async () => {
    const [calculator] = (await discover(await clientToken(fleet, 'safecracker'))).tools
    const reply = await callTool(calculator?.url ?? '', await clientToken(fleet, 'safecracker', { resource: 'calculator' }), { expression: '45 * 60 + 15' })
    expect(reply.status).toBe(200)
    expect(CalcResult.parse(reply.json).data.value).toBe(2715)
  })

  test('the file reader lists and reads the scenario documents', async () => {
    const token = await clientToken(fleet, 'hacker', { resource: 'file-reader' })
    const listing = await fetch(`${fleet.urls['file-reader']}/tools/files`, { headers: { authorization: `Bearer ${token}` } })
    const files = FileListing.parse(await listing.json()).files.map((f) => f.filename)
    expect(files).toContain('vault_specs.txt')
    const [readFile] = (await discover(await clientToken(fleet, 'hacker'))).tools
    const reply = await callTool(readFile?.url ?? '', token, { filename: 'vault_specs.txt' })
    expect(reply.status).toBe(200)
    expect(ReadFileResult.parse(reply.json).result.length).toBeGreaterThan(50)
    const escape = await callTool(readFile?.url ?? '', token, { filename: '../../../etc/passwd' })
    expect(escape.status).toBeGreaterThanOrEqual(400)
    expect(escape.status).toBeLessThan(500)
  })

  test('the database answers a read-only query and refuses a write', async () => {
    const token = await clientToken(fleet, 'intel', { resource: 'db-query' })
    const schema = await fetch(`${fleet.urls['db-query']}/tools/schema`, { headers: { authorization: `Bearer ${token}` } })
    const table = DbSchema.parse(await schema.json()).tables[0]?.name ?? 'missing'
    const [queryDb] = (await discover(await clientToken(fleet, 'intel'))).tools
    const reply = await callTool(queryDb?.url ?? '', token, { query: `SELECT count(*) AS n FROM ${table}` })
    expect(reply.status).toBe(200)
    expect(QueryResult.parse(reply.json).data.rows[0]?.[0]).toEqual(expect.any(Number))
    const write = await callTool(queryDb?.url ?? '', token, { query: `DELETE FROM ${table}` })
    expect(write.status).toBeGreaterThanOrEqual(400)
    expect(write.status).toBeLessThan(500)
  })

  test('a tool token does not open another tool (403)', async () => {
    const token = await clientToken(fleet, 'safecracker', { resource: 'file-reader' })
    const reply = await callTool(`${fleet.urls['file-reader']}/tools/read_file`, token, { filename: 'vault_specs.txt' })
    expect(reply.status).toBe(403)
  })

  test('SIGTERM withdraws query_db from discovery at once and leaves no query process behind', async () => {
    const pid = fleet.pid('db-query') as number
    const helpers = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split('\n').map(Number).filter(Boolean)
    expect(helpers.length).toBeGreaterThan(0)
    // SIGTERM; the launcher falls back to SIGKILL after its grace period and says so in the service's log.
    await fleet.stop('db-query')
    expect(fleet.logs('db-query').join('\n')).not.toContain('did not stop within')
    await waitFor('the query process to end', async () => helpers.filter(alive), (left) => left.length === 0, 3_000)
    expect(toolNames(await discover(await clientToken(fleet, 'intel')))).toEqual([])
    await fleet.start('db-query')
    await waitFor('query_db listed again after its restart', async () => toolNames(await discover(await clientToken(fleet, 'intel'))), (names) => names.includes('query_db'), 15_000)
  })

  test('a stopped tool leaves discovery within seconds and returns on restart, oauth untouched', async () => {
    const oauthUptime = async () => ((await (await fetch(`${fleet.urls.oauth}/health`)).json()) as { uptime_s: number }).uptime_s
    const uptimeBefore = await oauthUptime()
    const hasCalculator = async () => toolNames(await discover(await clientToken(fleet, 'safecracker'))).includes('calculator')

    await fleet.stop('calculator')
    await waitFor('the calculator to leave discovery after it stopped', hasCalculator, (present) => !present, 16_000)

    await fleet.start('calculator')
    await waitFor('the calculator listed again after its restart', hasCalculator, (present) => present, 15_000)

    const token = await clientToken(fleet, 'safecracker', { resource: 'calculator' })
    const reply = await callTool(`${fleet.urls.calculator}/tools/calculator`, token, { expression: '2 + 2' })
    expect(CalcResult.parse(reply.json).data.value).toBe(4)
    expect(await oauthUptime()).toBeGreaterThanOrEqual(uptimeBefore)
  })

  test('a crashed tool (SIGKILL, no goodbye) leaves discovery when its registration expires', async () => {
    const hasQueryDb = async () => toolNames(await discover(await clientToken(fleet, 'intel'))).includes('query_db')
    expect(await hasQueryDb()).toBe(true)
    await fleet.kill('db-query')
    // Listed no longer than the TTL, plus slack for a loaded machine; less than the default 15 s, so
    // a service that ignored its configured TTL fails here too.
    await waitFor('query_db to leave discovery after its service crashed', hasQueryDb, (present) => !present, (REGISTRATION_TTL_S + 4.5) * 1000)
    await fleet.start('db-query')
    await waitFor('query_db listed again after its restart', hasQueryDb, (present) => present, 15_000)
  })
})
