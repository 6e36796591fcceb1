import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
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
 * Listen on a free loopback port and hand out SDK clients holding tokens for this service
 * (its URL is its resource identifier, since `HEIST_PUBLIC_URL` is unset in these tests).
 */
export async function listenForMcp(app: FastifyInstance, signer: TestSigner) {
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const url = `${address}/mcp`
  return {
    url,
    resource: address,
    async client(clientId: string, scopes: string[]) {
      const token = await signer.token(clientId, scopes, { audience: address })
      return connectMcp({ url, token: () => token, name: `test-${clientId}` })
    },
  }
}
