import { afterAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { createServiceApp, serveTool } from '../src/index.js'
import { mcpRoutes } from '../src/mcp-server.js'
import { resourceVerifier } from '../src/resource.js'
import { listenForMcp, MCP_HEADERS, mcpPost, rpc } from './mcp-harness.js'
import { createTestSigner, TEST_AUDIENCE, TEST_TOOL_CONFIG } from './tool-tokens.js'

// A tool that counts its runs per caller, so a refused request is seen not to have run it, and
// answers after a pause, so requests of one session overlap.
const signer = await createTestSigner()
const runs = new Map<string, number>()
const tally = serveTool(
  { name: 'tally', description: 'counts calls per caller', scope: 'calculator:use', path: '/tools/tally', input: z.object({ pause_ms: z.number().int().min(0).max(50).default(0) }) },
  z.object({ tool: z.string(), result: z.string() }),
  async ({ pause_ms }, caller) => {
    await new Promise((resolve) => setTimeout(resolve, pause_ms))
    runs.set(caller.clientId, (runs.get(caller.clientId) ?? 0) + 1)
    return { tool: 'tally', result: `${caller.clientId} ${runs.get(caller.clientId)}` }
  },
)
const echo = serveTool(
  { name: 'echo', description: 'echoes', scope: 'file_reader:use', path: '/tools/echo', input: z.object({ text: z.string() }) },
  z.object({ tool: z.string(), result: z.string() }),
  ({ text }) => ({ tool: 'echo', result: text }),
)

const IDLE_MS = 60_000
let clock = 1_000_000
async function buildProbe(resource = TEST_AUDIENCE) {
  const app = await createServiceApp({ name: 'session-probe', logLevel: 'silent' })
  await mcpRoutes(app, {
    name: 'session-probe',
    tools: [tally, echo],
    resource: () => resource,
    authorizationServer: TEST_TOOL_CONFIG.HEIST_ISSUER,
    verify: (aud) => resourceVerifier({ env: TEST_TOOL_CONFIG, resource: aud, keys: signer.keys }),
    sessions: { maxSessions: 6, maxPerClient: 3, idleMs: IDLE_MS },
    now: () => clock,
  })
  return app
}
const app = await buildProbe()
afterAll(() => app.close())

const INIT_PARAMS = { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'probe', version: '1' } }
const token = (clientId: string, scopes = ['calculator:use']) => signer.token(clientId, scopes)

async function initialize(bearer: string): Promise<string> {
  const reply = await mcpPost(app, rpc(0, 'initialize', INIT_PARAMS), bearer)
  expect(reply.statusCode).toBe(200)
  const id = reply.headers['mcp-session-id']
  expect(typeof id).toBe('string')
  return id as string
}
const inSession = (session: string) => ({ 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' })
const callTally = (bearer: string, session: string, id = 1, pause = 0) => mcpPost(app, rpc(id, 'tools/call', { name: 'tally', arguments: { pause_ms: pause } }), bearer, inSession(session))

describe('stateful MCP sessions', () => {
  test('initialize opens a session; later requests with its id are answered in it, as the token\'s caller', async () => {
    const alice = await token('alice')
    const session = await initialize(alice)
    const first = await callTally(alice, session)
    expect(first.statusCode).toBe(200)
    // The session is named by the initialize's answer only; later answers do not repeat it (the spec asks it of requests).
    expect(first.headers['mcp-session-id']).toBeUndefined()
    expect(first.json().result.structuredContent.result).toMatch(/^alice \d+$/)
    const list = await mcpPost(app, rpc(2, 'tools/list'), alice, inSession(session))
    expect(list.json().result.tools.map((t: { name: string }) => t.name)).toEqual(['tally'])
  })

  test('another client\'s token with a stolen session id is refused like an unknown id, runs nothing, and the session lives on', async () => {
    const alice = await token('alice')
    const session = await initialize(alice)
    const mallory = await token('mallory')
    const before = runs.get('mallory') ?? 0
    const stolen = await callTally(mallory, session)
    expect(stolen.statusCode).toBe(404)
    expect(stolen.json().error.code).toBe(-32001)
    expect((await callTally(mallory, 'no-such-session')).json()).toEqual(stolen.json())
    expect(runs.get('mallory') ?? 0).toBe(before)
    // Nor may the thief end it.
    const del = await app.inject({ method: 'DELETE', url: '/mcp', headers: { ...MCP_HEADERS, ...inSession(session), authorization: `Bearer ${mallory}` } })
    expect(del.statusCode).toBe(404)
    expect((await callTally(alice, session)).statusCode).toBe(200)
  })

  test('the token is checked on every request of a session', async () => {
    const session = await initialize(await token('alice'))
    const expired = await signer.token('alice', ['calculator:use'], { expiresInS: -60 })
    expect((await callTally(expired, session)).statusCode).toBe(401)
    expect((await mcpPost(app, rpc(1, 'tools/list'), undefined, inSession(session))).statusCode).toBe(401)
  })

  test('a token of the same client with other scopes must open its own session (tools/list follows the token)', async () => {
    const session = await initialize(await token('alice'))
    const wider = await token('alice', ['calculator:use', 'file_reader:use'])
    expect((await mcpPost(app, rpc(1, 'tools/list'), wider, inSession(session))).statusCode).toBe(404)
    const own = await initialize(wider)
    const list = await mcpPost(app, rpc(1, 'tools/list'), wider, inSession(own))
    expect(list.json().result.tools.map((t: { name: string }) => t.name).sort()).toEqual(['echo', 'tally'])
  })

  test('a session idle for longer than the limit ends; one in use does not', async () => {
    const bob = await token('bob')
    const idle = await initialize(bob)
    const busy = await initialize(bob)
    clock += IDLE_MS / 2
    expect((await callTally(bob, busy)).statusCode).toBe(200)
    clock += IDLE_MS / 2 + 1
    expect((await callTally(bob, idle)).statusCode).toBe(404)
    expect((await callTally(bob, busy)).statusCode).toBe(200)
  })

  test('DELETE ends the session for its owner', async () => {
    const carol = await token('carol')
    const session = await initialize(carol)
    const del = await app.inject({ method: 'DELETE', url: '/mcp', headers: { ...MCP_HEADERS, ...inSession(session), authorization: `Bearer ${carol}` } })
    expect(del.statusCode).toBe(200)
    expect((await callTally(carol, session)).statusCode).toBe(404)
  })

  test('a client over its limit loses its least recently used session; a full server refuses new ones with 503', async () => {
    const probe = await buildProbe()
    try {
      const post = (payload: unknown, bearer: string, headers: Record<string, string> = {}) => mcpPost(probe, payload, bearer, headers)
      const open = async (bearer: string) => (await post(rpc(0, 'initialize', INIT_PARAMS), bearer)).headers['mcp-session-id'] as string
      const dave = await token('dave')
      const daves = [await open(dave), await open(dave), await open(dave)]
      await post(rpc(1, 'ping'), dave, inSession(daves[0] ?? ''))
      const fourth = await open(dave)
      // The first was used last but one: the second is the least recently used.
      const status = async (s: string | undefined) => (await post(rpc(1, 'ping'), dave, inSession(s ?? ''))).statusCode
      expect([await status(daves[0]), await status(daves[1]), await status(daves[2]), await status(fourth)]).toEqual([200, 404, 200, 200])
      const erin = await token('erin')
      for (let i = 0; i < 3; i++) expect(typeof (await open(erin))).toBe('string')
      const refused = await post(rpc(0, 'initialize', INIT_PARAMS), await token('frank'))
      expect(refused.statusCode).toBe(503)
      expect(refused.headers['retry-after']).toBe('60')
      // Stateless requests still work while sessions are full.
      expect((await post(rpc(1, 'tools/call', { name: 'tally', arguments: {} }), await token('frank'))).statusCode).toBe(200)
    } finally {
      await probe.close()
    }
  })

  test('overlapping requests of one session are each answered; a JSON-RPC id already under way is refused', async () => {
    const alice = await token('alice')
    const session = await initialize(alice)
    const replies = await Promise.all([1, 2, 3, 4].map((id) => callTally(alice, session, id, 20 - id * 4)))
    expect(replies.map((r) => r.json().id)).toEqual([1, 2, 3, 4])
    const [slow, clash] = await Promise.all([callTally(alice, session, 9, 30), callTally(alice, session, 9, 0)])
    expect(slow?.statusCode).toBe(200)
    expect(clash?.statusCode).toBe(400)
    expect(clash?.json().error.message).toContain('already under way')
  })

  test('GET /mcp is 405: these servers send nothing of their own', async () => {
    const reply = await app.inject({ method: 'GET', url: '/mcp', headers: { ...MCP_HEADERS, authorization: `Bearer ${await token('alice')}` } })
    expect(reply.statusCode).toBe(405)
  })

  test('the SDK client holds one session over a real socket and ends it on terminateSession', async () => {
    const server = await listenForMcp((publicUrl) => buildProbe(publicUrl), signer)
    try {
      const client = await server.client('gina', ['calculator:use'])
      const transport = client.transport as { sessionId?: string; terminateSession(): Promise<void> } | undefined
      const session = transport?.sessionId
      expect(session).toMatch(/^[0-9a-f-]{36}$/)
      for (let i = 1; i <= 3; i++) {
        const result = await client.callTool({ name: 'tally', arguments: {} })
        expect(result.structuredContent).toMatchObject({ result: `gina ${i}` })
      }
      expect(transport?.sessionId).toBe(session)
      await transport?.terminateSession()
      const after = await fetch(server.url, { method: 'POST', headers: { ...MCP_HEADERS, ...inSession(session ?? ''), authorization: `Bearer ${await signer.token('gina', ['calculator:use'], { audience: server.resource })}` }, body: JSON.stringify(rpc(1, 'ping')) })
      expect(after.status).toBe(404)
      await client.close()
    } finally {
      await server.app.close()
    }
  })
})

// A tool's result is written by fast-json-stringify compiled from its output schema (the REST
// replies' rule, zod-serializer.ts), the JSON-RPC envelope around it; with checks (tests) the text
// must equal JSON.stringify of the answer, byte for byte.
describe('the answer of a tools/call', () => {
  const loose = serveTool(
    { name: 'loose', description: 'may answer off contract', scope: 'calculator:use', path: '/tools/loose', input: z.object({ extra: z.boolean() }) },
    z.object({ tool: z.string(), result: z.string(), data: z.object({ n: z.number() }) }),
    ({ extra }) => ({ tool: 'loose', result: 'r "q"', data: { n: 1 }, ...(extra ? { secret: 'x' } : {}) }),
  )
  async function looseApp(checkReplies: boolean) {
    const probe = await createServiceApp({ name: 'answer-probe', logLevel: 'silent' })
    await mcpRoutes(probe, {
      name: 'answer-probe',
      tools: [loose],
      resource: () => TEST_AUDIENCE,
      authorizationServer: TEST_TOOL_CONFIG.HEIST_ISSUER,
      verify: (aud) => resourceVerifier({ env: TEST_TOOL_CONFIG, resource: aud, keys: signer.keys }),
      checkReplies,
    })
    return probe
  }
  const call = (extra: boolean) => rpc(5, 'tools/call', { name: 'loose', arguments: { extra } })
  const exact = '{"result":{"content":[{"type":"text","text":"r \\"q\\""}],"structuredContent":{"tool":"loose","result":"r \\"q\\"","data":{"n":1}}},"jsonrpc":"2.0","id":5}'

  test('is the text JSON.stringify writes; a key off the contract is dropped in service (as REST drops it) and a 500 under checks', async () => {
    const [checked, service] = await Promise.all([looseApp(true), looseApp(false)])
    try {
      const bearer = await token('ivan')
      for (const probe of [checked, service]) expect((await mcpPost(probe, call(false), bearer)).body).toBe(exact)
      expect((await mcpPost(service, call(true), bearer)).body).toBe(exact)
      expect((await mcpPost(checked, call(true), bearer)).statusCode).toBe(500)
      // Answers that are not a tool's own result (a refusal, a ping) are JSON.stringify's.
      const refused = await mcpPost(service, rpc(6, 'tools/call', { name: 'loose', arguments: { extra: 'no' } }), bearer)
      expect(refused.json()).toMatchObject({ id: 6, result: { isError: true } })
      const batch = await mcpPost(service, [call(false), rpc(7, 'ping')], bearer)
      expect(batch.body).toBe(`[${exact},{"result":{},"jsonrpc":"2.0","id":7}]`)
      // A tool's result in a batch is written as a single answer is: the key off the contract is
      // dropped in service (it went out with JSON.stringify before) and is a 500 under checks.
      expect((await mcpPost(service, [call(true), rpc(8, 'ping')], bearer)).body).toBe(`[${exact},{"result":{},"jsonrpc":"2.0","id":8}]`)
      expect((await mcpPost(checked, [call(true), rpc(9, 'ping')], bearer)).statusCode).toBe(500)
    } finally {
      await Promise.all([checked.close(), service.close()])
    }
  })
})
