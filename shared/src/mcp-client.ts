import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'

export interface McpConnectOptions {
  /** The MCP server's URL, which is also its resource URI (`http://host:port/mcp`). */
  url: string
  /** The current access token for that resource; asked for on every request, so renewal just works. */
  token: () => string | Promise<string>
  /** Client name sent in `initialize`. */
  name?: string
  fetch?: typeof fetch
}

/**
 * Connect the official MCP SDK client to a Heist MCP server with a bearer token for that
 * resource. The token goes in the `Authorization` header of each request and nowhere else.
 */
export async function connectMcp(options: McpConnectOptions): Promise<Client> {
  const baseFetch = options.fetch ?? fetch
  const transport = new StreamableHTTPClientTransport(new URL(options.url), {
    fetch: async (url, init) => {
      const headers = new Headers(init?.headers)
      headers.set('authorization', `Bearer ${await options.token()}`)
      return baseFetch(url, { ...init, headers })
    },
  })
  const client = new Client({ name: options.name ?? 'heist', version: '0.1.0' })
  await client.connect(transport)
  return client
}

/** A connected MCP client (the SDK's `Client`). */
export type McpClient = Awaited<ReturnType<typeof connectMcp>>

/**
 * End the client's MCP session on the server (DELETE, Streamable HTTP §2.5.4), then close the
 * client. The server would end an abandoned session only when it has been idle for minutes.
 */
export async function closeMcp(client: McpClient): Promise<void> {
  try {
    if (client.transport instanceof StreamableHTTPClientTransport) await client.transport.terminateSession()
  } finally {
    await client.close()
  }
}

/**
 * The HTTP refusal behind an MCP transport error (the SDK's `StreamableHTTPError`): its status
 * and the Heist error body (`{error: {code, message}}`) when the server sent one.
 */
export function mcpHttpFailure(error: unknown): { status: number; code?: string; message: string } | null {
  if (!(error instanceof StreamableHTTPError) || typeof error.code !== 'number' || error.code < 400) return null
  const text = error.message.replace(/^.*?Error POSTing to endpoint: /, '')
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }
    if (typeof body.error?.code === 'string' && typeof body.error.message === 'string') return { status: error.code, code: body.error.code, message: body.error.message }
  } catch {
    // Not a Heist error body (a proxy's page, say): the transport's own text is the message.
  }
  return { status: error.code, message: text.slice(0, 300) }
}
