import { secretEnvName, TokenResponse, ToolListing, type ToolDescriptor } from '@heist/shared'
import { beforeAll, describe, expect, test } from 'vitest'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

// The real oauth service and the three real tool services, as the shared fleet runs them.
// (A tool service stopped or killed: fleet-foundation.test.ts, on a fleet of its own.)
const fleet = sharedFleet()
const oauthUrl = fleet.urls.oauth as string

/** A token for `clientId`, minted for `resource` (a tool service's URL) or, without one, for oauth (discovery). */
async function token(clientId: string, resource?: string): Promise<string> {
  const res = await fetch(`${oauthUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${fleet.env[secretEnvName(clientId)]}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(resource ? { resource } : {}) }),
  })
  return TokenResponse.parse(await res.json()).access_token
}

/** Call a discovered tool as `agent`, with a token minted for the tool's own resource. */
async function callTool(tool: ToolDescriptor | undefined, agent: string, body: unknown): Promise<Response> {
  const bearer = await token(agent, tool?.resource)
  return fetch(tool?.url ?? 'http://127.0.0.1:9/missing', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) })
}

const discovered: Record<string, ToolDescriptor[]> = {}

beforeAll(async () => {
  const list = async (agent: string) => ToolListing.parse(await (await fetch(`${oauthUrl}/tools`, { headers: { authorization: `Bearer ${await token(agent)}` } })).json()).tools
  for (const agent of ['hacker', 'safecracker', 'intel']) discovered[agent] = await waitFor(`${agent}'s tool`, () => list(agent), (tools) => tools.length === 1, 15_000)
  discovered.planner = await list('planner')
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
    // The token is minted first: the clock times the tool call alone (with the token's round trip
    // inside, the bound timed a second request a loaded machine may slow). The reply names the deadline that stopped it.
    const tool = discovered.intel?.[0]
    const bearer = await token('intel', tool?.resource)
    const started = Date.now()
    const reply = await fetch(tool?.url ?? 'http://127.0.0.1:9/missing', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f' }),
    })
    const elapsed = Date.now() - started
    expect(reply.status).toBe(400)
    expect(((await reply.json()) as { error: { code: string; details?: unknown } }).error).toMatchObject({ code: 'DB_QUERY_TIMEOUT', details: { timeout_ms: 1_000 } })
    expect(elapsed).toBeLessThan(4_000)
    const after = await callTool(discovered.intel?.[0], 'intel', { query: 'SELECT count(*) FROM cameras' })
    expect(((await after.json()) as { data: { rows: unknown[][] } }).data.rows).toEqual([[24]])
  })

})
