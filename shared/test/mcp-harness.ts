import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { freePort } from '../../scripts/launch/ports.js'
import { z } from 'zod'
import { serveTool } from '../src/index.js'
import { connectMcp } from '../src/mcp-client.js'
import type { TestSigner } from './tool-tokens.js'

/** Headers a Streamable HTTP client sends with every POST (MCP transports, §2.1). */
export const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' }

/** A JSON-RPC request body. */
export function rpc(id: number, method: string, params?: Record<string, unknown>) {
  return { jsonrpc: '2.0', id, method, ...(params ? { params } : {}) }
}

/** Echo calls held by a test until it releases them, by their text (see `holdEcho`). */
const holds = new Map<string, { started: () => void; released: Promise<void> }>()

/**
 * Hold the next echo call of `text` inside the tool until `release()`: `started` resolves once it runs
 * there. A test that must act while a call is in flight waits for that, not for a pause it hopes is
 * long enough (a 50 ms pause once ended before a loaded machine delivered the cancel sent 10 ms in).
 */
export function holdEcho(text: string): { started: Promise<void>; release: () => void } {
  let started = (): void => undefined
  let release = (): void => undefined
  const begun = new Promise<void>((resolve) => { started = resolve })
  holds.set(text, { started: () => started(), released: new Promise<void>((resolve) => { release = resolve }) })
  return { started: begun, release: () => release() }
}

/** A probe tool that echoes its text after `pause_ms` (a request can be made to wait, to be cancelled or overtaken). */
export const echoTool = serveTool(
  { name: 'echo', description: 'echoes after a pause', scope: 'calculator:use', path: '/tools/echo', input: z.object({ text: z.string(), pause_ms: z.number().int().min(0).max(100).default(0) }) },
  z.object({ tool: z.string(), result: z.string() }),
  async ({ text, pause_ms }) => {
    const hold = holds.get(text)
    if (hold) {
      holds.delete(text)
      hold.started()
      await hold.released
    }
    await new Promise((resolve) => setTimeout(resolve, pause_ms))
    return { tool: 'echo', result: text }
  },
)

/** A `tools/call` of the echo tool. */
export const callEcho = (id: number, text: string, pause_ms = 0) => rpc(id, 'tools/call', { name: 'echo', arguments: { text, pause_ms } })

/** A `notifications/cancelled` for request `requestId`. */
export const cancel = (requestId: number) => ({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId, reason: 'changed my mind' } })

/** `POST /mcp` through `inject`, with a bearer token (or none). */
export function mcpPost(app: FastifyInstance, payload: unknown, token?: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/mcp',
    headers: { ...MCP_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
}

/**
 * Build a tool service for a free loopback port (its `HEIST_PUBLIC_URL`, hence its resource
 * identifier, must be known before it is built), listen there, and hand out SDK clients
 * holding tokens for this service.
 */
export async function listenForMcp(build: (publicUrl: string) => Promise<FastifyInstance>, signer: TestSigner) {
  const port = await freePort()
  const publicUrl = `http://127.0.0.1:${port}`
  const app = await build(publicUrl)
  await app.listen({ host: '127.0.0.1', port })
  const url = `${publicUrl}/mcp`
  return {
    app,
    url,
    resource: publicUrl,
    async client(clientId: string, scopes: string[]) {
      const token = await signer.token(clientId, scopes, { audience: publicUrl })
      return connectMcp({ url, token: () => token, name: `test-${clientId}` })
    },
  }
}
