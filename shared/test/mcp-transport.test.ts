import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { CallToolRequestSchema, JSONRPCErrorResponseSchema, JSONRPCMessageSchema, JSONRPCResultResponseSchema, ListToolsRequestSchema, TaskAugmentedRequestParamsSchema } from '@modelcontextprotocol/sdk/types.js'
import { GCProfiler } from 'node:v8'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { z } from 'zod'
import { createServiceApp, serveTool } from '../src/index.js'
import { parsePost } from '../src/mcp-messages.js'
import { toolMcp } from '../src/mcp-server.js'
import { connectToolServer } from '../src/mcp-tool-server.js'
import { JsonResponseTransport } from '../src/mcp-transport.js'
import { MCP_HEADERS, mcpPost, rpc } from './mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from './tool-tokens.js'

// The rules of the Fastify-native Streamable HTTP transport (`JsonResponseTransport` behind
// `POST /mcp`): what the SDK's own transport answered, with its codes, checked on a probe tool.
const signer = await createTestSigner()
const echo = serveTool(
  { name: 'echo', description: 'echoes after a pause', scope: 'calculator:use', path: '/tools/echo', input: z.object({ text: z.string(), pause_ms: z.number().int().min(0).max(100).default(0) }) },
  z.object({ tool: z.string(), result: z.string() }),
  async ({ text, pause_ms }) => {
    await new Promise((resolve) => setTimeout(resolve, pause_ms))
    return { tool: 'echo', result: text }
  },
)
const app = await createServiceApp({ name: 'transport-probe', logLevel: 'silent' })
await toolMcp(app, TEST_TOOL_CONFIG, { keys: signer.keys }, 'transport-probe', [echo])
afterAll(() => app.close())
const token = await signer.token('ivan', ['calculator:use'])
const INIT = rpc(0, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'probe', version: '1' } })
const callEcho = (id: number, text: string, pause_ms = 0) => rpc(id, 'tools/call', { name: 'echo', arguments: { text, pause_ms } })

async function openSession(): Promise<Record<string, string>> {
  const reply = await mcpPost(app, INIT, token)
  expect(reply.statusCode).toBe(200)
  expect(reply.json().result.protocolVersion).toBe('2025-06-18')
  return { 'mcp-session-id': String(reply.headers['mcp-session-id']), 'mcp-protocol-version': '2025-06-18' }
}

describe('MCP-Protocol-Version', () => {
  test.each([
    ['in a session', true],
    ['without a session', false],
  ])('an unsupported version %s is 400 -32000 naming the supported ones, and nothing runs', async (_label, inSession) => {
    const headers = inSession ? { ...(await openSession()), 'mcp-protocol-version': '1999-01-01' } : { 'mcp-protocol-version': 'not-a-version' }
    const reply = await mcpPost(app, callEcho(1, 'hi'), token, headers)
    expect(reply.statusCode).toBe(400)
    expect(reply.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000, message: expect.stringContaining('Unsupported protocol version') } })
    expect(reply.json().error.message).toContain('2025-06-18')
  })

  test('no header is accepted (a client from before the header), and a supported one too', async () => {
    expect((await mcpPost(app, callEcho(1, 'a'), token)).json().result.structuredContent.result).toBe('a')
    expect((await mcpPost(app, callEcho(1, 'b'), token, { 'mcp-protocol-version': '2025-03-26' })).statusCode).toBe(200)
  })

  test('initialize is not checked against the header (the version is negotiated in it)', async () => {
    const reply = await mcpPost(app, INIT, token, { 'mcp-protocol-version': '1999-01-01' })
    expect(reply.statusCode).toBe(200)
    expect(typeof reply.headers['mcp-session-id']).toBe('string')
  })

  test('DELETE with an unsupported version is 400 and leaves the session open', async () => {
    const session = await openSession()
    const del = await app.inject({ method: 'DELETE', url: '/mcp', headers: { ...MCP_HEADERS, ...session, 'mcp-protocol-version': '1999-01-01', authorization: `Bearer ${token}` } })
    expect(del.statusCode).toBe(400)
    expect((await mcpPost(app, rpc(1, 'ping'), token, session)).statusCode).toBe(200)
  })
})

describe('Accept and Content-Type', () => {
  test.each(['application/json', 'text/event-stream', '*/*'])('Accept: %s alone is 406 (a client must accept both)', async (accept) => {
    const reply = await mcpPost(app, rpc(1, 'ping'), token, { accept })
    expect(reply.statusCode).toBe(406)
    expect(reply.json().error).toEqual({ code: -32000, message: 'Not Acceptable: Client must accept both application/json and text/event-stream' })
  })

  test('a JSON media type with parameters is JSON; a JSON-looking parameter on another type is not', async () => {
    expect((await mcpPost(app, rpc(1, 'ping'), token, { 'content-type': 'application/json; charset=utf-8' })).statusCode).toBe(200)
    expect((await mcpPost(app, JSON.stringify(rpc(1, 'ping')), token, { 'content-type': 'text/plain; a=application/json' })).statusCode).toBe(415)
  })

  test('the token is checked before the transport rules', async () => {
    expect((await mcpPost(app, rpc(1, 'ping'), undefined, { accept: 'text/html' })).statusCode).toBe(401)
  })
})

describe('messages', () => {
  test.each([
    ['a notification', { jsonrpc: '2.0', method: 'notifications/initialized' }],
    ['a client response', { jsonrpc: '2.0', id: 5, result: {} }],
    ['a batch of notifications', [{ jsonrpc: '2.0', method: 'notifications/initialized' }, { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 9 } }]],
  ])('%s is 202 with no body', async (_label, body) => {
    const reply = await mcpPost(app, body, token, await openSession())
    expect(reply.statusCode).toBe(202)
    expect(reply.body).toBe('')
  })

  test.each([
    ['a wrong jsonrpc version', { jsonrpc: '1.0', id: 1, method: 'ping' }],
    ['a method that is not a string', { jsonrpc: '2.0', id: 1, method: 7 }],
    ['an id that is an object', { jsonrpc: '2.0', id: { a: 1 }, method: 'ping' }],
    ['a bad message inside a batch', [rpc(1, 'ping'), { jsonrpc: '2.0', id: 2 }]],
    ['an id that is null', { jsonrpc: '2.0', id: null, method: 'ping' }],
  ])('%s is 400 -32600 Invalid Request (JSON-RPC 2.0 §5.1; the SDK\'s transport says -32700), and nothing runs', async (_label, body) => {
    const reply = await mcpPost(app, body, token)
    expect(reply.statusCode).toBe(400)
    expect(reply.json()).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request: not a JSON-RPC 2.0 message' } })
  })

  // parsePost checks a request of the plain shape by hand and passes the message itself on: it must
  // accept exactly what the SDK's schema accepts, and pass on what that schema would return.
  test.each([
    ['a plain request', { jsonrpc: '2.0', id: 1, method: 'tools/list' }],
    ['a string id and params', { jsonrpc: '2.0', id: 'a-1', method: 'ping', params: { x: [1, { y: 2 }] } }],
    ['an empty method and a negative id', { jsonrpc: '2.0', id: -3, method: '', params: {} }],
    ['a fractional id', { jsonrpc: '2.0', id: 1.5, method: 'ping' }],
    ['an id past 2^53', { jsonrpc: '2.0', id: 2 ** 53, method: 'ping' }],
    ['an extra top-level key', { jsonrpc: '2.0', id: 1, method: 'ping', extra: true }],
    ['params that are an array', { jsonrpc: '2.0', id: 1, method: 'ping', params: [1] }],
    ['params that are null', { jsonrpc: '2.0', id: 1, method: 'ping', params: null }],
    ['a valid _meta', { jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: { progressToken: 'p' } } }],
    ['an invalid _meta', { jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: { progressToken: { no: 1 } } } }],
    ['a __proto__ key', JSON.parse('{"jsonrpc":"2.0","id":1,"method":"ping","__proto__":{"x":1}}') as unknown],
    ['a boolean id', { jsonrpc: '2.0', id: true, method: 'ping' }],
  ])('%s: parsePost accepts it exactly when the SDK\'s JSONRPCMessageSchema does, and passes on what the schema returns', (_label, message) => {
    const body = JSON.stringify(message)
    const sdk = JSONRPCMessageSchema.safeParse(JSON.parse(body))
    const post = parsePost('application/json', body)
    expect(post.ok).toBe(sdk.success)
    if (post.ok && sdk.success) expect(post.messages).toEqual([sdk.data])
  })

  test('a batch of 8 (the most one POST may carry) is answered in order, as an array, in a session', async () => {
    const session = await openSession()
    const reply = await mcpPost(app, Array.from({ length: 8 }, (_, i) => callEcho(i + 1, `m${i + 1}`, (8 - i) * 2)), token, session)
    expect(reply.statusCode).toBe(200)
    expect(reply.headers['mcp-session-id']).toBe(session['mcp-session-id'])
    expect((reply.json() as { id: number; result: { structuredContent: { result: string } } }[]).map((a) => [a.id, a.result.structuredContent.result])).toEqual(Array.from({ length: 8 }, (_, i) => [i + 1, `m${i + 1}`]))
  })

  test('an answer without a session names none; an initialize inside a session is refused', async () => {
    expect((await mcpPost(app, rpc(1, 'ping'), token)).headers['mcp-session-id']).toBeUndefined()
    const reply = await mcpPost(app, INIT, token, await openSession())
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error).toEqual({ code: -32600, message: 'Invalid Request: Server already initialized' })
  })
})

describe('JsonResponseTransport', () => {
  const authInfo = { token: '', clientId: 'ivan', scopes: ['calculator:use'] }
  test('keeps no record of answered requests (the SDK transport kept one per request: typescript-sdk#2559)', async () => {
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echo] }, [echo], 'probe-session')
    const answers = await Promise.all([1, 2, 3].map((id) => transport.exchange([callEcho(id, `t${id}`, 10 - id * 3) as never], { authInfo })))
    expect(answers.map(([a]) => (a as { id: number }).id)).toEqual([1, 2, 3])
    expect(transport.pending).toBe(0)
    await server.close()
  })

  test('closing answers the requests still waiting ("connection closed") instead of leaving them hanging', async () => {
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echo] }, [echo])
    const waiting = transport.exchange([callEcho(1, 'slow', 50) as never], { authInfo })
    await server.close()
    expect(await waiting).toEqual([{ jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'Connection closed' } }])
    await expect(transport.exchange([rpc(2, 'ping') as never], { authInfo })).rejects.toThrow('closed')
  })

  // patches/@modelcontextprotocol__sdk@1.32.2.patch (applied by `pnpm install`): the SDK's Protocol
  // tried every message as a result and as an error response before a request, two failed zod
  // parses (~11 µs) per request. A message with a `method` now skips them; a response still doesn't.
  test('a request reaches its handler without the SDK trying it as a response; a response is still tried as one', async () => {
    const asResult = vi.spyOn(JSONRPCResultResponseSchema, 'safeParse')
    const asError = vi.spyOn(JSONRPCErrorResponseSchema, 'safeParse')
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echo] }, [echo])
    try {
      expect(await transport.exchange([rpc(1, 'ping') as never], { authInfo })).toEqual([{ jsonrpc: '2.0', id: 1, result: {} }])
      expect(await transport.exchange([callEcho(2, 'hi') as never], { authInfo })).toMatchObject([{ id: 2, result: { structuredContent: { result: 'hi' } } }])
      expect(asResult).not.toHaveBeenCalled()
      expect(asError).not.toHaveBeenCalled()
      await transport.exchange([{ jsonrpc: '2.0', id: 9, result: {} }], { authInfo })
      expect(asResult).toHaveBeenCalledTimes(1)
    } finally {
      asResult.mockRestore()
      asError.mockRestore()
      await server.close()
    }
  })

  // The same patch: `Server`'s tools/call wrapper parsed the request with CallToolRequestSchema again
  // right after the Protocol's handler wrapper had, and the Protocol parsed every request's params
  // with the task schema to read a `task` that is almost never there. Each is now done once or not at all.
  test('a tools/call is parsed with CallToolRequestSchema once, and its params with the task schema not at all', async () => {
    const callParses = vi.spyOn(CallToolRequestSchema._zod, 'run')
    const taskParses = vi.spyOn(TaskAugmentedRequestParamsSchema, 'safeParse')
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echo] }, [echo])
    try {
      expect(await transport.exchange([callEcho(1, 'once') as never], { authInfo })).toMatchObject([{ id: 1, result: { structuredContent: { result: 'once' } } }])
      expect(callParses).toHaveBeenCalledTimes(1)
      expect(taskParses).not.toHaveBeenCalled()
      // A request that does ask for a task is still checked with the task schema (and refused here: these tools forbid tasks).
      await transport.exchange([rpc(2, 'tools/call', { name: 'echo', arguments: { text: 'x' }, task: { ttl: 1000 } }) as never], { authInfo })
      expect(taskParses).toHaveBeenCalledTimes(1)
    } finally {
      callParses.mockRestore()
      taskParses.mockRestore()
      await server.close()
    }
  })

  // The same patch: the Protocol made an AbortController (an EventTarget, ~5 µs on Node 20) for every
  // request; it is now made when a handler reads `extra.signal`, and a cancel still aborts that signal.
  test('a request whose handler never reads its signal makes no AbortController; one read before or after a cancel is aborted with its reason', async () => {
    // Counted by a subclass: a vi.spyOn of the class would not construct real controllers.
    const RealAbortController = globalThis.AbortController
    let made = 0
    globalThis.AbortController = class extends RealAbortController {
      constructor() {
        super()
        made += 1
      }
    }
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echo] }, [echo])
    const seen: { aborted: boolean; reason: unknown }[] = []
    const probe = new Server({ name: 'signal-probe', version: '1' }, { capabilities: { tools: {} } })
    const probeTransport = new JsonResponseTransport()
    try {
      expect(await transport.exchange([callEcho(1, 'hi') as never], { authInfo })).toMatchObject([{ id: 1, result: { structuredContent: { result: 'hi' } } }])
      expect(made).toBe(0)
      await probe.connect(probeTransport)
      // tools/list here reads its signal at once ('early') or only after the cancel arrived ('late').
      probe.setRequestHandler(ListToolsRequestSchema, async (request, extra) => {
        const early = request.params?.cursor === 'early' ? extra.signal : undefined
        await new Promise((resolve) => setTimeout(resolve, 30))
        const signal = early ?? extra.signal
        seen.push({ aborted: signal.aborted, reason: signal.reason })
        return { tools: [] }
      })
      const cancel = (requestId: number) => ({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId, reason: 'changed my mind' } })
      for (const [id, cursor] of [[1, 'early'], [2, 'late']] as const) {
        const answer = await probeTransport.exchange([rpc(id, 'tools/list', { cursor }) as never, cancel(id) as never], { authInfo })
        expect(answer).toMatchObject([{ id, error: { code: -32800 } }])
      }
      await new Promise((resolve) => setTimeout(resolve, 60))
      expect(seen).toEqual([{ aborted: true, reason: 'changed my mind' }, { aborted: true, reason: 'changed my mind' }])
      expect(made).toBe(2)
    } finally {
      globalThis.AbortController = RealAbortController
      await server.close()
      await probe.close()
    }
  })

  // The same patch: the lazy signal was first a getter written in the `extra` literal, a new closure
  // per request. V8 then made a new accessor pair and hidden class for every `extra`, in the old
  // generation, and they kept each request's closure and all it held alive through young-generation
  // collections: ~1.1 KB of every call promoted, 3x the GC time of a call. One shared getter now.
  test("every request's extra.signal is the same getter, an own enumerable property (a spread keeps it)", async () => {
    const probe = new Server({ name: 'extra-probe', version: '1' }, { capabilities: { tools: {} } })
    const probeTransport = new JsonResponseTransport()
    const extras: object[] = []
    probe.setRequestHandler(ListToolsRequestSchema, (_request, extra) => {
      extras.push(extra)
      return { tools: [] }
    })
    await probe.connect(probeTransport)
    try {
      for (const id of [1, 2]) await probeTransport.exchange([rpc(id, 'tools/list') as never], { authInfo })
      const [first, second] = extras.map((extra) => Object.getOwnPropertyDescriptor(extra, 'signal'))
      expect(first?.get).toBeTypeOf('function')
      expect(first?.enumerable).toBe(true)
      expect(second?.get).toBe(first?.get)
      expect({ ...extras[0] }).toHaveProperty('signal', expect.any(AbortSignal))
    } finally {
      await probe.close()
    }
  })

  test('a tools/call leaves nothing alive to be promoted out of the young generation', async () => {
    // echo waits on a timer; 20 000 calls want a tool that answers at once.
    const shout = serveTool(
      { name: 'shout', description: 'upper-cases', scope: 'calculator:use', path: '/tools/shout', input: z.object({ text: z.string() }) },
      z.object({ tool: z.string(), result: z.string() }),
      async ({ text }) => ({ tool: 'shout', result: text.toUpperCase() }),
    )
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [shout] }, [shout])
    const call = (id: number) => transport.exchange([rpc(id, 'tools/call', { name: 'shout', arguments: { text: 'x' } }) as never], { authInfo })
    try {
      for (let id = 1; id <= 2000; id++) await call(id) // warm-up: compiled code, settled heap
      // What the old generation gained across each scavenge: objects still reachable after two of them.
      const profiler = new GCProfiler()
      profiler.start()
      const calls = 20_000
      for (let id = 1; id <= calls; id++) await call(10_000 + id)
      expect(await call(1)).toMatchObject([{ id: 1, result: { structuredContent: { result: 'X' } } }])
      const scavenges = profiler.stop().statistics.filter((record) => record.gcType === 'Scavenge')
      const old = (side: (typeof scavenges)[number]['beforeGC']) => side.heapStatistics.usedHeapSize - (side.heapSpaceStatistics.find((space) => space.spaceName === 'new_space')?.spaceUsedSize ?? 0)
      const promoted = scavenges.reduce((sum, record) => sum + old(record.afterGC) - old(record.beforeGC), 0)
      expect(scavenges.length).toBeGreaterThan(0)
      // ~1 100 bytes per call with the getter in the literal; a few dozen now.
      expect(promoted / calls).toBeLessThan(300)
    } finally {
      await server.close()
    }
  })

})

describe('cancellation (notifications/cancelled)', () => {
  // The SDK's Protocol sends nothing for a request it was told to cancel; the POST that carried
  // the request must still be answered, or it hangs and keeps its server (or session) forever.
  const within = <T>(promise: Promise<T>, ms = 3000) =>
    Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))])
  const cancel = (requestId: number) => ({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId, reason: 'changed my mind' } })

  test('a request cancelled in its own batch is answered "cancelled", without a session', async () => {
    const reply = await within(mcpPost(app, [callEcho(1, 'never', 20), cancel(1)], token))
    expect(reply.statusCode).toBe(200)
    // One answer is sent alone, as the SDK's transport sends it (a batch of one request and a notification).
    expect(reply.json()).toEqual({ jsonrpc: '2.0', id: 1, error: { code: -32800, message: 'Request cancelled: changed my mind' } })
    expect((await mcpPost(app, callEcho(1, 'next'), token)).json().result.structuredContent.result).toBe('next')
  })

  test('a request cancelled by a later POST of its session is answered, and the session goes on', async () => {
    const session = await openSession()
    const slow = mcpPost(app, callEcho(7, 'slow', 50), token, session)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect((await mcpPost(app, cancel(7), token, session)).statusCode).toBe(202)
    const reply = await within(slow)
    expect(reply.json()).toEqual({ jsonrpc: '2.0', id: 7, error: { code: -32800, message: 'Request cancelled: changed my mind' } })
    expect((await mcpPost(app, callEcho(7, 'again'), token, session)).json().result.structuredContent.result).toBe('again')
  })
})
