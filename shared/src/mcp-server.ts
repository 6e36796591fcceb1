import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { CallToolRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv'
import { bearerToken, type Principal, type TokenVerifier } from './auth.js'
import { HeistError, isHeistError } from './errors.js'
import { toolRoute, type ServedTool } from './served-tool.js'
import { MCP_PATH, PROTECTED_RESOURCE_WELL_KNOWN } from './mcp-paths.js'
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

/** Idle servers kept per tool set; more than this many at once are built and dropped. */
const MAX_IDLE_SERVERS = 16

/** A server holding `tools`; the caller of a `tools/call` is the request's `authInfo`, never the server's. */
function buildServer(options: McpResourceOptions, tools: ServedTool[]): McpServer {
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
  constructor(private readonly options: McpResourceOptions) {}

  /** Run `use` with a server holding exactly the tools `principal` may call. */
  async with<T>(principal: Principal, use: (server: McpServer) => Promise<T>): Promise<T> {
    const tools = this.options.tools.filter((tool) => principal.scopes.includes(tool.definition.scope))
    const key = tools.map((tool) => tool.definition.name).join('\n')
    const server = this.idle.get(key)?.pop() ?? buildServer(this.options, tools)
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

/** Headers the SDK transport reads, copied from the Fastify request. */
function webHeaders(request: FastifyRequest): Headers {
  const headers = new Headers()
  for (const name of ['content-type', 'accept', 'mcp-protocol-version', 'mcp-session-id']) {
    const value = request.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  return headers
}

async function handleMcpPost(request: FastifyRequest<{ Body: string }>, reply: FastifyReply, options: McpResourceOptions, verifier: () => TokenVerifier, pool: McpServerPool) {
  const resource = options.resource()
  const scopes = [...new Set(options.tools.map((t) => t.definition.scope))]
  const principal = await authenticate(request, resource, verifier(), scopes)
  let parsed: unknown
  try {
    parsed = JSON.parse(request.body)
  } catch {
    return rpcError(reply, 400, -32700, 'Parse error: the body is not JSON')
  }
  if (Array.isArray(parsed) && parsed.length > MCP_MAX_BATCH) return rpcError(reply, 400, -32600, `Invalid Request: a batch may hold at most ${MCP_MAX_BATCH} messages`)
  const calls = calledTools(parsed)
  if (!calls.ok) return rpcError(reply, Array.isArray(parsed) ? 400 : 200, -32602, calls.message, calls.id)
  for (const name of calls.names) {
    const tool = options.tools.find((t) => t.definition.name === name)
    if (tool && !principal.scopes.includes(tool.definition.scope)) throw scopeChallenge(resource, tool.definition.scope, name)
  }
  // Stateless: a fresh transport per request, JSON answers rather than an SSE stream.
  return pool.with(principal, async (server) => {
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
    await server.connect(transport)
    const response = await transport.handleRequest(new Request(resource, { method: 'POST', headers: webHeaders(request) }), {
      parsedBody: parsed,
      authInfo: { token: '', clientId: principal.clientId, scopes: principal.scopes, expiresAt: principal.claims.exp, resource: new URL(resource) },
    })
    const body = await response.text()
    response.headers.forEach((value, name) => void reply.header(name, value))
    return reply.code(response.status).send(body === '' ? undefined : body)
  })
}

/**
 * Make a tool service an MCP server and an OAuth protected resource: `POST /mcp`
 * (Streamable HTTP, stateless) and RFC 9728 metadata at both well-known paths.
 *
 * The root document names the service, the resource its tokens are for (REST and /mcp alike).
 * The `/mcp`-suffixed document names `<url>/mcp`: RFC 9728 §3.3 has a client reject a document
 * whose `resource` is not the identifier its location was built from. A token asked for
 * `<url>/mcp` is minted for the service that path belongs to (oauth's resources), so both
 * discovery routes end in a token this server accepts.
 */
export async function mcpRoutes(app: FastifyInstance, options: McpResourceOptions): Promise<void> {
  let cached: { resource: string; verify: TokenVerifier } | undefined
  const verifier = () => {
    const resource = options.resource()
    if (cached?.resource !== resource) cached = { resource, verify: options.verify(resource) }
    return cached.verify
  }
  const pool = new McpServerPool(options)
  const metadata = async () => protectedResourceMetadata(options.resource(), options)
  app.get(PROTECTED_RESOURCE_WELL_KNOWN, metadata)
  app.get(`${PROTECTED_RESOURCE_WELL_KNOWN}${MCP_PATH}`, async () => protectedResourceMetadata(`${options.resource()}${MCP_PATH}`, options))

  await app.register(async (scope) => {
    // The SDK wants the raw JSON-RPC text: parse errors become JSON-RPC errors, not the REST shape.
    scope.removeContentTypeParser('application/json')
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body))
    scope.post<{ Body: string }>(MCP_PATH, (request, reply) => handleMcpPost(request, reply, options, verifier, pool))
    // Stateless server: no server-initiated stream and no session to delete (Streamable HTTP §2.2, §2.5).
    const notAllowed = async (_request: FastifyRequest, reply: FastifyReply) => {
      void reply.header('allow', 'POST')
      return rpcError(reply, 405, -32000, 'Method not allowed: this MCP server is stateless; POST JSON-RPC messages')
    }
    scope.get(MCP_PATH, notAllowed)
    scope.delete(MCP_PATH, notAllowed)
  })
}

/**
 * A tool service's MCP server over its served tools: tokens must be minted by the fleet's
 * issuer for this service (audience = its public URL; a token asked for `<url>/mcp` gets it too).
 */
export async function toolMcp(app: FastifyInstance, config: ToolAppConfig, deps: ToolServiceDeps, name: string, tools: ServedTool[]): Promise<void> {
  await mcpRoutes(app, {
    name,
    tools,
    resource: () => canonicalUrl(config.HEIST_PUBLIC_URL),
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
