/**
 * What a request costs the tool services, as a share of what the same Node and the project's
 * Fastify do for a bare POST. Starts, on 127.0.0.1 and free ports, a bare Fastify route (the
 * baseline), the real oauth app, and the real calculator and db-query apps (verifying tokens
 * against oauth's JWKS over HTTP), all in this process; loads each with `wrk` in its own process
 * (one thread, keep-alive); rounds interleave every row; medians are printed with each row's
 * ratio to the baseline of the same round, and the CPU the client and the server used, so a
 * reader can see that the server saturated and not the client.
 *
 *   node --conditions=heist-source --import tsx bench/auth-stack.ts [--rounds 5] [--duration 2] [--connections 32] [--log-level warn] [--only query_db]
 *
 * `--only TEXT` keeps the rows whose name contains TEXT (comma-separated for several), and the
 * baseline always: a cheap run while working on one row.
 *
 * `--base DIR` also runs the calculator (REST and MCP rows), the db-query app and the oauth app of another checkout (DIR, with its own
 * node_modules: say a copy of the repository at an older commit) beside this one, in the same process and rounds, as
 * rows marked "(base)", and prints this checkout's CPU per request against it: a before/after of a
 * change measured under the same load. Both tool apps verify the same tokens (same audience and
 * oauth); the base oauth has the same config and clients, its own in-memory key.
 *
 * Targets are judged on the median CPU ratio, printed with three decimals beside the verdict, so
 * 0.897 is "NOT met" in plain figures rather than a "0.90" that reads as met.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ALONE_CALLS, BASE, MCP_SESSION_ROW, MCP_STATELESS_ROW, report } from './support/auth-stack-report.js'
import { CALCULATOR_APP, LOG_LEVELS, startServers, type LogLevel } from './support/auth-stack-servers.js'
import { calculatorServerAlone, type ServerAlone } from './support/mcp-server-alone.js'
import { openMcpSession } from './support/mcp-session.js'
import { requireWrk, withChildrenCpuS, wrk, type HttpLoad, type LoadFigures } from './support/wrk.js'

const HARD_LIMIT_MS = 10 * 60_000

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i === -1 ? fallback : Number(process.argv[i + 1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
  return value
}

function logLevelArgument(fallback: LogLevel): LogLevel {
  const i = process.argv.indexOf('--log-level')
  const value = i === -1 ? fallback : process.argv[i + 1]
  const level = LOG_LEVELS.find((l) => l === value)
  if (!level) throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}`)
  return level
}

/** `--base DIR`: another checkout whose calculator and db-query run beside this one's, or undefined. */
function baseArgument(): string | undefined {
  const i = process.argv.indexOf('--base')
  if (i === -1) return undefined
  const dir = resolve(process.argv[i + 1] ?? '')
  if (!existsSync(join(dir, CALCULATOR_APP))) throw new Error(`--base ${dir}: no ${CALCULATOR_APP} there (give a checkout of this repository with its node_modules)`)
  return dir
}

const form = (authorization: string) => ({ 'content-type': 'application/x-www-form-urlencoded', authorization })
const json = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) })

/** `--only a,b`: the row names to keep (by substring), or undefined for all. */
function onlyArgument(): string[] | undefined {
  const i = process.argv.indexOf('--only')
  if (i === -1) return undefined
  const parts = (process.argv[i + 1] ?? '').split(',').map((p) => p.trim()).filter(Boolean)
  if (parts.length === 0) throw new Error('--only needs a row name (or part of one), say --only query_db')
  return parts
}

/** One request of each row before the rounds: a row answering an error would measure the error path. */
async function sanityCheck(load: HttpLoad, expect: string): Promise<void> {
  const body = load.uniqueId !== undefined ? load.body?.replace(load.uniqueId, 'sanity') : load.body
  const reply = await fetch(load.url, { method: load.method, headers: load.headers, ...(body !== undefined ? { body } : {}) })
  const text = await reply.text()
  if (reply.status !== 200 || !text.includes(expect)) throw new Error(`${load.name}: ${reply.status} ${text.slice(0, 300)}`)
}

async function main(): Promise<void> {
  requireWrk()
  const durationS = argument('duration', 2)
  const roundCount = argument('rounds', 5)
  const connections = argument('connections', 32)
  const logLevel = logLevelArgument('warn')
  const only = onlyArgument()
  const baseDir = baseArgument()
  const servers = await startServers(logLevel, baseDir)
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
  // query_db runs one query at a time per query process (two here), at most one of one client's
  // (the other stays free for other clients), and queues at most 4 per client (429 past that): one
  // client's 5 connections keep its process busy and its queue full without measuring refusals.
  const DB_CONNECTIONS = 5
  const dbBody = JSON.stringify({ query: "SELECT name, post FROM guards WHERE shift = 'night'" })
  const allRows: [HttpLoad, string, number?][] = [
    [{ name: 'bare Fastify POST', url: `${servers.bareUrl}/hello`, method: 'POST', headers: json(), body: calcBody }, 'world'],
    [{ name: 'calculator /health', url: `${servers.calculatorUrl}/health`, method: 'GET' }, '"ok"'],
    [{ name: 'calculator + JWT', url: `${servers.calculatorUrl}/tools/calculator`, method: 'POST', headers: json(calculatorToken), body: calcBody }, '2704'],
    ...(servers.baseCalculatorUrl === undefined ? [] : [
      [{ name: `calculator /health${BASE}`, url: `${servers.baseCalculatorUrl}/health`, method: 'GET' }, '"ok"'],
      [{ name: `calculator + JWT${BASE}`, url: `${servers.baseCalculatorUrl}/tools/calculator`, method: 'POST', headers: json(calculatorToken), body: calcBody }, '2704'],
    ] satisfies [HttpLoad, string][]),
    // The same call as an MCP tools/call, same token: in one session held by every connection (as
    // an MCP host or the orchestrator holds one), each request with its own JSON-RPC id; and
    // stateless (no initialize, no session: one POST, a JSON answer, as curl would).
    [{ name: MCP_SESSION_ROW, url: `${servers.calculatorUrl}/mcp`, method: 'POST', headers: { ...mcpHeaders, ...mcpSession }, body: mcpCall('ID'), uniqueId: 'ID' }, '= 2704'],
    [{ name: MCP_STATELESS_ROW, url: `${servers.calculatorUrl}/mcp`, method: 'POST', headers: mcpHeaders, body: mcpCall('1') }, '= 2704'],
    ...(servers.baseCalculatorUrl === undefined ? [] : [
      [{ name: `${MCP_SESSION_ROW}${BASE}`, url: `${servers.baseCalculatorUrl}/mcp`, method: 'POST', headers: { ...mcpHeaders, ...baseMcpSession }, body: mcpCall('ID'), uniqueId: 'ID' }, '= 2704'],
      [{ name: `${MCP_STATELESS_ROW}${BASE}`, url: `${servers.baseCalculatorUrl}/mcp`, method: 'POST', headers: mcpHeaders, body: mcpCall('1') }, '= 2704'],
    ] satisfies [HttpLoad, string][]),
    [{ name: 'token issuance', url: `${servers.oauthUrl}/oauth/token`, method: 'POST', headers: form(servers.basic('safecracker')), body: tokenBody }, 'access_token'],
    ...(servers.baseOAuthUrl === undefined ? [] : [
      [{ name: `token issuance${BASE}`, url: `${servers.baseOAuthUrl}/oauth/token`, method: 'POST', headers: form(servers.basic('safecracker')), body: tokenBody }, 'access_token'],
    ] satisfies [HttpLoad, string][]),
    [{ name: 'query_db 3 rows (5 c)', url: `${servers.dbQueryUrl}/tools/query_db`, method: 'POST', headers: json(dbToken), body: dbBody }, '(3 rows)', DB_CONNECTIONS],
    ...(servers.baseDbQueryUrl === undefined ? [] : [
      [{ name: `query_db 3 rows (5 c)${BASE}`, url: `${servers.baseDbQueryUrl}/tools/query_db`, method: 'POST', headers: json(dbToken), body: dbBody }, '(3 rows)', DB_CONNECTIONS],
    ] satisfies [HttpLoad, string, number][]),
  ]
  // The baseline (first) always runs: every ratio is to it.
  const rows = allRows.filter(([load], i) => i === 0 || only === undefined || only.some((part) => load.name.includes(part)))
  if (rows.length === 1) throw new Error(`--only ${only?.join(',')} matches no row; rows: ${allRows.map(([l]) => l.name).join(', ')}`)
  for (const [load, expect] of rows) await sanityCheck(load, expect)

  // With MCP rows: the SDK server alone (no HTTP) in each round too, this checkout's and the base's.
  const mcpRows = rows.some(([load]) => load.name.startsWith('MCP'))
  const alone: [string, ServerAlone][] = !mcpRows ? [] : [
    ['', await calculatorServerAlone(fileURLToPath(new URL('..', import.meta.url)))],
    ...(baseDir === undefined ? [] : [[BASE, await calculatorServerAlone(baseDir)] satisfies [string, ServerAlone]]),
  ]
  await wrk(rows[0]![0], { durationS: 1, connections }) // warm-up: JIT, connections, caches
  const queryProcessesCpu = withChildrenCpuS(/query-child/)
  // Interleaved rounds: a neighbour's burst of CPU hits every row of a round alike.
  const rounds: LoadFigures[][] = []
  const aloneUs = new Map<string, number[]>()
  for (let i = 0; i < roundCount; i++) {
    const round: LoadFigures[] = []
    for (const [load, , rowConnections] of rows) round.push(await wrk(load, { durationS, connections: rowConnections ?? connections }))
    // query_db again, with the query processes' CPU counted as the server's (they do its work).
    for (const [load, , rowConnections] of rows.filter(([l]) => l.name.startsWith('query_db'))) {
      const name = load.name.endsWith(BASE) ? `${load.name.slice(0, -BASE.length)} +qp${BASE}` : `${load.name} +qp`
      round.push({ ...(await wrk(load, { durationS, connections: rowConnections ?? connections }, queryProcessesCpu)), name })
    }
    for (const [suffix, server] of alone) aloneUs.set(suffix, [...(aloneUs.get(suffix) ?? []), await server.measure(ALONE_CALLS)])
    rounds.push(round)
  }
  await servers.close()
  await Promise.all(alone.map(([, server]) => server.close()))
  report(rounds, { durationS, connections, logLevel }, aloneUs)
}

setTimeout(() => {
  console.error(`auth-stack bench: gave up after ${HARD_LIMIT_MS / 1000} s`)
  process.exit(1)
}, HARD_LIMIT_MS).unref()
await main()
process.exit(0)
