import { execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AgentsFile, loadYamlFiles, secretEnvName, SERVICE_CLIENTS, TokenResponse, ToolListing, type ToolDescriptor } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { waitFor } from '../support/poll.js'
import { CONFIG_DIR, planServices, spawnService, type RunningService } from '../support/spawn-service.js'

// The real oauth service and the three real tool services, as processes on free ports.
const clientIds = [...loadYamlFiles(AgentsFile, [join(CONFIG_DIR, 'agents.yaml')]).agents.map((a) => a.name), ...Object.keys(SERVICE_CLIENTS)]
const secrets = Object.fromEntries(clientIds.map((id) => [secretEnvName(id), `tools-it-secret-${id}-0123456789`]))
const children: ChildProcess[] = []

function start(service: string, env: Record<string, string> = {}): Promise<RunningService> {
  return spawnService(service, { HEIST_DATA_DIR: mkdtempSync(join(tmpdir(), `heist-tools-it-${service}-`)), ...secrets, ...env }, (child) => children.push(child))
}

/** A token for `clientId`, minted for `resource` (a tool service's URL) or, without one, for oauth (discovery). */
async function token(oauthUrl: string, clientId: string, resource?: string): Promise<string> {
  const res = await fetch(`${oauthUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secrets[secretEnvName(clientId)]}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(resource ? { resource } : {}) }),
  })
  return TokenResponse.parse(await res.json()).access_token
}

/** A process that is gone or a zombie no longer runs anything. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** Call a discovered tool as `agent`, with a token minted for the tool's own resource. */
async function callTool(tool: ToolDescriptor | undefined, agent: string, body: unknown): Promise<Response> {
  const bearer = await token(oauth.url, agent, tool?.resource)
  return fetch(tool?.url ?? 'http://127.0.0.1:9/missing', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) })
}

let oauth: RunningService
let dbQuery: RunningService
const agentTokens: Record<string, string> = {}
const discovered: Record<string, ToolDescriptor[]> = {}

beforeAll(async () => {
  const planned = await planServices(['oauth', 'calculator', 'file-reader', 'db-query'])
  oauth = await start('oauth', planned.envFor('oauth'))
  const tool = (service: string) => start(service, planned.envFor(service))
  ;[, , dbQuery] = await Promise.all([tool('calculator'), tool('file-reader'), tool('db-query')])
  for (const agent of ['planner', 'hacker', 'safecracker', 'intel']) agentTokens[agent] = await token(oauth.url, agent)
  const list = async (agent: string) => ToolListing.parse(await (await fetch(`${oauth.url}/tools`, { headers: { authorization: `Bearer ${agentTokens[agent]}` } })).json()).tools
  for (const agent of ['hacker', 'safecracker', 'intel']) discovered[agent] = await waitFor(`${agent}'s tool`, () => list(agent), (tools) => tools.length === 1, 15_000)
  discovered.planner = await list('planner')
})

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

describe('the tool services in the fleet', () => {
  test('each agent discovers exactly the tool its scopes allow, with the zod-generated input schema', () => {
    expect(discovered.hacker?.map((t) => t.name)).toEqual(['read_file'])
    expect(discovered.safecracker?.map((t) => t.name)).toEqual(['calculator'])
    expect(discovered.intel?.map((t) => t.name)).toEqual(['query_db'])
    expect(discovered.planner).toEqual([])
    expect(discovered.intel?.[0]?.input_schema).toMatchObject({ type: 'object', required: ['query'], additionalProperties: false })
  })

  test('each tool answers its agent at the discovered URL', async () => {
    const calc = await callTool(discovered.safecracker?.[0], 'safecracker', { expression: '10000 * 3 / 3600' })
    expect(((await calc.json()) as { result: string }).result).toBe('10000 * 3 / 3600 = 8.333333333')
    const file = await callTool(discovered.hacker?.[0], 'hacker', { filename: 'security_system.txt' })
    expect(((await file.json()) as { result: string }).result).toContain('24 cameras')
    const rows = await callTool(discovered.intel?.[0], 'intel', { query: "SELECT name FROM guards WHERE shift = 'night' ORDER BY id" })
    expect(((await rows.json()) as { data: { rows: unknown[][] } }).data.rows).toEqual([['Lisa Chen'], ['James Williams'], ['Thomas Brown']])
  })

  test('a real token for another tool is refused with 403', async () => {
    const reply = await callTool(discovered.intel?.[0], 'hacker', { query: 'SELECT * FROM vault' })
    expect(reply.status).toBe(403)
    expect(reply.headers.get('www-authenticate')).toContain('insufficient_scope')
  })

  test('a runaway query is stopped over HTTP and the service keeps answering', async () => {
    const started = Date.now()
    const reply = await callTool(discovered.intel?.[0], 'intel', { query: 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f' })
    expect(reply.status).toBe(400)
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('DB_QUERY_TIMEOUT')
    expect(Date.now() - started).toBeLessThan(2_500)
    const after = await callTool(discovered.intel?.[0], 'intel', { query: 'SELECT count(*) FROM cameras' })
    expect(((await after.json()) as { data: { rows: unknown[][] } }).data.rows).toEqual([[24]])
  })

  test('SIGTERM withdraws query_db from discovery and leaves no query process behind', async () => {
    const pid = dbQuery.child.pid ?? 0
    const helpers = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split('\n').map(Number).filter(Boolean)
    expect(helpers.length).toBeGreaterThan(0)
    dbQuery.child.kill('SIGTERM')
    const code = await new Promise((r) => (dbQuery.child.exitCode !== null ? r(dbQuery.child.exitCode) : dbQuery.child.once('exit', r)))
    expect(code).toBe(0)
    await waitFor('the query process to end', async () => helpers.filter(alive), (left) => left.length === 0, 3_000)
    const tools = ToolListing.parse(await (await fetch(`${oauth.url}/tools`, { headers: { authorization: `Bearer ${agentTokens.intel}` } })).json()).tools
    expect(tools).toEqual([])
  })
})
