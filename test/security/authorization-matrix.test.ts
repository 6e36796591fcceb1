/**
 * Threat: a caller reaches an endpoint its credentials should not open (a service client acting
 * beyond its job, a token minted for one service used at another, an anonymous caller doing
 * work). The one table, `ENDPOINTS` in shared/src/access.ts, is walked whole against the real
 * fleet: every endpoint, called anonymously, with a token for another audience, with a token for
 * its own audience lacking the scope, and with the right credentials, answers as the table says.
 * A route a service serves that the table does not list (or the reverse) fails the test too.
 */
import { join } from 'node:path'
import { AgentsFile, COMMON_PUBLIC_PATHS, ENDPOINTS, RESOURCE_SERVERS, SERVICE_CLIENTS, loadYamlFiles, secretEnvName, type Access, type Endpoint } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { clientToken, ROOT } from '../support/fleet.js'
import { sharedFleet } from '../support/shared-fleet.js'

/** What an answer means for access control. */
type Outcome = 'unauthenticated' | 'forbidden' | 'admitted'
/** The callers every endpoint is tried with. */
type Caller = 'anonymous' | 'wrong-audience' | 'without-scope' | 'right' | 'operator'

/** The scopes of every client: service clients from the table, agents from `config/agents.yaml`. */
const CLIENT_SCOPES: Record<string, readonly string[]> = {
  ...SERVICE_CLIENTS,
  ...Object.fromEntries(loadYamlFiles(AgentsFile, [join(ROOT, 'config', 'agents.yaml')]).agents.map((a) => [a.name, a.scopes])),
}
const holderOf = (scope: string) => Object.keys(CLIENT_SCOPES).find((id) => CLIENT_SCOPES[id]?.includes(scope))
const lackerOf = (scope: string) => Object.keys(CLIENT_SCOPES).find((id) => !CLIENT_SCOPES[id]?.includes(scope))

/** What the table says each caller gets; absent when the caller does not apply to the rule. */
function expected(access: Access): Partial<Record<Caller, Outcome>> {
  switch (access.kind) {
    case 'public': return { anonymous: 'admitted' }
    case 'token': return { anonymous: 'unauthenticated', 'wrong-audience': 'unauthenticated', right: 'admitted', operator: 'unauthenticated' }
    case 'scope': return { anonymous: 'unauthenticated', 'wrong-audience': 'unauthenticated', 'without-scope': 'forbidden', right: 'admitted', operator: 'unauthenticated' }
    case 'operator': return { anonymous: 'unauthenticated', 'wrong-audience': 'unauthenticated', 'without-scope': 'unauthenticated', operator: 'admitted' }
    case 'scope-or-operator': return { anonymous: 'unauthenticated', 'wrong-audience': 'unauthenticated', 'without-scope': 'forbidden', right: 'admitted', operator: 'admitted' }
    case 'client': return { anonymous: 'unauthenticated', 'wrong-audience': 'unauthenticated', ...(access.scope ? { 'without-scope': 'forbidden' as const } : {}), right: 'admitted' }
  }
}

/** Sample values for path parameters: ids nothing holds, and a tool name its caller does not own. */
const SAMPLES: Record<string, string> = { session: 'matrix-none', id: 'matrix-none', session_id: 'matrix-none', name: 'query_db' }
const fill = (path: string) => path.replace(/:([a-z_]+)/g, (_, key: string) => SAMPLES[key] ?? 'x')

const fleet = sharedFleet()
const tokens = new Map<string, Promise<string>>()
/** A token for `clientId`, for the service `resource` (oauth's own audience when undefined), cached for the run. */
function token(clientId: string, resource?: string, scope?: string): Promise<string> {
  const key = `${clientId} ${resource ?? ''} ${scope ?? ''}`
  if (!tokens.has(key)) tokens.set(key, clientToken(fleet, clientId, { ...(resource && resource !== 'oauth' ? { resource } : {}), ...(scope ? { scope } : {}) }))
  return tokens.get(key) as Promise<string>
}

/** Credentials for an OAuth client endpoint (`kind: client`): Basic, or nothing. */
function basic(clientId: string, secret?: string): string {
  return `Basic ${Buffer.from(`${clientId}:${secret ?? fleet.env[secretEnvName(clientId)] ?? ''}`).toString('base64')}`
}

/** The `Authorization` header `caller` sends to `endpoint`; null when the caller does not apply. */
async function authorization(endpoint: Endpoint, caller: Caller): Promise<string | null | undefined> {
  const { access, service } = endpoint
  if (caller === 'anonymous') return undefined
  if (caller === 'operator') return `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}`
  if (access.kind === 'client') {
    if (caller === 'wrong-audience') return basic(access.scope ? (holderOf(access.scope) as string) : 'planner', 'not-the-secret')
    if (caller === 'without-scope') return basic(lackerOf(access.scope as string) as string)
    return basic(access.scope ? (holderOf(access.scope) as string) : 'planner')
  }
  const scope = access.kind === 'scope' || access.kind === 'scope-or-operator' ? access.scope : undefined
  // The right client: one holding the scope; for rules needing no scope, any client (the planner holds none).
  const right = scope ? holderOf(scope) : access.kind === 'operator' ? 'orchestrator' : 'planner'
  if (!right) throw new Error(`no client holds ${scope}`)
  // A real token of the right client, minted for another audience (oauth's own, or the dashboard's for oauth).
  if (caller === 'wrong-audience') return `Bearer ${await token(right, service === 'oauth' ? 'dashboard' : undefined)}`
  if (caller === 'without-scope') {
    // For an operator route: a valid token for this very service, which still is not the operator's.
    if (!RESOURCE_SERVERS.includes(service) && service !== 'oauth') return null
    return `Bearer ${await token(scope ? (lackerOf(scope) as string) : right, service)}`
  }
  return `Bearer ${await token(right, service)}`
}

/** A body no route accepts (so a right caller is admitted but nothing is started or stored). */
function requestBody(endpoint: Endpoint): { headers: Record<string, string>; body?: string } {
  if (endpoint.method === 'GET' || endpoint.method === 'DELETE' || endpoint.method === 'WS') return { headers: {} }
  if (endpoint.path === '/oauth/token') return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' }
  if (endpoint.path === '/oauth/introspect') return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=not-a-token' }
  if (endpoint.path === '/mcp') return { headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}' }
  return { headers: { 'content-type': 'application/json' }, body: '[]' }
}

/** A WebSocket upgrade's answer: 101 when it opened (closed again at once), else the HTTP status. */
function upgrade(url: string, auth: string | undefined): Promise<{ status: number; code?: string; challenge?: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: auth ? { authorization: auth } : {} })
    socket.once('open', () => { socket.close(); resolve({ status: 101 }) })
    socket.once('unexpected-response', (_request, response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => { text += String(chunk) })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, code: codeOf(text), challenge: response.headers['www-authenticate'] }))
    })
    socket.once('error', (error) => { if (socket.readyState !== WebSocket.CLOSED) reject(error) })
  })
}

/** The error code of a fleet error body (`{error:{code}}`) or an RFC 6749 one (`{error}`). */
function codeOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: string | { code?: string } }
    return typeof body.error === 'string' ? body.error : body.error?.code
  } catch {
    return undefined
  }
}

/** The codes that mean "not allowed" rather than a refusal of the request itself (a domain 403 such as TOOL_NOT_OWNER is admitted). */
const FORBIDDEN_CODES = new Set(['AUTH_INSUFFICIENT_SCOPE', 'unauthorized_client'])

async function call(endpoint: Endpoint, caller: Caller): Promise<{ outcome: Outcome; status: number; code?: string; challenge?: string } | null> {
  const auth = await authorization(endpoint, caller)
  if (auth === null) return null
  const url = `${fleet.urls[endpoint.service]}${fill(endpoint.path)}`
  let answer: { status: number; code?: string; challenge?: string }
  if (endpoint.method === 'WS') {
    answer = await upgrade(url.replace(/^http/, 'ws'), auth)
  } else {
    const { headers, body } = requestBody(endpoint)
    const response = await fetch(url, { method: endpoint.method, headers: { ...headers, ...(auth ? { authorization: auth } : {}) }, body, signal: AbortSignal.timeout(20_000) })
    answer = { status: response.status, code: codeOf(await response.text()), challenge: response.headers.get('www-authenticate') ?? undefined }
  }
  const outcome: Outcome = answer.status === 401 ? 'unauthenticated' : answer.status === 403 && FORBIDDEN_CODES.has(answer.code ?? '') ? 'forbidden' : 'admitted'
  return { outcome, ...answer }
}

describe('every endpoint of the access table answers every caller as the table says (real fleet)', () => {
  for (const endpoint of ENDPOINTS) {
    const cases = Object.entries(expected(endpoint.access)) as [Caller, Outcome][]
    it(`${endpoint.service} ${endpoint.method} ${endpoint.path} (${endpoint.access.kind})`, async () => {
      const seen: Record<string, string> = {}
      const want: Record<string, string> = {}
      for (const [caller, outcome] of cases) {
        const answer = await call(endpoint, caller)
        if (!answer) continue
        // Whatever the caller, a service never answers a 5xx to a request it refuses or admits.
        expect(answer.status, `${caller}: ${answer.status} ${answer.code ?? ''}`).toBeLessThan(500)
        // A 401 says how to authenticate (RFC 7235 §3.1, RFC 6750 §3).
        if (answer.status === 401) expect(answer.challenge, `${caller}: 401 without WWW-Authenticate`).toMatch(/^(Bearer|Basic) /)
        seen[caller] = `${answer.outcome} (${answer.status}${answer.code ? ` ${answer.code}` : ''})`
        want[caller] = answer.outcome === outcome ? seen[caller] : outcome
      }
      expect(seen).toEqual(want)
    })
  }
})

describe('the table lists every route the services serve', () => {
  const services = [...new Set(ENDPOINTS.map((x) => x.service))]
  for (const service of services) {
    it(`${service}: its OpenAPI document and the table name the same routes`, async () => {
      const document = await (await fetch(`${fleet.urls[service]}/openapi.json`)).json() as { paths: Record<string, Record<string, unknown>> }
      const served = Object.entries(document.paths)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{([a-z_]+)\}/g, ':$1')}`))
        .filter((route) => !COMMON_PUBLIC_PATHS.some((p) => route === `GET ${p}`))
      // WebSocket routes are hidden from OpenAPI (they are upgrades, not JSON endpoints).
      const listed = ENDPOINTS.filter((x) => x.service === service && x.method !== 'WS').map((x) => `${x.method} ${x.path}`)
      expect(served.sort()).toEqual(listed.sort())
    })
  }

  it('no service logged an error while the matrix ran (every refusal is a clear 4xx)', () => {
    expect(fleet.errors()).toEqual([])
  })
})
