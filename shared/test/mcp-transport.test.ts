import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js'
import { afterAll, describe, expect, test } from 'vitest'
import { createServiceApp } from '../src/index.js'
import { parsePost } from '../src/mcp-messages.js'
import { toolMcp } from '../src/mcp-server.js'
import { callEcho, cancel, echoTool, holdEcho, MCP_HEADERS, mcpPost, rpc } from './mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from './tool-tokens.js'

// The rules of the Fastify-native Streamable HTTP transport (`JsonResponseTransport` behind
// `POST /mcp`): what the SDK's own transport answered, with its codes, checked on a probe tool.
const signer = await createTestSigner()
const app = await createServiceApp({ name: 'transport-probe', logLevel: 'silent' })
await toolMcp(app, TEST_TOOL_CONFIG, { keys: signer.keys }, 'transport-probe', [echoTool])
afterAll(() => app.close())
const token = await signer.token('ivan', ['calculator:use'])
const INIT = rpc(0, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'probe', version: '1' } })

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
    expect(reply.headers['mcp-session-id']).toBeUndefined()
    expect((reply.json() as { id: number; result: { structuredContent: { result: string } } }[]).map((a) => [a.id, a.result.structuredContent.result])).toEqual(Array.from({ length: 8 }, (_, i) => [i + 1, `m${i + 1}`]))
  })

  test('an answer without a session names none; an initialize inside a session is refused', async () => {
    expect((await mcpPost(app, rpc(1, 'ping'), token)).headers['mcp-session-id']).toBeUndefined()
    const reply = await mcpPost(app, INIT, token, await openSession())
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error).toEqual({ code: -32600, message: 'Invalid Request: Server already initialized' })
  })
})

describe('cancellation (notifications/cancelled)', () => {
  // The SDK's Protocol sends nothing for a request it was told to cancel; the POST that carried
  // the request must still be answered, or it hangs and keeps its server (or session) forever.
  const within = <T>(promise: Promise<T>, ms = 3000) =>
    Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))])

  test('a request cancelled in its own batch is answered "cancelled", without a session', async () => {
    const reply = await within(mcpPost(app, [callEcho(1, 'never', 20), cancel(1)], token))
    expect(reply.statusCode).toBe(200)
    // One answer is sent alone, as the SDK's transport sends it (a batch of one request and a notification).
    expect(reply.json()).toEqual({ jsonrpc: '2.0', id: 1, error: { code: -32800, message: 'Request cancelled: changed my mind' } })
    expect((await mcpPost(app, callEcho(1, 'next'), token)).json().result.structuredContent.result).toBe('next')
  })

  test('a request cancelled by a later POST of its session is answered, and the session goes on', async () => {
    const session = await openSession()
    // Held in the tool until the cancel has been taken, so the cancel always finds it running.
    const held = holdEcho('slow')
    const slow = mcpPost(app, callEcho(7, 'slow'), token, session)
    await within(held.started)
    expect((await mcpPost(app, cancel(7), token, session)).statusCode).toBe(202)
    held.release()
    const reply = await within(slow)
    expect(reply.json()).toEqual({ jsonrpc: '2.0', id: 7, error: { code: -32800, message: 'Request cancelled: changed my mind' } })
    expect((await mcpPost(app, callEcho(7, 'again'), token, session)).json().result.structuredContent.result).toBe('again')
  })
})
