import { SCOPES } from './contracts/oauth.js'

/**
 * Who may do what in the fleet, as one table: client → scopes (here for the service clients;
 * agents' tool scopes come from `config/agents.yaml`) and scope → endpoints ({@link ENDPOINTS}).
 * The oauth service grants from it, the tool registry binds names to owners from it, and
 * `test/security/authorization-matrix.test.ts` walks every client against every endpoint of the
 * running fleet and checks the answer is the one this table gives. Change a route's guard and
 * not the table (or the reverse) and that test fails.
 */

/** OAuth clients that are services, with their scopes: each holds only what its job needs. */
export const SERVICE_CLIENTS: Readonly<Record<string, readonly string[]>> = {
  // Tool services register their own tools; as resource servers they may introspect (RFC 7662).
  calculator: [SCOPES.toolsRegister, SCOPES.introspect],
  'file-reader': [SCOPES.toolsRegister, SCOPES.introspect],
  'db-query': [SCOPES.toolsRegister, SCOPES.introspect],
  // The dashboard asks the detection service to score a session for the operator.
  dashboard: [SCOPES.detectionRun],
  // The detector reads transcripts and stores its results; it never publishes session events.
  detection: [SCOPES.sessionsRead, SCOPES.detectionsWrite],
  // Only the orchestrator publishes events and takes operator commands (`events:publish`).
  orchestrator: [SCOPES.memoryRead, SCOPES.memoryWrite, SCOPES.eventsPublish],
}

/** How an endpoint admits a caller. */
export type Access =
  /** Anyone who can reach the service. */
  | { kind: 'public' }
  /** Any valid access token for this service (its own audience), whatever its scopes. */
  | { kind: 'token' }
  /** A valid access token for this service carrying `scope`. */
  | { kind: 'scope'; scope: string }
  /** The operator token (`HEIST_OPERATOR_TOKEN`). */
  | { kind: 'operator' }
  /** Either of the two above. */
  | { kind: 'scope-or-operator'; scope: string }
  /** OAuth client credentials (Basic or body); with `scope`, only clients whose set holds it. */
  | { kind: 'client'; scope?: string }

export interface Endpoint {
  service: string
  /** `WS` is a WebSocket upgrade (a GET). */
  method: 'GET' | 'POST' | 'DELETE' | 'WS'
  /** Fastify route path; `:param` segments are filled with a sample value by the matrix test. */
  path: string
  access: Access
}

const pub = { kind: 'public' } as const
const scope = (s: string) => ({ kind: 'scope', scope: s }) as const
const operator = { kind: 'operator' } as const
const e = (service: string, method: Endpoint['method'], path: string, access: Access): Endpoint => ({ service, method, path, access })

/** Every HTTP and WebSocket endpoint of the fleet (llm-sim aside: it holds nothing) and who may use it. */
export const ENDPOINTS: readonly Endpoint[] = [
  e('oauth', 'POST', '/oauth/token', { kind: 'client' }),
  e('oauth', 'POST', '/oauth/introspect', { kind: 'client', scope: SCOPES.introspect }),
  e('oauth', 'GET', '/.well-known/jwks.json', pub),
  e('oauth', 'GET', '/.well-known/oauth-authorization-server', pub),
  e('oauth', 'GET', '/tools', { kind: 'token' }),
  e('oauth', 'POST', '/tools', scope(SCOPES.toolsRegister)),
  e('oauth', 'DELETE', '/tools/:name', scope(SCOPES.toolsRegister)),

  e('calculator', 'POST', '/tools/calculator', scope(SCOPES.calculator)),
  e('file-reader', 'POST', '/tools/read_file', scope(SCOPES.fileReader)),
  e('file-reader', 'GET', '/tools/files', scope(SCOPES.fileReader)),
  e('db-query', 'POST', '/tools/query_db', scope(SCOPES.databaseQuery)),
  e('db-query', 'GET', '/tools/schema', scope(SCOPES.databaseQuery)),

  ...['calculator', 'file-reader', 'db-query'].flatMap((service) => [
    // RFC 9728 metadata, so an MCP client can find the authorization server before it has a token.
    e(service, 'GET', '/.well-known/oauth-protected-resource', pub),
    e(service, 'GET', '/.well-known/oauth-protected-resource/mcp', pub),
    // Any token for this service: `tools/list` shows only what its scopes allow, `tools/call`
    // checks the tool's scope (403 insufficient_scope) before it runs.
    e(service, 'POST', '/mcp', { kind: 'token' }),
    // No server-initiated stream to open: 405 for everyone.
    e(service, 'GET', '/mcp', pub),
    // Ends the caller's own MCP session (404 for anyone else's; 405 without a session id).
    e(service, 'DELETE', '/mcp', { kind: 'token' }),
  ]),

  e('memory', 'POST', '/memory/:session/messages', scope(SCOPES.memoryWrite)),
  e('memory', 'DELETE', '/memory/:session', scope(SCOPES.memoryWrite)),
  e('memory', 'GET', '/memory/:session/context', scope(SCOPES.memoryRead)),
  e('memory', 'GET', '/memory/:session/stats', scope(SCOPES.memoryRead)),

  e('dashboard', 'GET', '/api/sessions', pub),
  e('dashboard', 'GET', '/api/sessions/:id', pub),
  e('dashboard', 'GET', '/api/sessions/:id/events', pub),
  e('dashboard', 'GET', '/api/sessions/:id/analytics', pub),
  e('dashboard', 'GET', '/api/sessions/:id/game', pub),
  e('dashboard', 'GET', '/api/sessions/:id/detections/latest', pub),
  e('dashboard', 'GET', '/api/analytics/overview', pub),
  e('dashboard', 'GET', '/api/game/scoreboard', pub),
  e('dashboard', 'GET', '/api/agents', pub),
  e('dashboard', 'GET', '/api/profiles', pub),
  e('dashboard', 'GET', '/api/search', pub),
  e('dashboard', 'GET', '/api/sessions/compare', pub),
  // Public events only; the mole is in the export only after the reveal, as in /game.
  e('dashboard', 'GET', '/api/sessions/:id/export.jsonl', pub),
  e('dashboard', 'GET', '/api/sessions/:id/export.md', pub),
  e('dashboard', 'GET', '/api/operator', operator),
  e('dashboard', 'WS', '/ws', pub),
  e('dashboard', 'GET', '/api/sessions/:id/transcript', { kind: 'scope-or-operator', scope: SCOPES.sessionsRead }),
  e('dashboard', 'POST', '/api/sessions/:id/detections', scope(SCOPES.detectionsWrite)),
  e('dashboard', 'WS', '/ws/orchestrator', scope(SCOPES.eventsPublish)),
  e('dashboard', 'POST', '/api/sessions', operator),
  e('dashboard', 'POST', '/api/sessions/:id/pause', operator),
  e('dashboard', 'POST', '/api/sessions/:id/resume', operator),
  e('dashboard', 'POST', '/api/sessions/:id/stop', operator),
  e('dashboard', 'POST', '/api/sessions/:id/orders', operator),
  // A late answer to the operator's command (an order's id, a refusal's reason): the operator's, as the command.
  e('dashboard', 'GET', '/api/commands/:command_id', operator),
  e('dashboard', 'POST', '/api/sessions/:id/detect', operator),
  e('dashboard', 'POST', '/api/sessions/:id/guess', operator),
  e('dashboard', 'POST', '/api/sessions/:id/evaluate', operator),
  e('dashboard', 'POST', '/api/sessions/:id/reveal', operator),

  e('detection', 'POST', '/detect', { kind: 'scope-or-operator', scope: SCOPES.detectionRun }),
  e('detection', 'GET', '/detect/:session_id', pub),
  e('detection', 'GET', '/info', pub),

  e('orchestrator', 'GET', '/sessions', operator),
  e('orchestrator', 'POST', '/sessions', operator),
  e('orchestrator', 'GET', '/sessions/:id', operator),
  e('orchestrator', 'POST', '/sessions/:id/pause', operator),
  e('orchestrator', 'POST', '/sessions/:id/resume', operator),
  e('orchestrator', 'POST', '/sessions/:id/stop', operator),
  e('orchestrator', 'POST', '/sessions/:id/orders', operator),
  e('orchestrator', 'GET', '/sessions/:id/reveal', operator),
  e('orchestrator', 'GET', '/sessions/:id/events', operator),
]

/** Served by every service (the service kit) to anyone: liveness and the OpenAPI document. */
export const COMMON_PUBLIC_PATHS: readonly string[] = ['/health', '/openapi.json']

/** The scope a bearer token must carry for `access`, if it is a bearer-token rule with one. */
function bearerScope(access: Access): string | undefined {
  return access.kind === 'scope' || access.kind === 'scope-or-operator' ? access.scope : undefined
}

/** Services that verify fleet access tokens: each is an OAuth resource server with its own audience. */
export const RESOURCE_SERVERS: readonly string[] = [
  ...new Set(ENDPOINTS.filter((x) => x.access.kind === 'token' || bearerScope(x.access) !== undefined).map((x) => x.service)),
]

/** The scopes some endpoint of `service` accepts; a token minted for it carries no others. */
export function scopesUsedBy(service: string): string[] {
  return [...new Set(ENDPOINTS.flatMap((x) => (x.service === service ? [bearerScope(x.access)].filter((s) => s !== undefined) : [])))]
}

/** A tool name bound to the one client that may register it, and the scope a caller needs. */
export interface ToolOwnership {
  owner: string
  scope: string
}

/**
 * The tool registry's configuration: which client may register which tool name. The required
 * scope comes from here, not from the registration, and the tool's URL must be on the owner's
 * configured origin (`HEIST_<OWNER>_URL`). A name not listed here cannot be registered.
 */
export const TOOL_OWNERS: Readonly<Record<string, ToolOwnership>> = {
  calculator: { owner: 'calculator', scope: SCOPES.calculator },
  read_file: { owner: 'file-reader', scope: SCOPES.fileReader },
  query_db: { owner: 'db-query', scope: SCOPES.databaseQuery },
}
