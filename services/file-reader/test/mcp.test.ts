import { afterAll, expect, test } from 'vitest'
import { listenForMcp } from '../../../shared/test/mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_DOCUMENTS_DIR } from '../src/env.js'

const signer = await createTestSigner()
const server = await listenForMcp((publicUrl) => buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: publicUrl, HEIST_DOCUMENTS_DIR: DEFAULT_DOCUMENTS_DIR }, deps: { keys: signer.keys } }), signer)
afterAll(() => server.app.close())

test('the SDK client reads a document, and a refused path is an isError result with the REST code', async () => {
  const client = await server.client('hacker', ['file_reader:use'])
  const { tools } = await client.listTools()
  expect(tools.map((t) => t.name)).toEqual(['read_file'])
  expect(tools[0]?.inputSchema.required).toEqual(['filename'])
  const ok = await client.callTool({ name: 'read_file', arguments: { filename: 'vault_specs.txt' } })
  expect(ok.isError).toBeFalsy()
  expect(JSON.stringify(ok.content)).toContain('TitanSafe Pro 5000')
  const refused = await client.callTool({ name: 'read_file', arguments: { filename: '../../etc/passwd' } })
  expect(refused.isError).toBe(true)
  expect(refused._meta?.['heist/error']).toMatchObject({ code: 'FILE_OUTSIDE_ROOT', status: 400 })
  await client.close()
})

test('a calculator token cannot even list the file reader\'s tools: it was minted for another resource', async () => {
  const foreign = await signer.token('safecracker', ['file_reader:use'], { audience: 'http://127.0.0.1:8002' })
  const reply = await fetch(server.url, { method: 'POST', headers: { authorization: `Bearer ${foreign}`, accept: 'application/json, text/event-stream', 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) })
  expect(reply.status).toBe(401)
  expect(reply.headers.get('www-authenticate')).toContain(`resource_metadata="${server.resource}/.well-known/oauth-protected-resource"`)
})
