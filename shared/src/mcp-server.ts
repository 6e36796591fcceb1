import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js'
import type { Principal, TokenVerifier } from './auth.js'
import { HeistError } from './errors.js'
import { authenticate, knownCaller, protectedResourceMetadata, resourceMetadataUrl, scopeChallenge } from './mcp-resource-auth.js'
import { toolRoute, type ServedTool } from './served-tool.js'
import { MCP_PATH, PROTECTED_RESOURCE_WELL_KNOWN } from './mcp-paths.js'
import { acceptRefusal, bodyRefusal, MCP_MAX_BATCH, parsePost, protocolVersionRefusal, type ParsedPost, type RpcRefusal } from './mcp-messages.js'
import { MCP_SESSION_LIMITS, McpSessions, type McpSessionLimits } from './mcp-sessions.js'
import { buildToolServer, McpServerPool, toolsFor, WrittenResult, type ToolSet } from './mcp-tool-server.js'
import { andThen } from './mcp-transport.js'
import { REPLY_CHECKS_DEFAULT } from './service-app.js'
import { canonicalUrl, fleetIssuer, resourceVerifier } from './resource.js'
import { toolAuth, type ToolAppConfig, type ToolServiceDeps } from './tool-service.js'

export { MCP_MAX_BATCH, MCP_PATH, PROTECTED_RESOURCE_WELL_KNOWN, protectedResourceMetadata, resourceMetadataUrl }

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
  /** Check each tool's reply against its output schema (`McpToolServerOptions.checkReplies`: in tests, not in service). */
  checkReplies?: boolean
}

/** A JSON-RPC error answer, for what is refused before the server sees the message. */
function rpcError(reply: FastifyReply, status: number, code: number, message: string, id: unknown = null): FastifyReply {
  return reply.code(status).type('application/json').send({ jsonrpc: '2.0', error: { code, message }, id })
}

const refused = (reply: FastifyReply, refusal: RpcRefusal) => rpcError(reply, refusal.status, refusal.code, refusal.message, refusal.id ?? null)

/** The request headers a server's handlers may read (`extra.requestInfo`): not the token, which is `authInfo`'s to carry. */
function requestInfo(headers: FastifyRequest['headers'], url: URL) {
  const { accept, 'content-type': contentType, 'mcp-protocol-version': version, 'mcp-session-id': session } = headers
  return { headers: { accept, 'content-type': contentType, 'mcp-protocol-version': version, 'mcp-session-id': session }, url }
}

/**
 * One answer's JSON text (a batch's: each of its answers). A tool's own result (`WrittenResult`, in
 * the `{result, jsonrpc, id}` the SDK's Protocol answers with) is written by the tool's compiled
 * serializer, the rest of the envelope around it; anything else by `JSON.stringify`. With `check` (tests: the REST rule) both
 * texts must be equal, byte for byte, or the POST is a 500 the test sees.
 */
function answerText(message: JSONRPCMessage, check: boolean): string {
  const { result, id } = message as { result?: unknown; id?: unknown }
  if (!(result instanceof WrittenResult)) return JSON.stringify(message)
  const text = `{"result":${result.write()},"jsonrpc":"2.0","id":${JSON.stringify(id)}}`
  if (check && text !== JSON.stringify(message)) throw new HeistError('MCP_ANSWER_TEXT', `the tool's serializer wrote ${text}, JSON.stringify ${JSON.stringify(message)}`, 500)
  return text
}

/**
 * A POST's answers: one message, a batch's array, or 202 and no body when it carried no request.
 * `sessionId` names the session an `initialize` opened (Streamable HTTP, session management: the
 * response containing the InitializeResult). Later answers in the session do not repeat it: the
 * spec asks it of clients' requests only, the SDK's client keeps the id it has when an answer
 * names none, and the header cost ~2 000 instructions per call (name lowered, value checked by
 * Node's header regex, written into the head).
 */
function answer(reply: FastifyReply, answers: JSONRPCMessage[], check: boolean, sessionId?: string): FastifyReply {
  if (answers.length === 0) return reply.code(202).send()
  if (sessionId !== undefined) void reply.header('mcp-session-id', sessionId)
  const [only] = answers
  // A batch's answers are each written as a single one is: a tool's result by its serializer (a key
  // off the contract dropped in service, a 500 under checks), not by JSON.stringify of the array.
  return reply.code(200).type('application/json').send(answers.length === 1 && only !== undefined ? answerText(only, check) : `[${answers.map((message) => answerText(message, check)).join(',')}]`)
}

/** What one MCP endpoint shares across requests. */
interface McpEndpoint {
  options: McpResourceOptions
  scopes: string[]
  /** Each tool's scope, by tool name. */
  scopeOf: Map<string, string>
  /** The resource identifier now, as a URL too, and its verifier: rebuilt only when the identifier changes. */
  current: () => { resource: string; url: URL; verify: TokenVerifier }
  pool: McpServerPool
  sessions: McpSessions
  /** Check each answer's text against `JSON.stringify` (`McpResourceOptions.checkReplies`). */
  check: boolean
}

/**
 * `POST /mcp` (Streamable HTTP, JSON answers). The token is checked on every request, session or
 * not; then the rules of the transport (`parsePost`, Accept, MCP-Protocol-Version); then three
 * ways in:
 * - with `Mcp-Session-Id`: the session's own server, if the session is this client's (any other
 *   answer is 404, as for an id that never existed);
 * - an `initialize` without one opens a session (the SDK client, the Inspector, LM Studio);
 * - anything else is answered statelessly (curl, one-shot clients), by a pooled server.
 *
 * Not an async function: a cached token and a tool that answers at once (the calculator,
 * read_file) are answered in the step that delivered the body, as REST's route answers; a token
 * not yet cached, a tool that answers later (query_db) or an `initialize` go through promises.
 */
function handleMcpPost(request: FastifyRequest<{ Body: string }>, reply: FastifyReply, endpoint: McpEndpoint): FastifyReply | Promise<FastifyReply> {
  const current = endpoint.current()
  // Fastify's `headers` is a getter: read once.
  const { headers } = request
  const known = knownCaller(headers.authorization, current.verify)
  if (known !== undefined) return servePost(request, headers, reply, endpoint, known, current)
  return authenticate(request, current.resource, current.verify, endpoint.scopes).then((principal) => servePost(request, headers, reply, endpoint, principal, current))
}

/** A POST from a verified caller (`handleMcpPost`). */
function servePost(
  request: FastifyRequest<{ Body: string }>,
  headers: FastifyRequest['headers'],
  reply: FastifyReply,
  endpoint: McpEndpoint,
  principal: Principal,
  { resource, url }: { resource: string; url: URL },
): FastifyReply | Promise<FastifyReply> {
  const { options, sessions } = endpoint
  const notAcceptable = acceptRefusal(headers.accept)
  if (notAcceptable) return refused(reply, notAcceptable)
  const post = parsePost(headers['content-type'], request.body)
  if (!post.ok) return refused(reply, post.refusal)
  for (const name of post.tools) {
    const scope = endpoint.scopeOf.get(name)
    if (scope !== undefined && !principal.scopes.includes(scope)) throw scopeChallenge(resource, scope, name)
  }
  const authInfo = { token: '', clientId: principal.clientId, scopes: principal.scopes, expiresAt: principal.claims.exp, resource: url }
  const extra = { authInfo, requestInfo: requestInfo(headers, url) }
  const toolSet = toolsFor(options, principal)
  const sessionId = headers['mcp-session-id']
  if (typeof sessionId === 'string') {
    const session = sessions.find(sessionId, principal.clientId, toolSet.key)
    if (session === undefined) return rpcError(reply, 404, -32001, 'Session not found: initialize a new session')
    if (post.initialize) return rpcError(reply, 400, -32600, 'Invalid Request: Server already initialized')
    const badVersion = protocolVersionRefusal(headers['mcp-protocol-version'])
    if (badVersion) return refused(reply, badVersion)
    return andThen(
      sessions.use(session, post.ids, () => session.transport.exchange(post.messages, extra)),
      (answered) => (answered.ok ? answer(reply, answered.value, endpoint.check) : rpcError(reply, 400, -32600, 'Invalid Request: a request with this id is already under way in this session')),
    )
  }
  if (post.initialize) return openSession(reply, endpoint, post, principal.clientId, toolSet, extra)
  const badVersion = protocolVersionRefusal(headers['mcp-protocol-version'])
  if (badVersion) return refused(reply, badVersion)
  return andThen(
    endpoint.pool.with(toolSet, ({ transport }) => transport.exchange(post.messages, extra)),
    (answers) => answer(reply, answers, endpoint.check),
  )
}

/** An `initialize` without a session id opens a session; registered only once it was answered without an error. */
async function openSession(reply: FastifyReply, endpoint: McpEndpoint, post: ParsedPost & { ok: true }, clientId: string, toolSet: ToolSet, extra: MessageExtraInfo): Promise<FastifyReply> {
  const { options, sessions } = endpoint
  const opened = await sessions.open(clientId, toolSet.key, buildToolServer(options, toolSet.tools))
  if (!opened.ok) {
    if (opened.status === 503) void reply.header('retry-after', '60')
    return rpcError(reply, opened.status, -32000, opened.message, post.ids[0] ?? null)
  }
  const answers = await opened.session.transport.exchange(post.messages, extra)
  // An initialize the server refused opened nothing worth keeping.
  if (answers.some((a) => 'error' in a)) {
    sessions.end(opened.session)
    return answer(reply, answers, endpoint.check)
  }
  sessions.register(opened.session)
  return answer(reply, answers, endpoint.check, opened.session.id)
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
  const badVersion = protocolVersionRefusal(request.headers['mcp-protocol-version'])
  if (badVersion) return refused(reply, badVersion)
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
    scopeOf: new Map(options.tools.map((t) => [t.definition.name, t.definition.scope])),
    current: () => {
      const resource = options.resource()
      if (cached?.resource !== resource) cached = { resource, url: new URL(resource), verify: options.verify(resource) }
      return cached
    },
    pool: new McpServerPool(options),
    sessions: new McpSessions(options.sessions ?? MCP_SESSION_LIMITS, options.now),
    check: options.checkReplies ?? REPLY_CHECKS_DEFAULT,
  }
  app.addHook('onClose', () => Promise.all([endpoint.sessions.closeAll(), endpoint.pool.closeAll()]))
  const metadata = async () => protectedResourceMetadata(options.resource(), options)
  app.get(PROTECTED_RESOURCE_WELL_KNOWN, metadata)
  app.get(`${PROTECTED_RESOURCE_WELL_KNOWN}${MCP_PATH}`, async () => protectedResourceMetadata(`${options.resource()}${MCP_PATH}`, options))

  await app.register(async (scope) => {
    // The raw JSON-RPC text: parse errors become JSON-RPC errors (-32700), not the REST shape.
    scope.removeContentTypeParser('application/json')
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body))
    scope.setErrorHandler((error, _request, reply) => {
      const refusal = bodyRefusal(error, app.initialConfig.bodyLimit ?? 1_048_576)
      if (refusal) return refused(reply, refusal)
      // Anything else (a token refused, a bug) goes up to the fleet's error handler.
      throw error
    })
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
