import { createServiceApp, serveTool, type TokenSource } from '@heist/shared'
import { mcpRoutes } from '@heist/shared/mcp-server'
import { resourceVerifier } from '@heist/shared/resource'
import { afterAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { listenForMcp } from '../../../shared/test/mcp-harness.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { createMcpCalls } from '../src/adapters/mcp-calls.js'

// A tool server whose sessions expire by a clock the test moves, and which counts what it opens.
const signer = await createTestSigner()
const IDLE_MS = 1000
let clock = 0
let initializes = 0
/** The status of every DELETE /mcp the server answered. */
const deletes: number[] = []
const echo = serveTool(
  { name: 'echo', description: 'echoes', scope: 'calculator:use', path: '/tools/echo', input: z.object({ text: z.string() }) },
  z.object({ tool: z.string(), result: z.string() }),
  ({ text }, caller) => ({ tool: 'echo', result: `${caller.clientId}: ${text}` }),
)
const server = await listenForMcp(async (publicUrl) => {
  const app = await createServiceApp({ name: 'echo', logLevel: 'silent' })
  app.addHook('onRequest', async (request) => {
    if (typeof request.headers['mcp-session-id'] !== 'string' && request.method === 'POST') initializes++
  })
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'DELETE') deletes.push(reply.statusCode)
  })
  await mcpRoutes(app, {
    name: 'echo',
    tools: [echo],
    resource: () => publicUrl,
    authorizationServer: TEST_TOOL_CONFIG.HEIST_ISSUER,
    verify: (aud) => resourceVerifier({ env: TEST_TOOL_CONFIG, resource: aud, keys: signer.keys }),
    sessions: { maxSessions: 8, maxPerClient: 2, idleMs: IDLE_MS },
    now: () => clock,
  })
  return app
}, signer)
afterAll(() => server.app.close())

const tokenFor = (clientId: string): TokenSource => ({
  get: () => signer.token(clientId, ['calculator:use'], { audience: server.resource }),
  scopes: () => ['calculator:use'],
  invalidate: () => undefined,
})

describe('the orchestrator\'s MCP calls', () => {
  test('hold one session per agent and service, and open a new one when the server has ended it', async () => {
    const calls = createMcpCalls({ timeoutMs: 5000 })
    const target = { name: 'echo', endpoint: server.url }
    const token = tokenFor('safecracker')
    try {
      for (const text of ['a', 'b', 'c']) expect(await calls.call('safecracker', target, { text }, token)).toEqual({ ok: true, result: `safecracker: ${text}` })
      expect(initializes).toBe(1)
      clock += IDLE_MS + 1
      expect(await calls.call('safecracker', target, { text: 'after' }, token)).toEqual({ ok: true, result: 'safecracker: after' })
      expect(initializes).toBe(2)
    } finally {
      await calls.close()
    }
  })

  // What the orchestrator's shutdown runs: deps.ts hands both tool runners to the service kit, which
  // closes them after the app; the server is told each session is over instead of holding it idle.
  test('close ends every session it opened on the server', async () => {
    const calls = createMcpCalls({ timeoutMs: 5000 })
    const target = { name: 'echo', endpoint: server.url }
    for (const agent of ['safecracker', 'hacker']) expect(await calls.call(agent, target, { text: 'x' }, tokenFor(agent))).toMatchObject({ ok: true })
    const before = deletes.length
    await calls.close()
    expect(deletes.slice(before)).toEqual([200, 200])
  })
})
