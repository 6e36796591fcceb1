import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { CallToolRequestSchema, isInitializeRequest } from '@modelcontextprotocol/sdk/types.js'
import { bearerToken, type Principal, type TokenVerifier } from './auth.js'
import { HeistError, isHeistError } from './errors.js'
import { toolRoute, type ServedTool } from './served-tool.js'
import { MCP_PATH, PROTECTED_RESOURCE_WELL_KNOWN } from './mcp-paths.js'
import { MCP_SESSION_LIMITS, McpSessions, releaseAnsweredStreams, type McpSessionLimits } from './mcp-sessions.js'
import { buildToolServer, McpServerPool, toolsFor } from './mcp-tool-server.js'
import { canonicalUrl, fleetIssuer, resourceVerifier } from './resource.js'
import { toolAuth, type ToolAppConfig, type ToolServiceDeps } from './tool-service.js'

export { MCP_PATH, PROTECTED_RESOURCE_WELL_KNOWN }
/** JSON-RPC messages one POST may carry: each can be a tool call, so a batch must stay small. */
export const MCP_MAX_BATCH = 8

export interface McpResourceOptions {
  /** Service name and version, as the MCP `initialize` answer names the server. */
  name: string
  version?: string
  tools: ServedTool[]
  /**
   * The resource identifier (RFC 8707): the service's public URL, the audience of its tokens
   * for REST and MCP alike. Known only once the app listens, hence a function.
   */
  resource: () => string
  /** The authorization server's issuer URL (RFC 8414), listed in the metadata. */
  authorizationServer: string
  /** Verifies a token bound to this resource (audience = the resource URI). */
  verify: (resource: string) => TokenVerifier
  /** Session limits; the default suits the fleet (`MCP_SESSION_LIMITS`). */
  sessions?: McpSessionLimits
  /** The clock sessions expire by (tests move it). */
  now?: () => number
}

/** RFC 9728 protected resource metadata for one MCP server. */
export function protectedResourceMetadata(resource: string, options: Pick<McpResourceOptions, 'name' | 'tools' | 'authorizationServer'>) {
  return {
    resource,
    authorization_servers: [options.authorizationServer],
    scopes_supported: [...new Set(options.tools.map((t) => t.definition.scope))],
    bearer_methods_supported: ['header'],
    resource_name: `Heist ${options.name}`,
  }
}

/**
 * The metadata URL a 401 points at (RFC 9728 §3.1): the well-known path suffixed with the
 * resource's own path, so for a service URL with no path, the root document.
 */
export function resourceMetadataUrl(resource: string): string {
  const url = new URL(resource)
  return `${url.origin}${PROTECTED_RESOURCE_WELL_KNOWN}${url.pathname.replace(/\/$/, '')}`
}

const quoted = (value: string) => value.replace(/["\\]/g, "'")

/** 401 with the MCP challenge: where the metadata is and which scopes help (RFC 6750 §3, RFC 9728 §5.1). */
function challenge(resource: string, scopes: string[], problem: { description: string; tokenSent: boolean }): HeistError {
  const parts = [
    ...(problem.tokenSent ? [`error="invalid_token"`, `error_description="${quoted(problem.description)}"`] : []),
    `resource_metadata="${resourceMetadataUrl(resource)}"`,
    `scope="${scopes.join(' ')}"`,
  ]
  return new HeistError('AUTH_INVALID_TOKEN', problem.description, 401, undefined, { 'www-authenticate': `Bearer ${parts.join(', ')}` })
}

/** 403 for a valid token without the scope a `tools/call` needs (MCP authorization, scope challenge). */
function scopeChallenge(resource: string, scope: string, tool: string): HeistError {
  return new HeistError('AUTH_INSUFFICIENT_SCOPE', `calling ${tool} needs the scope "${scope}"`, 403, { required_scope: scope }, {
    'www-authenticate': `Bearer error="insufficient_scope", scope="${scope}", resource_metadata="${resourceMetadataUrl(resource)}", error_description="calling ${tool} requires ${scope}"`,
  })
}

async function authenticate(request: FastifyRequest, resource: string, verify: TokenVerifier, scopes: string[]): Promise<Principal> {
  const header = request.headers.authorization
  try {
    const token = bearerToken(header)
    if (token === null) throw challenge(resource, scopes, { description: 'a bearer token for this resource is required', tokenSent: false })
    return await verify(token)
  } catch (error) {
    if (isHeistError(error) && error.statusCode === 401 && error.headers?.['www-authenticate']?.includes('resource_metadata')) throw error
    throw challenge(resource, scopes, { description: isHeistError(error) ? error.message : 'token is not valid', tokenSent: header !== undefined })
  }
}

type ToolCallCheck = { ok: true; names: string[] } | { ok: false; id: unknown; message: string }

/**
 * The tools a JSON-RPC body (one message or a batch) asks to call, checked against the
 * `tools/call` schema first: the SDK would answer bad params with -32603 "internal error".
 */
function calledTools(body: unknown): ToolCallCheck {
  const names: string[] = []
  for (const message of Array.isArray(body) ? body : [body]) {
    if (typeof message !== 'object' || message === null || (message as { method?: unknown }).method !== 'tools/call') continue
    const parsed = CallToolRequestSchema.safeParse(message)
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
      return { ok: false, id: (message as { id?: unknown }).id ?? null, message: `Invalid params for tools/call: ${problems}` }
    }
    names.push(parsed.data.params.name)
  }
  return { ok: true, names }
}

/** A JSON-RPC error answer, for what is refused before the SDK sees the message. */
function rpcError(reply: FastifyReply, status: number, code: number, message: string, id: unknown = null): FastifyReply {
  return reply.code(status).type('application/json').send({ jsonrpc: '2.0', error: { code, message }, id })
}

/** Headers the SDK transport reads, copied from the Fastify request. */
function webHeaders(request: FastifyRequest): Headers {
  const headers = new Headers()
  for (const name of ['content-type', 'accept', 'mcp-protocol-version', 'mcp-session-id']) {
    const value = request.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  return headers
}

/** JSON-RPC ids of the requests in a body: the session must not have one of them under way. */
function requestIds(body: unknown): unknown[] {
  return (Array.isArray(body) ? body : [body]).flatMap((m: unknown) => (typeof m === 'object' && m !== null && 'method' in m && 'id' in m ? [m.id] : []))
}

/**
 * The body of the SDK's `Response`, read from its stream directly: `Response.text()` (undici's
 * whole-body reader) cost more CPU per request over real HTTP (issue 16, third pass).
 */
async function responseText(response: Response): Promise<string> {
  if (response.body === null) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value)
  return Buffer.concat(chunks).toString('utf8')
}

/** Copy the SDK's web `Response` onto the Fastify reply. */
async function relay(reply: FastifyReply, response: Response): Promise<FastifyReply> {
  const body = await responseText(response)
  response.headers.forEach((value, name) => void reply.header(name, value))
  return reply.code(response.status).send(body === '' ? undefined : body)
}

/** What one MCP endpoint shares across requests. */
interface McpEndpoint {
  options: McpResourceOptions
  scopes: string[]
  /** The resource identifier now, as a URL too, and its verifier: rebuilt only when the identifier changes. */
  current: () => { resource: string; url: URL; verify: TokenVerifier }
  pool: McpServerPool
  sessions: McpSessions
}

/**
 * `POST /mcp`. The token is checked on every request, session or not; then three ways in:
 * - with `Mcp-Session-Id`: the session's own server and transport, if the session is this
 *   client's (any other answer is 404, as for an id that never existed);
 * - an `initialize` without one opens a session (the SDK client, the Inspector, LM Studio);
 * - anything else is answered statelessly (curl, one-shot clients), by a pooled server.
 */
async function handleMcpPost(request: FastifyRequest<{ Body: string }>, reply: FastifyReply, endpoint: McpEndpoint) {
  const { options, sessions } = endpoint
  const { resource, url, verify } = endpoint.current()
  const principal = await authenticate(request, resource, verify, endpoint.scopes)
  let parsed: unknown
  try {
    parsed = JSON.parse(request.body)
  } catch {
    return rpcError(reply, 400, -32700, 'Parse error: the body is not JSON')
  }
  if (Array.isArray(parsed) && parsed.length > MCP_MAX_BATCH) return rpcError(reply, 400, -32600, `Invalid Request: a batch may hold at most ${MCP_MAX_BATCH} messages`)
  // JSON-RPC 2.0 §6: an empty batch is an invalid request (the SDK would accept it with a 202).
  if (Array.isArray(parsed) && parsed.length === 0) return rpcError(reply, 400, -32600, 'Invalid Request: an empty batch')
  // The transport answers by id: two requests with one id in a batch get one answer between them, the other is lost.
  const ids = requestIds(parsed)
  if (new Set(ids).size !== ids.length) return rpcError(reply, 400, -32600, 'Invalid Request: two requests in one batch have the same id')
  const calls = calledTools(parsed)
  if (!calls.ok) return rpcError(reply, Array.isArray(parsed) ? 400 : 200, -32602, calls.message, calls.id)
  for (const name of calls.names) {
    const tool = options.tools.find((t) => t.definition.name === name)
    if (tool && !principal.scopes.includes(tool.definition.scope)) throw scopeChallenge(resource, tool.definition.scope, name)
  }
  const webRequest = new Request(resource, { method: 'POST', headers: webHeaders(request) })
  const authInfo = { token: '', clientId: principal.clientId, scopes: principal.scopes, expiresAt: principal.claims.exp, resource: url }
  const { tools, key } = toolsFor(options, principal)
  const sessionId = request.headers['mcp-session-id']
  if (typeof sessionId === 'string') {
    const session = sessions.find(sessionId, principal.clientId, key)
    if (session === undefined) return rpcError(reply, 404, -32001, 'Session not found: initialize a new session')
    const answered = await sessions.use(session, ids, () => session.transport.handleRequest(webRequest, { parsedBody: parsed, authInfo }))
    if (!answered.ok) return rpcError(reply, 400, -32600, 'Invalid Request: a request with this id is already under way in this session')
    return relay(reply, answered.value)
  }
  if (!Array.isArray(parsed) && isInitializeRequest(parsed)) {
    const opened = await sessions.open(principal.clientId, key, buildToolServer(options, tools))
    if (!opened.ok) {
      if (opened.status === 503) void reply.header('retry-after', '60')
      return rpcError(reply, opened.status, -32000, opened.message, (parsed as { id?: unknown }).id ?? null)
    }
    const response = await opened.session.transport.handleRequest(webRequest, { parsedBody: parsed, authInfo })
    releaseAnsweredStreams(opened.session.transport)
    // An initialize the SDK refused opened nothing worth keeping.
    if (opened.session.id === undefined) sessions.end(opened.session)
    return relay(reply, response)
  }
  // Stateless: a fresh transport per request, JSON answers rather than an SSE stream.
  return endpoint.pool.with(principal, async (server) => {
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
    await server.connect(transport)
    return relay(reply, await transport.handleRequest(webRequest, { parsedBody: parsed, authInfo }))
  })
}

/** `DELETE /mcp`: the client ends its session (Streamable HTTP §2.5.4); only its owner may. */
async function handleMcpDelete(request: FastifyRequest, reply: FastifyReply, endpoint: McpEndpoint) {
  const { resource, verify } = endpoint.current()
  const principal = await authenticate(request, resource, verify, endpoint.scopes)
  const sessionId = request.headers['mcp-session-id']
  if (typeof sessionId !== 'string') {
    void reply.header('allow', 'POST, DELETE')
    return rpcError(reply, 405, -32000, 'Method not allowed: DELETE ends a session and needs its Mcp-Session-Id')
  }
  const session = endpoint.sessions.find(sessionId, principal.clientId, toolsFor(endpoint.options, principal).key)
  if (session === undefined) return rpcError(reply, 404, -32001, 'Session not found')
  endpoint.sessions.end(session)
  return reply.code(200).send()
}

/**
 * Make a tool service an MCP server and an OAuth protected resource: `POST /mcp`
 * (Streamable HTTP, sessions or stateless), `DELETE /mcp` to end a session, and RFC 9728
 * metadata at both well-known paths.
 *
 * The root document names the service, the resource its tokens are for (REST and /mcp alike).
 * The `/mcp`-suffixed document names `<url>/mcp`: RFC 9728 §3.3 has a client reject a document
 * whose `resource` is not the identifier its location was built from. A token asked for
 * `<url>/mcp` is minted for the service that path belongs to (oauth's resources), so both
 * discovery routes end in a token this server accepts.
 */
export async function mcpRoutes(app: FastifyInstance, options: McpResourceOptions): Promise<void> {
  let cached: ReturnType<McpEndpoint['current']> | undefined
  const endpoint: McpEndpoint = {
    options,
    scopes: [...new Set(options.tools.map((t) => t.definition.scope))],
    current: () => {
      const resource = options.resource()
      if (cached?.resource !== resource) cached = { resource, url: new URL(resource), verify: options.verify(resource) }
      return cached
    },
    pool: new McpServerPool(options),
    sessions: new McpSessions(options.sessions ?? MCP_SESSION_LIMITS, options.now),
  }
  app.addHook('onClose', () => endpoint.sessions.closeAll())
  const metadata = async () => protectedResourceMetadata(options.resource(), options)
  app.get(PROTECTED_RESOURCE_WELL_KNOWN, metadata)
  app.get(`${PROTECTED_RESOURCE_WELL_KNOWN}${MCP_PATH}`, async () => protectedResourceMetadata(`${options.resource()}${MCP_PATH}`, options))

  await app.register(async (scope) => {
    // The SDK wants the raw JSON-RPC text: parse errors become JSON-RPC errors, not the REST shape.
    scope.removeContentTypeParser('application/json')
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body))
    scope.post<{ Body: string }>(MCP_PATH, (request, reply) => handleMcpPost(request, reply, endpoint))
    scope.delete(MCP_PATH, (request, reply) => handleMcpDelete(request, reply, endpoint))
    // No server-initiated stream (Streamable HTTP §2.2.3): these servers never send a request or a notification of their own.
    scope.get(MCP_PATH, async (_request: FastifyRequest, reply: FastifyReply) => {
      void reply.header('allow', 'POST, DELETE')
      return rpcError(reply, 405, -32000, 'Method not allowed: this MCP server sends no server-initiated messages; POST JSON-RPC messages')
    })
  })
}

/**
 * A tool service's MCP server over its served tools: tokens must be minted by the fleet's
 * issuer for this service (audience = its public URL; a token asked for `<url>/mcp` gets it too).
 */
export async function toolMcp(app: FastifyInstance, config: ToolAppConfig, deps: ToolServiceDeps, name: string, tools: ServedTool[]): Promise<void> {
  const resource = canonicalUrl(config.HEIST_PUBLIC_URL)
  await mcpRoutes(app, {
    name,
    tools,
    resource: () => resource,
    authorizationServer: fleetIssuer(config),
    verify: (resource) => resourceVerifier({ env: config, resource, keys: deps.keys }),
  })
}

/**
 * Serve a tool service's tools the two ways the fleet calls them: each at its REST route and all
 * on the MCP server, behind this service's resource verifier. Every tool service's app is
 * `createServiceApp` + this + its own extra routes.
 */
export async function serveTools(app: FastifyInstance, config: ToolAppConfig, deps: ToolServiceDeps, name: string, tools: ServedTool[]): Promise<void> {
  await toolAuth(app, config, deps)
  for (const tool of tools) toolRoute(app, tool)
  await toolMcp(app, config, deps, name, tools)
}
