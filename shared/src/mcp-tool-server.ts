import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { getParseErrorMessage } from '@modelcontextprotocol/sdk/server/zod-compat.js'
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError, type CallToolRequest, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js'
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv'
import { z } from 'zod'
import type { Principal } from './auth.js'
import { HeistError, isHeistError } from './errors.js'
import { JsonResponseTransport } from './mcp-transport.js'
import { REPLY_CHECKS_DEFAULT } from './service-app.js'
import { compileFast } from './zod-serializer.js'
import { quickSafeParse } from './zod-validator.js'
import type { ToolResult } from './contracts/tools.js'
import type { ServedTool } from './served-tool.js'

/** What an MCP server for a tool service is built from: its name and the tools it may serve. */
export interface McpToolServerOptions {
  /** Service name and version, as the MCP `initialize` answer names the server. */
  name: string
  version?: string
  tools: ServedTool[]
  /**
   * Parse each tool's reply with its zod output schema before it becomes the call's structured
   * content (a reply that breaks it is an isError result). Default {@link REPLY_CHECKS_DEFAULT},
   * the REST routes' rule: on in tests, off in service (docs/notes/tools.md, MCP, tenth pass).
   */
  checkReplies?: boolean
}

/** A tool's failure as a result the model reads: the text, and the coded error in `_meta`. */
function toolFailure(error: unknown): CallToolResult {
  const known = isHeistError(error)
  const failure = known ? { code: error.code, message: error.message, status: error.statusCode } : { code: 'TOOL_FAILED', message: 'the tool failed' }
  return { isError: true, content: [{ type: 'text', text: `${failure.code}: ${failure.message}` }], _meta: { 'heist/error': failure } }
}

/** A refused call as the SDK's `McpServer` answers it: an isError result whose text is the `McpError`'s message. */
function refusal(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: new McpError(ErrorCode.InvalidParams, message).message }] }
}

/**
 * One JSON Schema validator for every server. Without it each server builds its own Ajv
 * instance (formats and all): 12 % of an MCP call's CPU in a profile. The SDK uses it only to
 * check elicitation answers, which these servers never ask for; it holds compiled schemas,
 * nothing of a caller.
 */
const sharedValidator = new AjvJsonSchemaValidator()

/**
 * A tool as `tools/list` shows it, built once per tool: what the SDK's `McpServer.registerTool`
 * lists (JSON Schemas from the zod schemas, draft-07, input and output side; tasks forbidden),
 * which it rebuilt from the zod schemas on every `tools/list`.
 */
const listings = new WeakMap<ServedTool, Tool>()
function listing(tool: ServedTool): Tool {
  let listed = listings.get(tool)
  if (listed === undefined) {
    const { name, description, input } = tool.definition
    listed = {
      name,
      description,
      inputSchema: z.toJSONSchema(input, { target: 'draft-7', io: 'input' }) as Tool['inputSchema'],
      execution: { taskSupport: 'forbidden' },
      outputSchema: z.toJSONSchema(tool.output, { target: 'draft-7', io: 'output' }) as Tool['outputSchema'],
    }
    listings.set(tool, listed)
  }
  return listed
}

/** A tool a server calls, with the way its replies become results. */
interface CallableTool {
  tool: ServedTool
  result: (reply: ToolResult) => CallToolResult
  /** The tool's input schema's `safeParse` (`quickSafeParse`: a plain string object checked directly). */
  parse: (data: unknown) => z.ZodSafeParseResult<unknown>
}

/** The tools a scope set allows, by name, for one server's `tools/call`. */
function byName(tools: ServedTool[]): Map<string, CallableTool> {
  return new Map(tools.map((tool) => [tool.definition.name, { tool, result: resultMaker(tool), parse: quickSafeParse(tool.definition.input) }]))
}

/**
 * `tools/call`, as the SDK's `McpServer` answers it, with its layers folded into one function:
 * arguments parsed once with the tool's zod schema (synchronously: the tools' schemas have no
 * async refinements), the tool run with the request's verified caller, its structured content
 * checked against the output schema when `check` (the REST rule: in tests; `checkReplies`). A
 * refusal or a failure is an isError result the model reads, with the same texts as `McpServer`'s;
 * the SDK's `Server` then checks the result's shape (`CallToolResultSchema`, or its plain-shape
 * check), as for any `tools/call` handler. A synchronous tool (the calculator) is answered without
 * a promise, as its REST route is (`ServedTool.run`): the SDK awaits the answer either way, and an
 * async function here cost a promise and a turn of the microtask queue per call.
 */
function callTool(tools: Map<string, CallableTool>, params: CallToolRequest['params'], clientId: string | undefined, check: boolean): CallToolResult | Promise<CallToolResult> {
  const callable = tools.get(params.name)
  if (callable === undefined) return refusal(`Tool ${params.name} not found`)
  const { tool } = callable
  const args = callable.parse(params.arguments ?? {})
  if (!args.success) return refusal(`Input validation error: Invalid arguments for tool ${params.name}: ${getParseErrorMessage(args.error)}`)
  if (clientId === undefined) return toolFailure(new HeistError('AUTH_INVALID_TOKEN', 'no verified caller', 401))
  let reply
  try {
    reply = tool.run(args.data, { clientId })
  } catch (error) {
    return toolFailure(error)
  }
  const result = check ? (answer: ToolResult) => checkedResult(callable, answer) : callable.result
  return reply instanceof Promise ? reply.then(result, toolFailure) : result(reply)
}

/** A reply as the call's result once it meets the tool's output schema (else an isError result naming what broke it). */
function checkedResult({ tool, result }: CallableTool, reply: ToolResult): CallToolResult {
  const checked = tool.output.safeParse(reply)
  if (!checked.success) return refusal(`Output validation error: Invalid structured content for tool ${tool.definition.name}: ${getParseErrorMessage(checked.error)}`)
  return result(reply)
}

/**
 * A tool's result that knows its own JSON text: `{content, structuredContent}` written by
 * fast-json-stringify compiled from the tool's output schema, as its REST reply is (the fleet's
 * rule, `zod-serializer.ts`: the fields the contract names; checked against `JSON.stringify` in
 * tests). The SDK sends such a result as it is (its plain-shape check: own enumerable `content`
 * and `structuredContent`; `write` is a prototype method, not enumerable), and the route writes
 * the answer around it (`answerText` in `mcp-server.ts`) instead of `JSON.stringify`, which cost
 * ~8 000 instructions more per call than REST's serializer for the same reply.
 */
export abstract class WrittenResult {
  abstract write(): string
}

/** How one tool's replies become call results: a {@link WrittenResult} class when its output schema compiles, else plain objects. */
const resultMakers = new WeakMap<ServedTool, (reply: ToolResult) => CallToolResult>()
function resultMaker(tool: ServedTool): (reply: ToolResult) => CallToolResult {
  // Built once per tool (fast-json-stringify compiles code), shared by every server that holds it.
  let make = resultMakers.get(tool)
  if (make === undefined) {
    const write = compileFast(z.object({ content: z.array(z.object({ type: z.literal('text'), text: z.string() })), structuredContent: tool.output }))
    if (write === undefined) make = (reply) => ({ content: [{ type: 'text', text: reply.result }], structuredContent: reply as Record<string, unknown> })
    else {
      class ToolCallResult extends WrittenResult {
        content: [{ type: 'text'; text: string }]
        structuredContent: Record<string, unknown>
        constructor(reply: ToolResult) {
          super()
          this.content = [{ type: 'text', text: reply.result }]
          this.structuredContent = reply as Record<string, unknown>
        }
        write(): string {
          return write!(this)
        }
      }
      make = (reply) => new ToolCallResult(reply) as unknown as CallToolResult
    }
    resultMakers.set(tool, make)
  }
  return make
}

/** The tools a caller may use on one server, and a key naming that set (servers are built per set). */
export interface ToolSet {
  tools: ServedTool[]
  key: string
}

/**
 * The last tool set worked out for each principal. The verifier caches one `Principal` per token,
 * so every request with that token finds its set here instead of filtering the tools again.
 */
const toolSets = new WeakMap<Principal, { options: McpToolServerOptions; set: ToolSet }>()

/** The tools `principal`'s scopes allow, and a key naming that set (servers are built per set). */
export function toolsFor(options: McpToolServerOptions, principal: Principal): ToolSet {
  const known = toolSets.get(principal)
  if (known?.options === options) return known.set
  const tools = options.tools.filter((tool) => principal.scopes.includes(tool.definition.scope))
  const set = { tools, key: tools.map((tool) => tool.definition.name).join('\n') }
  toolSets.set(principal, { options, set })
  return set
}

/**
 * A server holding `tools`; the caller of a `tools/call` is the request's `authInfo`, never the
 * server's. The SDK's low-level `Server` with handlers for `tools/list` and `tools/call`, not its
 * `McpServer`: the same protocol, checks and answers (the SDK's `Server` still parses the request
 * with `CallToolRequestSchema` and the result with `CallToolResultSchema`), without `McpServer`'s
 * layers of async validation around the tool, and its JSON Schemas rebuilt per `tools/list`
 * (a `tools/call` of the calculator: ~5 µs less CPU, docs/notes/tools.md, MCP). Its capabilities
 * say `tools: {}`: these servers never send `notifications/tools/list_changed` (a server's tools
 * are fixed), which `McpServer` claimed.
 */
export function buildToolServer(options: McpToolServerOptions, tools: ServedTool[]): Server {
  const server = new Server({ name: `heist-${options.name}`, version: options.version ?? '0.1.0' }, { capabilities: { tools: {} }, jsonSchemaValidator: sharedValidator })
  const listed = { tools: tools.map(listing) }
  const named = byName(tools)
  const check = options.checkReplies ?? REPLY_CHECKS_DEFAULT
  server.setRequestHandler(ListToolsRequestSchema, () => listed)
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => callTool(named, request.params, extra.authInfo?.clientId, check))
  return server
}

/** Idle servers kept per tool set; more than this many at once are built and dropped. */
const MAX_IDLE_SERVERS = 16

/** A server and the transport it stays connected to. */
export interface ConnectedServer {
  server: Server
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

  /**
   * Run `use` with a server holding exactly the tools of `set` (`toolsFor` the caller, worked out
   * once by the route). Not an async function: an idle server's request answers at once when `use`
   * does, else it is `use`'s promise with one step after it (an async wrapper cost a promise and a
   * resumption per call).
   */
  with<T>({ tools, key }: ToolSet, use: (connected: ConnectedServer) => T | Promise<T>): T | Promise<T> {
    const idle = this.idle.get(key)?.pop()
    if (idle === undefined) return connectToolServer(this.options, tools).then((fresh) => this.lend(key, fresh, use))
    return this.lend(key, idle, use)
  }

  /** `use`'s answer at once when it answers at once (the server back in the pool first), else a promise of it. */
  private lend<T>(key: string, connected: ConnectedServer, use: (connected: ConnectedServer) => T | Promise<T>): T | Promise<T> {
    let running: T | Promise<T>
    try {
      running = use(connected)
    } catch (error) {
      this.giveBack(key, connected, false)
      throw error
    }
    if (!(running instanceof Promise)) {
      this.giveBack(key, connected, true)
      return running
    }
    return running.then(
      (result) => {
        this.giveBack(key, connected, true)
        return result
      },
      (error: unknown) => {
        this.giveBack(key, connected, false)
        throw error
      },
    )
  }

  /** A server whose request failed midway is dropped, not lent again; so is one back after closeAll. */
  private giveBack(key: string, connected: ConnectedServer, reusable: boolean): void {
    const idle = this.idle.get(key) ?? []
    if (reusable && !this.closing && idle.length < MAX_IDLE_SERVERS && !connected.transport.isClosed) {
      idle.push(connected)
      this.idle.set(key, idle)
    } else void connected.server.close()
  }

  /** Close every idle server (the app is closing). */
  async closeAll(): Promise<void> {
    this.closing = true
    const all = [...this.idle.values()].flat()
    this.idle.clear()
    await Promise.allSettled(all.map(({ server }) => server.close()))
  }
}
