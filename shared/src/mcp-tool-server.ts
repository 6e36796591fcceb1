import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv'
import type { Principal } from './auth.js'
import { HeistError, isHeistError } from './errors.js'
import { JsonResponseTransport } from './mcp-transport.js'
import type { ServedTool } from './served-tool.js'

/** What an MCP server for a tool service is built from: its name and the tools it may serve. */
export interface McpToolServerOptions {
  /** Service name and version, as the MCP `initialize` answer names the server. */
  name: string
  version?: string
  tools: ServedTool[]
}

/** A tool's failure as a result the model reads: the text, and the coded error in `_meta`. */
function toolFailure(error: unknown): CallToolResult {
  const known = isHeistError(error)
  const failure = known ? { code: error.code, message: error.message, status: error.statusCode } : { code: 'TOOL_FAILED', message: 'the tool failed' }
  return { isError: true, content: [{ type: 'text', text: `${failure.code}: ${failure.message}` }], _meta: { 'heist/error': failure } }
}

/**
 * One JSON Schema validator for every server. Without it each `McpServer` builds its own Ajv
 * instance (formats and all): 12 % of an MCP call's CPU in a profile. The SDK uses it only to
 * check elicitation answers, which these servers never ask for; it holds compiled schemas,
 * nothing of a caller.
 */
const sharedValidator = new AjvJsonSchemaValidator()

/** The tools `principal`'s scopes allow, and a key naming that set (servers are built per set). */
export function toolsFor(options: McpToolServerOptions, principal: Principal): { tools: ServedTool[]; key: string } {
  const tools = options.tools.filter((tool) => principal.scopes.includes(tool.definition.scope))
  return { tools, key: tools.map((tool) => tool.definition.name).join('\n') }
}

/** A server holding `tools`; the caller of a `tools/call` is the request's `authInfo`, never the server's. */
export function buildToolServer(options: McpToolServerOptions, tools: ServedTool[]): McpServer {
  const server = new McpServer({ name: `heist-${options.name}`, version: options.version ?? '0.1.0' }, { capabilities: { tools: {} }, jsonSchemaValidator: sharedValidator })
  for (const tool of tools) {
    server.registerTool(tool.definition.name, {
      description: tool.definition.description,
      inputSchema: tool.definition.input,
      outputSchema: tool.output,
    }, async (args: unknown, extra): Promise<CallToolResult> => {
      const clientId = extra.authInfo?.clientId
      if (clientId === undefined) return toolFailure(new HeistError('AUTH_INVALID_TOKEN', 'no verified caller', 401))
      try {
        const reply = await tool.run(args, { clientId })
        return { content: [{ type: 'text', text: reply.result }], structuredContent: reply as Record<string, unknown> }
      } catch (error) {
        return toolFailure(error)
      }
    })
  }
  return server
}

/** Idle servers kept per tool set; more than this many at once are built and dropped. */
const MAX_IDLE_SERVERS = 16

/** A server and the transport it stays connected to. */
export interface ConnectedServer {
  server: McpServer
  transport: JsonResponseTransport
}

/** A server holding `tools`, connected to its own JSON transport (`sessionId` for a session's). */
export async function connectToolServer(options: McpToolServerOptions, tools: ServedTool[], sessionId?: string): Promise<ConnectedServer> {
  const server = buildToolServer(options, tools)
  const transport = new JsonResponseTransport(sessionId)
  await server.connect(transport)
  return { server, transport }
}

/**
 * MCP servers for requests without a session, one request at a time each. A `Protocol` holds one
 * transport ("call close() before connecting to a new transport, or use a separate Protocol
 * instance per connection") and routes answers by JSON-RPC id, which strangers' requests share
 * (everyone's first id is 1): so a server serves one request at a time, and concurrent requests
 * get different servers. Each stays connected to its own `JsonResponseTransport` for its life,
 * so lending one costs nothing (the SDK's stateless transport serves one request, so a server
 * was connected and closed around each: a fifth of a call). A server holds only the tools a scope
 * set allows (tools/list shows no others), so servers are kept per set of tool names. What a
 * server keeps between requests is what a stateless client never sends (`initialize`
 * information); the caller of a tool is the request's verified token (`authInfo`).
 */
export class McpServerPool {
  private readonly idle = new Map<string, ConnectedServer[]>()
  private closing = false
  constructor(private readonly options: McpToolServerOptions) {}

  /** Run `use` with a server holding exactly the tools `principal` may call. */
  async with<T>(principal: Principal, use: (connected: ConnectedServer) => Promise<T>): Promise<T> {
    const { tools, key } = toolsFor(this.options, principal)
    const connected = this.idle.get(key)?.pop() ?? (await connectToolServer(this.options, tools))
    let reusable = false
    try {
      const result = await use(connected)
      reusable = true
      return result
    } finally {
      // A server whose request failed midway is dropped, not lent again; so is one back after closeAll.
      const idle = this.idle.get(key) ?? []
      if (reusable && !this.closing && idle.length < MAX_IDLE_SERVERS && !connected.transport.isClosed) {
        idle.push(connected)
        this.idle.set(key, idle)
      } else void connected.server.close()
    }
  }

  /** Close every idle server (the app is closing). */
  async closeAll(): Promise<void> {
    this.closing = true
    const all = [...this.idle.values()].flat()
    this.idle.clear()
    await Promise.allSettled(all.map(({ server }) => server.close()))
  }
}
