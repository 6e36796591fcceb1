import { afterAll, describe, expect, test } from 'vitest'
import { MCP_HEADERS, mcpPost, rpc } from '../../../shared/test/mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'

// The MCP plumbing is shared by the three tool services; the calculator stands for them here.
const signer = await createTestSigner()
const app = await buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: 'http://calculator.test:8002' }, deps: { keys: signer.keys } })
const token = await signer.token('safecracker', ['calculator:use'], { audience: 'http://calculator.test:8002' })
afterAll(() => app.close())
const call = (args: unknown) => rpc(1, 'tools/call', { name: 'calculator', arguments: args })

describe('hostile JSON-RPC at /mcp: clear errors, never a 5xx', () => {
  test.each([
    ['malformed JSON', '{"jsonrpc":"2.0","id":1,"method":"tools/li', 400, -32700],
    ['JSON that is not JSON-RPC', '{"hello":"world"}', 400, -32600],
    ['a JSON-RPC response sent as a request', '{"jsonrpc":"2.0","id":1,"result":{}}', 202, null],
    ['a batch of 9 messages', JSON.stringify(Array.from({ length: 9 }, (_, i) => rpc(i, 'tools/list'))), 400, -32600],
    ['a batch of 300 tiny messages', JSON.stringify(Array.from({ length: 300 }, (_, i) => rpc(i, 'ping'))), 400, -32600],
    ['an empty batch', '[]', 400, -32600],
    // The transport answers by id: the old code answered this batch with one message and dropped the other.
    ['a batch with two requests of the same id', JSON.stringify([rpc(1, 'ping'), rpc(1, 'tools/list')]), 400, -32600],
  ])('%s', async (_label, body, status, code) => {
    const reply = await mcpPost(app, body, token)
    expect(reply.statusCode).toBe(status)
    if (code !== null) expect(reply.json().error.code).toBe(code)
  })

  test('an unknown method is JSON-RPC "method not found"', async () => {
    const reply = await mcpPost(app, rpc(7, 'tools/destroy'), token)
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toMatchObject({ id: 7, error: { code: -32601 } })
  })

  test('a batch within the limit is answered message by message', async () => {
    const reply = await mcpPost(app, [rpc(1, 'ping'), { ...call({ expression: '6*7' }), id: 2 }], token)
    expect(reply.statusCode).toBe(200)
    const answers = reply.json() as { id: number; result: { content?: { text: string }[] } }[]
    expect(answers.map((a) => a.id)).toEqual([1, 2])
    expect(answers[1]?.result.content?.[0]?.text).toBe('6*7 = 42')
  })

  test.each([
    ['a number for the expression', { expression: 42 }, 'expected string'],
    ['a field the schema does not know', { expression: '1', shell: 'rm -rf /' }, 'Unrecognized key'],
    ['an expression over 500 characters', { expression: '1+'.repeat(300) + '1' }, 'Too big'],
    ['no arguments at all', undefined, 'expected string'],
  ])('tools/call with %s is an isError result naming the problem', async (_label, args, problem) => {
    const reply = await mcpPost(app, call(args), token)
    expect(reply.statusCode).toBe(200)
    const result = reply.json().result
    expect(result.isError).toBe(true)
    expect(result.content[0].text).toContain('Input validation error')
    expect(result.content[0].text).toContain(problem)
  })

  test('a tool that does not exist is an isError result', async () => {
    const reply = await mcpPost(app, rpc(1, 'tools/call', { name: 'exec', arguments: {} }), token)
    expect(reply.json().result).toMatchObject({ isError: true, content: [{ text: expect.stringContaining('Tool exec not found') }] })
  })

  test.each([
    ['arguments that are an array', call(['1+1']), 'params.arguments'],
    ['params that are a string', { jsonrpc: '2.0', id: 1, method: 'tools/call', params: 'calculator' }, 'params'],
    ['a tool name that is not a string', { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: { $gt: '' } } }, 'params.name'],
  ])('tools/call with %s is an invalid-params error naming the field', async (_label, body, field) => {
    const reply = await mcpPost(app, body, token)
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toMatchObject({ id: 1, error: { code: -32602, message: expect.stringContaining(field) } })
  })


  test('an oversized body is a 413 before anything is parsed, answered as JSON-RPC', async () => {
    const reply = await mcpPost(app, call({ expression: 'x'.repeat(20_000) }), token)
    expect(reply.statusCode).toBe(413)
    expect(reply.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000, message: expect.stringContaining('16384 bytes') } })
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
  })

  test('a client that cannot read JSON and SSE answers is told so (406), and text/plain is refused (415), as JSON-RPC', async () => {
    expect((await mcpPost(app, rpc(1, 'ping'), token, { accept: 'text/html' })).statusCode).toBe(406)
    const textPlain = await mcpPost(app, JSON.stringify(rpc(1, 'ping')), token, { 'content-type': 'text/plain' })
    expect(textPlain.statusCode).toBe(415)
    expect(textPlain.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000, message: expect.stringContaining('application/json') } })
    // A type no parser takes is refused by Fastify before the route, and answered the same way.
    const xml = await mcpPost(app, JSON.stringify(rpc(1, 'ping')), token, { 'content-type': 'application/xml' })
    expect(xml.statusCode).toBe(415)
    expect(xml.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000, message: expect.stringContaining('application/json') } })
  })

  test('an initialize whose params break the schema is -32602 naming the field, not an internal error', async () => {
    const reply = await mcpPost(app, rpc(3, 'initialize', {}), token)
    expect(reply.statusCode).toBe(400)
    expect(reply.json()).toMatchObject({ id: 3, error: { code: -32602, message: expect.stringContaining('protocolVersion') } })
    expect(reply.json().error.message).not.toContain('"code"')
  })

  test.each(['GET', 'DELETE'] as const)('%s /mcp without a session is 405: no server-initiated stream, no session to end', async (method) => {
    const reply = await app.inject({ method, url: '/mcp', headers: { ...MCP_HEADERS, authorization: `Bearer ${token}` } })
    expect(reply.statusCode).toBe(405)
    expect(reply.headers.allow).toBe('POST, DELETE')
  })

  test.each([
    ['an unknown session id', { 'mcp-session-id': 'not-a-session' }, 404, -32001],
    ['an initialize inside a batch (one initialize opens one session)', null, 400, -32600],
  ])('%s', async (_label, headers, status, code) => {
    const init = rpc(0, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'h', version: '1' } })
    const reply = headers === null ? await mcpPost(app, [init, rpc(1, 'ping')], token) : await mcpPost(app, rpc(1, 'ping'), token, headers)
    expect(reply.statusCode).toBe(status)
    expect(reply.json().error.code).toBe(code)
  })

  // /mcp looks a cached token up first for a header exactly `Bearer <token>` (no format regex), as
  // REST does: any other form is still format-checked, and a token that merely ends like a cached
  // one (the cache's key is the signature's end) is verified, and refused, with the resource's challenge.
  test('a cached token is taken from a well-formed header only, and only the very token verified', async () => {
    expect((await mcpPost(app, rpc(1, 'ping'), token)).statusCode).toBe(200)
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, client_id: 'mallory' })).toString('base64url')}.${signature}`
    for (const authorization of [`Bearer ${forged}`, `Bearer x${token}`, `Bearer  ${token}`, `Bearer ${token} x`, `Basic ${token}`]) {
      const reply = await app.inject({ method: 'POST', url: '/mcp', headers: { ...MCP_HEADERS, authorization }, payload: rpc(1, 'ping') })
      expect(reply.statusCode, authorization.slice(0, 12)).toBe(401)
      expect(reply.headers['www-authenticate'], authorization.slice(0, 12)).toContain('resource_metadata=')
    }
    for (const authorization of [`bearer ${token}`, `  Bearer ${token} `]) {
      const reply = await app.inject({ method: 'POST', url: '/mcp', headers: { ...MCP_HEADERS, authorization }, payload: rpc(1, 'ping') })
      expect(reply.statusCode, authorization.slice(0, 12)).toBe(200)
    }
  })
})
