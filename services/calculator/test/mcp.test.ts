import { afterAll, describe, expect, test } from 'vitest'
import { listenForMcp, mcpPost, rpc } from '../../../shared/test/mcp-harness.js'
import { createTestSigner, TEST_ISSUER, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'

const RESOURCE = 'http://calculator.test:8002'
const METADATA_URL = 'http://calculator.test:8002/.well-known/oauth-protected-resource'
const signer = await createTestSigner()
const app = await buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: 'http://calculator.test:8002' }, deps: { keys: signer.keys } })
const token = (scopes = ['calculator:use'], audience = RESOURCE) => signer.token('safecracker', scopes, { audience })
afterAll(() => app.close())

describe('protected resource metadata (RFC 9728)', () => {
  test('the root document names the resource, the issuer and the scope', async () => {
    const reply = await app.inject({ url: '/.well-known/oauth-protected-resource' })
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({
      resource: RESOURCE,
      authorization_servers: [TEST_ISSUER],
      scopes_supported: ['calculator:use'],
      bearer_methods_supported: ['header'],
      resource_name: 'Heist calculator',
    })
  })

  test('the /mcp-suffixed document names the MCP endpoint, the identifier its location was built from (RFC 9728 §3.3)', async () => {
    const reply = await app.inject({ url: '/.well-known/oauth-protected-resource/mcp' })
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toMatchObject({ resource: `${RESOURCE}/mcp`, authorization_servers: [TEST_ISSUER], scopes_supported: ['calculator:use'] })
  })
})

describe('authorization', () => {
  test('no token: 401 pointing at the metadata, with the scope to ask for', async () => {
    const reply = await mcpPost(app, rpc(1, 'tools/list'))
    expect(reply.statusCode).toBe(401)
    expect(reply.headers['www-authenticate']).toBe(`Bearer resource_metadata="${METADATA_URL}", scope="calculator:use"`)
    expect(reply.json().error.code).toBe('AUTH_INVALID_TOKEN')
  })

  test.each([
    ['a token for the file reader', () => token(['calculator:use'], 'http://file-reader.test:8003'), 'token claim "aud" is not valid'],
    ['a token for another path of this host', () => token(['calculator:use'], 'http://calculator.test:8002/admin'), 'token claim "aud" is not valid'],
    ['a token minted for oauth (discovery)', () => token(['calculator:use'], TEST_ISSUER), 'token claim "aud" is not valid'],
    ['an expired token', () => signer.token('safecracker', ['calculator:use'], { audience: RESOURCE, expiresInS: -60 }), 'token expired'],
    ['garbage', async () => 'not.a.jwt', 'token is not valid'],
  ])('%s is refused with invalid_token and the metadata pointer', async (_label, make, description) => {
    const reply = await mcpPost(app, rpc(1, 'tools/list'), await make())
    expect(reply.statusCode).toBe(401)
    const header = reply.headers['www-authenticate']
    expect(header).toContain('error="invalid_token"')
    expect(header).toContain(`error_description="${description.replace(/"/g, "'")}"`)
    expect(header).toContain(`resource_metadata="${METADATA_URL}"`)
  })

  test('a token that expires after it was used is refused with the metadata pointer too', async () => {
    // Verified and cached by the first call; the next call after its expiry must still point the
    // client at the metadata (MCP authorization), which is how an MCP client finds where to renew it.
    const shortLived = await signer.token('safecracker', ['calculator:use'], { audience: RESOURCE, expiresInS: 3 })
    expect((await mcpPost(app, rpc(1, 'tools/list'), shortLived)).statusCode).toBe(200)
    const { exp } = JSON.parse(Buffer.from(shortLived.split('.')[1]!, 'base64url').toString()) as { exp: number }
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50))
    const reply = await mcpPost(app, rpc(2, 'tools/list'), shortLived)
    expect(reply.statusCode).toBe(401)
    expect(reply.headers['www-authenticate']).toContain('error="invalid_token"')
    expect(reply.headers['www-authenticate']).toContain(`resource_metadata="${METADATA_URL}"`)
  })

  test('a token for this resource without the scope sees no tool and may not call one', async () => {
    const bare = await token(['file_reader:use'])
    const list = await mcpPost(app, rpc(1, 'tools/list'), bare)
    expect(list.statusCode).toBe(200)
    expect(list.json().result.tools).toEqual([])
    const call = await mcpPost(app, rpc(2, 'tools/call', { name: 'calculator', arguments: { expression: '1+1' } }), bare)
    expect(call.statusCode).toBe(403)
    expect(call.headers['www-authenticate']).toContain('error="insufficient_scope", scope="calculator:use"')
    expect(call.json().error.code).toBe('AUTH_INSUFFICIENT_SCOPE')
  })

  test('the REST route takes the same token (one resource per service) and refuses one for another service', async () => {
    const rest = (t: string) => app.inject({ method: 'POST', url: '/tools/calculator', headers: { authorization: `Bearer ${t}` }, payload: { expression: '2*3' } })
    expect((await rest(await token())).statusCode).toBe(200)
    expect((await rest(await token(['calculator:use'], 'http://file-reader.test:8003'))).statusCode).toBe(401)
  })
})

describe('tools over MCP', () => {
  test('tools/list carries the REST route\'s zod schema as JSON Schema', async () => {
    const reply = await mcpPost(app, rpc(1, 'tools/list'), await token())
    const [tool] = reply.json().result.tools
    expect(tool.name).toBe('calculator')
    expect(tool.inputSchema).toMatchObject({ type: 'object', required: ['expression'], additionalProperties: false, properties: { expression: { type: 'string', maxLength: 500 } } })
  })

  test('a tool failure is an isError result with the same code as REST', async () => {
    const reply = await mcpPost(app, rpc(1, 'tools/call', { name: 'calculator', arguments: { expression: '1/0' } }), await token())
    expect(reply.statusCode).toBe(200)
    expect(reply.json().result).toMatchObject({ isError: true, content: [{ type: 'text', text: 'CALC_DIVIDE_BY_ZERO: division by zero at position 2' }] })
    expect(reply.json().result._meta['heist/error']).toEqual({ code: 'CALC_DIVIDE_BY_ZERO', message: 'division by zero at position 2', status: 400 })
  })

  test('the SDK client lists and calls the tool over a real socket', async () => {
    const server = await listenForMcp((publicUrl) => buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: publicUrl }, deps: { keys: signer.keys } }), signer)
    try {
      const client = await server.client('safecracker', ['calculator:use'])
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['calculator'])
      const result = await client.callTool({ name: 'calculator', arguments: { expression: ' 45 * 60 + max(3, 4) ' } })
      expect(result.content).toEqual([{ type: 'text', text: '45 * 60 + max(3, 4) = 2704' }])
      expect(result.structuredContent).toEqual({ tool: 'calculator', result: '45 * 60 + max(3, 4) = 2704', data: { expression: '45 * 60 + max(3, 4)', value: 2704 } })
      await client.close()
    } finally {
      await server.app.close()
    }
  })
})
