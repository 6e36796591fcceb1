/**
 * The rows bench/auth-stack.ts loads, one request shape each, with the text a right answer holds:
 * built from the servers of `startServers` (tokens from its oauth), so the wrk rounds and the
 * instruction counts (bench/support/instructions.ts, in a process of their own) load the same
 * requests.
 */
import { BASE, MCP_SESSION_ROW, MCP_STATELESS_ROW, REST_ROW } from './auth-stack-report.js'
import type { startServers } from './auth-stack-servers.js'
import { openMcpSession } from './mcp-session.js'
import type { HttpLoad } from './wrk.js'

/** The control row's name: the bare POST plus `us` µs of CPU (`auth-stack --control`). */
export const controlRowName = (us: number) => `control: bare POST + ${us} µs loop`

/** A request to repeat, the text its answer must hold, and its own connection count (else the run's). */
export type BenchRow = [HttpLoad, string, number?]

const form = (authorization: string) => ({ 'content-type': 'application/x-www-form-urlencoded', authorization })
const json = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) })

/** One request of each row before the rounds: a row answering an error would measure the error path. */
export async function sanityCheck(load: HttpLoad, expect: string): Promise<void> {
  const body = load.uniqueId !== undefined ? load.body?.replace(load.uniqueId, '0') : load.body
  const reply = await fetch(load.url, { method: load.method, headers: load.headers, ...(body !== undefined ? { body } : {}) })
  const text = await reply.text()
  if (reply.status !== 200 || !text.includes(expect)) throw new Error(`${load.name}: ${reply.status} ${text.slice(0, 300)}`)
}

/**
 * After a row's run, for a row whose server queues per client (`countStatuses`: query_db): one more
 * request of the same client, retried on 429, before the next row starts. wrk stops with a request
 * in flight on every connection, and the service still runs those (up to 1 running + 4 waiting of
 * the client); the next row's wrk, same client, would otherwise find them queued and could be
 * refused by the per-client cap at its first requests if the service lagged wrk's start (a loaded
 * host). The client's queries run in order, so this one answers after all of them.
 */
export async function settle(load: HttpLoad): Promise<void> {
  if (!load.countStatuses) return
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const reply = await fetch(load.url, { method: load.method, headers: load.headers, ...(load.body !== undefined ? { body: load.body } : {}) })
    await reply.arrayBuffer()
    if (reply.status !== 429) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${load.name}: still refused (429) a second after the row's run`)
}

/** Every row, the baseline (a bare Fastify POST) first: every ratio is to it. */
export async function benchRows(servers: Awaited<ReturnType<typeof startServers>>): Promise<BenchRow[]> {
  const token = async (client: string, scope: string, resource: string) => {
    const reply = await fetch(`${servers.oauthUrl}/oauth/token`, { method: 'POST', headers: form(servers.basic(client)), body: new URLSearchParams({ grant_type: 'client_credentials', scope, resource }).toString() })
    return ((await reply.json()) as { access_token: string }).access_token
  }
  const calculatorToken = await token('safecracker', 'calculator:use', servers.calculatorUrl)
  const dbToken = await token('intel', 'database_query:use', servers.dbQueryUrl)
  const tokenBody = new URLSearchParams({ grant_type: 'client_credentials', scope: 'calculator:use', resource: servers.calculatorUrl }).toString()
  const calcBody = JSON.stringify({ expression: '45 * 60 + max(3, 4)' })
  const mcpCall = (id: string) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'calculator', arguments: { expression: '45 * 60 + max(3, 4)' } } })
  const mcpHeaders = { ...json(calculatorToken), accept: 'application/json, text/event-stream' }
  const mcpSession = await openMcpSession(`${servers.calculatorUrl}/mcp`, mcpHeaders)
  const baseMcpSession = servers.baseCalculatorUrl === undefined ? undefined : await openMcpSession(`${servers.baseCalculatorUrl}/mcp`, mcpHeaders)
  // query_db runs one query at a time per query process (two here), at most one process per client
  // (the other stays free for other clients), and refuses a client's query with 429 when 4 of its
  // queries wait in the queue already. 5 connections is the most that never trips that cap: a new
  // request arrives only when one of the 5 was answered (at most 4 in flight), and while any of the
  // client's queries waits one is handed to its process (the runner hands the next before the
  // answer goes out), so at most 3 wait. 6 would trip it whenever the one behind the running
  // query is not handed early (a query that took over 5 ms last time is not): 1 handed + 5 waiting.
  // Fewer would let the process idle while wrk turns a reply round. Between rows `settle` waits
  // out the requests wrk left in flight.
  const DB_CONNECTIONS = 5
  const dbBody = JSON.stringify({ query: "SELECT name, post FROM guards WHERE shift = 'night'" })
  return [
    [{ name: 'bare Fastify POST', url: `${servers.bareUrl}/hello`, method: 'POST', headers: json(), body: calcBody }, 'world'],
    // `--control US`: the bare POST plus US µs of pure CPU in its handler (bench/support/cpu-loop.ts).
    ...(servers.controlUrl === undefined ? [] : [
      [{ name: controlRowName(servers.controlUs), url: `${servers.controlUrl}/hello`, method: 'POST', headers: json(), body: calcBody }, 'world'],
    ] satisfies [HttpLoad, string][]),
    [{ name: 'calculator /health', url: `${servers.calculatorUrl}/health`, method: 'GET' }, '"ok"'],
    [{ name: REST_ROW, url: `${servers.calculatorUrl}/tools/calculator`, method: 'POST', headers: json(calculatorToken), body: calcBody }, '2704'],
    ...(servers.baseCalculatorUrl === undefined ? [] : [
      [{ name: `calculator /health${BASE}`, url: `${servers.baseCalculatorUrl}/health`, method: 'GET' }, '"ok"'],
      [{ name: `${REST_ROW}${BASE}`, url: `${servers.baseCalculatorUrl}/tools/calculator`, method: 'POST', headers: json(calculatorToken), body: calcBody }, '2704'],
    ] satisfies [HttpLoad, string][]),
    // The same call as an MCP tools/call, same token: in one session held by every connection (as
    // an MCP host or the orchestrator holds one), each request with its own JSON-RPC id, a number as
    // the SDK's Client sends (string ids until 2026-12-03: the same instructions per call); and
    // stateless (no initialize, no session: one POST, a JSON answer, as curl would).
    [{ name: MCP_SESSION_ROW, url: `${servers.calculatorUrl}/mcp`, method: 'POST', headers: { ...mcpHeaders, ...mcpSession }, body: mcpCall('ID'), uniqueId: '"ID"' }, '= 2704'],
    [{ name: MCP_STATELESS_ROW, url: `${servers.calculatorUrl}/mcp`, method: 'POST', headers: mcpHeaders, body: mcpCall('1') }, '= 2704'],
    ...(servers.baseCalculatorUrl === undefined ? [] : [
      [{ name: `${MCP_SESSION_ROW}${BASE}`, url: `${servers.baseCalculatorUrl}/mcp`, method: 'POST', headers: { ...mcpHeaders, ...baseMcpSession }, body: mcpCall('ID'), uniqueId: '"ID"' }, '= 2704'],
      [{ name: `${MCP_STATELESS_ROW}${BASE}`, url: `${servers.baseCalculatorUrl}/mcp`, method: 'POST', headers: mcpHeaders, body: mcpCall('1') }, '= 2704'],
    ] satisfies [HttpLoad, string][]),
    [{ name: 'token issuance', url: `${servers.oauthUrl}/oauth/token`, method: 'POST', headers: form(servers.basic('safecracker')), body: tokenBody }, 'access_token'],
    ...(servers.baseOAuthUrl === undefined ? [] : [
      [{ name: `token issuance${BASE}`, url: `${servers.baseOAuthUrl}/oauth/token`, method: 'POST', headers: form(servers.basic('safecracker')), body: tokenBody }, 'access_token'],
    ] satisfies [HttpLoad, string][]),
    [{ name: 'query_db 3 rows (5 c)', url: `${servers.dbQueryUrl}/tools/query_db`, method: 'POST', headers: json(dbToken), body: dbBody, countStatuses: true }, '(3 rows)', DB_CONNECTIONS],
    ...(servers.baseDbQueryUrl === undefined ? [] : [
      [{ name: `query_db 3 rows (5 c)${BASE}`, url: `${servers.baseDbQueryUrl}/tools/query_db`, method: 'POST', headers: json(dbToken), body: dbBody, countStatuses: true }, '(3 rows)', DB_CONNECTIONS],
    ] satisfies [HttpLoad, string, number][]),
  ]
}
