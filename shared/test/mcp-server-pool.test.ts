import { afterAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { createServiceApp, serveTool } from '../src/index.js'
import { toolMcp } from '../src/mcp-server.js'
import { mcpPost, rpc } from './mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from './tool-tokens.js'

// Two tools behind two scopes; `whoami` answers with the caller the tool was given, after a pause,
// so concurrent calls overlap and each pooled server serves several callers in turn.
const signer = await createTestSigner()
const whoami = serveTool(
  { name: 'whoami', description: 'names the caller', scope: 'calculator:use', path: '/tools/whoami', input: z.object({ pause_ms: z.number().int().min(0).max(50) }) },
  z.object({ tool: z.string(), result: z.string() }),
  async ({ pause_ms }, caller) => {
    await new Promise((resolve) => setTimeout(resolve, pause_ms))
    return { tool: 'whoami', result: caller.clientId }
  },
)
const echo = serveTool(
  { name: 'echo', description: 'echoes', scope: 'file_reader:use', path: '/tools/echo', input: z.object({ text: z.string() }) },
  z.object({ tool: z.string(), result: z.string() }),
  ({ text }) => ({ tool: 'echo', result: text }),
)
const app = await createServiceApp({ name: 'pool-probe', logLevel: 'silent' })
await toolMcp(app, TEST_TOOL_CONFIG, { keys: signer.keys }, 'pool-probe', [whoami, echo])
afterAll(() => app.close())

const toolNames = async (token: string) => ((await mcpPost(app, rpc(1, 'tools/list'), token)).json().result.tools as { name: string }[]).map((t) => t.name).sort()

describe('MCP servers reused across stateless requests', () => {
  test('each concurrent tools/call runs as its own caller, whichever server answers it', async () => {
    const clients = ['alice', 'bob', 'carol', 'dave']
    const tokens = await Promise.all(clients.map((c) => signer.token(c, ['calculator:use'])))
    const calls = Array.from({ length: 40 }, (_, i) => ({ caller: clients[i % 4] ?? '', token: tokens[i % 4] ?? '', pause: (i * 7) % 20 }))
    // Two waves: the second is answered by servers the first one used, for other callers.
    for (const wave of [calls, [...calls].reverse()]) {
      const replies = await Promise.all(wave.map((c, i) => mcpPost(app, rpc(i, 'tools/call', { name: 'whoami', arguments: { pause_ms: c.pause } }), c.token)))
      expect(replies.map((r) => r.json().result.structuredContent.result)).toEqual(wave.map((c) => c.caller))
    }
  })

  test('a server built for one scope set never answers another: tools/list follows each token', async () => {
    const both = await signer.token('alice', ['calculator:use', 'file_reader:use'])
    const calcOnly = await signer.token('bob', ['calculator:use'])
    const none = await signer.token('eve', ['database_query:use'])
    for (let round = 0; round < 3; round++) {
      expect(await toolNames(both)).toEqual(['echo', 'whoami'])
      expect(await toolNames(none)).toEqual([])
      expect(await toolNames(calcOnly)).toEqual(['whoami'])
    }
  })
})
