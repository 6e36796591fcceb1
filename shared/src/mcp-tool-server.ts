import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv'
import type { Principal } from './auth.js'
import { HeistError, isHeistError } from './errors.js'
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

/**
 * MCP servers reused across stateless requests, one request at a time each. The SDK allows a
 * `Protocol` one transport at a time ("call close() before connecting to a new transport, or use
 * a separate Protocol instance per connection") and a stateless transport one request, so a
 * server is connected to a fresh transport per request, closed after it and only then lent again;
 * concurrent requests get different servers. A server holds only the tools a scope set allows
 * (tools/list shows no others), so servers are kept per set of tool names. What a server keeps
 * after close() is the last client's `initialize` information, which no tool reads; the caller
 * of a tool is the request's verified token (`authInfo`). Building a server per request, the
 * SDK's own stateless example, cost a fifth of an MCP call.
 */
export class McpServerPool {
  private readonly idle = new Map<string, McpServer[]>()
  constructor(private readonly options: McpToolServerOptions) {}

  /** Run `use` with a server holding exactly the tools `principal` may call. */
  async with<T>(principal: Principal, use: (server: McpServer) => Promise<T>): Promise<T> {
    const { tools, key } = toolsFor(this.options, principal)
    const server = this.idle.get(key)?.pop() ?? buildToolServer(this.options, tools)
    let reusable = false
    try {
      const result = await use(server)
      reusable = true
      return result
    } finally {
      await server.close()
      // A server whose request failed midway is dropped, not lent again.
      const idle = this.idle.get(key) ?? []
      if (reusable && idle.length < MAX_IDLE_SERVERS && server.server.transport === undefined) this.idle.set(key, [...idle, server])
    }
  }
}
