import { CallToolRequestSchema, InitializeRequestSchema, JSONRPCMessageSchema, SUPPORTED_PROTOCOL_VERSIONS, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js'
import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js'
import { isRequest } from './mcp-transport.js'

/** JSON-RPC messages one POST may carry: each can be a tool call, so a batch must stay small. */
export const MCP_MAX_BATCH = 8

/** A refusal before any message reaches the server: HTTP status, JSON-RPC error code and message. */
export interface RpcRefusal {
  status: number
  code: number
  message: string
  id?: unknown
}

/** One POST's messages, checked: what the SDK's transport checks, with the same codes, and a few of ours. */
export type ParsedPost = { ok: true; messages: JSONRPCMessage[]; ids: unknown[]; initialize: boolean; tools: string[] } | { ok: false; refusal: RpcRefusal }

const refuse = (status: number, code: number, message: string, id: unknown = null): ParsedPost => ({ ok: false, refusal: { status, code, message, id } })

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `tools/call` params in the shape the SDK accepts, checked by hand on the common path (the name
 * and the arguments object); anything else goes through the SDK's schema for the message naming
 * the field. The SDK would answer bad params with -32603 "internal error".
 */
function toolCallProblem(message: { params?: unknown }): string | undefined {
  const params = message.params
  if (isPlainObject(params)) {
    const { name, arguments: args } = params
    const plainArgs = args === undefined || isPlainObject(args)
    const keys = Object.keys(params).length
    if (typeof name === 'string' && plainArgs && keys === (args === undefined ? 1 : 2)) return undefined
  }
  const parsed = CallToolRequestSchema.safeParse(message)
  if (parsed.success) return undefined
  return `Invalid params for tools/call: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
}

const REQUEST_KEYS = new Set(['jsonrpc', 'id', 'method', 'params'])

/**
 * A request in the plain shape nearly every client sends, checked by hand: `jsonrpc` "2.0", a
 * string or safe-integer id, a string method, params absent or an object without `_meta`, no other
 * key. The SDK's `JSONRPCRequestSchema` accepts every such message and returns an equal copy, so
 * the message itself is passed on; anything else (a `_meta`, a notification, a response, a
 * malformed message) goes through that schema. The server's `Protocol` checks each message with the
 * SDK's schema again, whatever the transport did.
 */
function isPlainRequest(item: unknown): item is JSONRPCMessage {
  if (!isPlainObject(item)) return false
  const { jsonrpc, id, method, params } = item
  if (jsonrpc !== '2.0' || typeof method !== 'string') return false
  if (typeof id !== 'string' && !Number.isSafeInteger(id)) return false
  if (params !== undefined && (!isPlainObject(params) || Object.hasOwn(params, '_meta'))) return false
  for (const key in item) if (!REQUEST_KEYS.has(key)) return false
  return true
}

/**
 * The messages of a POST body (the raw text), refused as the SDK's Streamable HTTP transport
 * would (`webStandardStreamableHttp.ts`): a Content-Type other than JSON → 415; not JSON → 400 -32700; a message the SDK's
 * `JSONRPCMessageSchema` refuses → 400 (-32600, JSON-RPC's code; the SDK says -32700); an `initialize` with
 * other messages → 400 -32600. Ours on top: a batch over `MCP_MAX_BATCH` or empty (JSON-RPC 2.0
 * §6), two requests with one id (answers are routed by id), `tools/call` params the SDK would
 * call an internal error. A request in the plain shape is checked by hand (`isPlainRequest`), any
 * other message by the SDK's schema; the server's `Protocol` parses each again, as under any transport.
 */
export function parsePost(contentType: string | undefined, body: unknown): ParsedPost {
  if (!isJsonContentType(contentType) || typeof body !== 'string') return refuse(415, -32000, 'Unsupported Media Type: Content-Type must be application/json')
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return refuse(400, -32700, 'Parse error: the body is not JSON')
  }
  const raw = Array.isArray(json) ? json : [json]
  if (Array.isArray(json) && json.length > MCP_MAX_BATCH) return refuse(400, -32600, `Invalid Request: a batch may hold at most ${MCP_MAX_BATCH} messages`)
  if (raw.length === 0) return refuse(400, -32600, 'Invalid Request: an empty batch')
  const messages: JSONRPCMessage[] = []
  for (const item of raw) {
    // Ours first, as before the SDK's transport: its schema would call a `params: "x"` unparseable JSON.
    if (typeof item === 'object' && item !== null && (item as { method?: unknown }).method === 'tools/call') {
      const problem = toolCallProblem(item)
      if (problem !== undefined) return refuse(Array.isArray(json) ? 400 : 200, -32602, problem, (item as { id?: unknown }).id ?? null)
    }
    // An initialize the SDK's schema refuses would reach the server's handler and come back -32603
    // with zod's issues as raw JSON: a client error, so -32602 naming the field, like tools/call.
    if (typeof item === 'object' && item !== null && (item as { method?: unknown }).method === 'initialize') {
      const init = InitializeRequestSchema.safeParse(item)
      if (!init.success) return refuse(400, -32602, `Invalid params for initialize: ${init.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, (item as { id?: unknown }).id ?? null)
    }
    if (isPlainRequest(item)) {
      messages.push(item)
      continue
    }
    const parsed = JSONRPCMessageSchema.safeParse(item)
    // JSON-RPC 2.0 §5.1: valid JSON that is not a Request object is -32600 (the SDK's transport says -32700, parse error).
    if (!parsed.success) return refuse(400, -32600, 'Invalid Request: not a JSON-RPC 2.0 message')
    messages.push(parsed.data)
  }
  // One pass over the requests (a batch holds at most MCP_MAX_BATCH): their ids, the tools they call,
  // and whether one is an initialization (a request the InitializeRequest schema accepted above).
  const ids: unknown[] = []
  const tools: string[] = []
  let initialize = false
  for (const message of messages) {
    if (!isRequest(message)) continue
    if (ids.includes(message.id)) return refuse(400, -32600, 'Invalid Request: two requests in one batch have the same id')
    ids.push(message.id)
    if (message.method === 'initialize') initialize = true
    else if (message.method === 'tools/call') tools.push((message.params as { name: string }).name)
  }
  if (initialize && messages.length > 1) return refuse(400, -32600, 'Invalid Request: Only one initialization request is allowed')
  return { ok: true, messages, ids, initialize, tools }
}

/**
 * A body Fastify refuses before the route runs (over the body limit; a content type no parser
 * takes), answered as JSON-RPC like every other refusal at /mcp, with the same codes as
 * `parsePost`; `undefined` for any other error, which the fleet's error handler answers.
 */
export function bodyRefusal(error: unknown, bodyLimit: number): RpcRefusal | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, code: -32000, message: `Payload Too Large: the body may be at most ${bodyLimit} bytes` }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, code: -32000, message: 'Unsupported Media Type: Content-Type must be application/json' }
  return undefined
}

/**
 * A client must accept both JSON and an SSE stream (Streamable HTTP, sending messages): the SDK
 * answers 406 otherwise, and so do we, though these servers always answer JSON.
 */
export function acceptRefusal(accept: string | undefined): RpcRefusal | undefined {
  if (accept?.includes('application/json') && accept.includes('text/event-stream')) return undefined
  return { status: 406, code: -32000, message: 'Not Acceptable: Client must accept both application/json and text/event-stream' }
}

/**
 * `MCP-Protocol-Version` on every request after `initialize`: an unsupported one is 400 (spec,
 * "Protocol Version Header"); none means the client predates the header, accepted.
 */
export function protocolVersionRefusal(version: string | string[] | undefined): RpcRefusal | undefined {
  if (version === undefined || (typeof version === 'string' && SUPPORTED_PROTOCOL_VERSIONS.includes(version))) return undefined
  const named = Array.isArray(version) ? version.join(', ') : version
  return { status: 400, code: -32000, message: `Bad Request: Unsupported protocol version: ${named} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')})` }
}
