import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { freePort } from '../../scripts/launch/ports.js'
import { connectMcp } from '../src/mcp-client.js'
import type { TestSigner } from './tool-tokens.js'

/** Headers a Streamable HTTP client sends with every POST (MCP transports, §2.1). */
export const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' }

/** A JSON-RPC request body. */
export function rpc(id: number, method: string, params?: Record<string, unknown>) {
  return { jsonrpc: '2.0', id, method, ...(params ? { params } : {}) }
}

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
