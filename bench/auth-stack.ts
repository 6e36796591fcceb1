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
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { calculatorServerAlone, type ServerAlone } from './support/mcp-server-alone.js'
import { openMcpSession } from './support/mcp-session.js'
import { median, requireWrk, withChildrenCpuS, wrk, type HttpLoad, type LoadFigures } from './support/wrk.js'

const HARD_LIMIT_MS = 10 * 60_000

/** The part of Fastify the baseline uses (bench/ has no Fastify of its own to type it with). */
type BareFastify = (options: { logger: boolean }) => {
  post(path: string, handler: () => Promise<unknown>): void
  listen(options: { host: string; port: number }): Promise<string>
  close(): Promise<void>
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i === -1 ? fallback : Number(process.argv[i + 1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
  return value
}

const LOG_LEVELS = ['error', 'info', 'debug', 'fatal', 'warn', 'trace', 'silent'] as const
type LogLevel = (typeof LOG_LEVELS)[number]

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
const CALCULATOR_APP = 'services/calculator/src/app.ts'
const BASE = ' (base)'

/** The other checkout's oauth app, built from its own modules (registry and key types may differ between checkouts). */
async function startBaseOAuth(baseDir: string, config: unknown, secrets: Record<string, string>) {
  type OAuthModules = typeof import('../services/oauth/src/app.js') & typeof import('../services/oauth/src/clients.js') & typeof import('../services/oauth/src/signing-key.js')
  const load = async (file: string) => (await import(pathToFileURL(join(baseDir, 'services/oauth/src', file)).href)) as OAuthModules
  const { buildApp } = await load('app.ts')
  const { clientDefinitions, createClientRegistry } = await load('clients.ts')
  const { generateSigningKey } = await load('signing-key.ts')
  const { AgentsFile, loadYamlFiles } = await import('@heist/shared')
  const definitions = clientDefinitions(loadYamlFiles(AgentsFile, [fileURLToPath(new URL('../config/agents.yaml', import.meta.url))]).agents)
  return buildApp({ config: config as Parameters<OAuthModules['buildApp']>[0]['config'], deps: { clients: createClientRegistry(definitions, secrets), signingKey: await generateSigningKey() } })
}

async function startServers(logLevel: LogLevel, baseDir: string | undefined) {
  // Services resolve their own dependencies; the bare baseline borrows oauth's Fastify.
  const Fastify = createRequire(new URL('../services/oauth/package.json', import.meta.url))('fastify') as BareFastify
  const { AgentsFile, loadYamlFiles, secretEnvName } = await import('@heist/shared')
  const { buildApp: buildOAuth } = await import('../services/oauth/src/app.js')
  const { clientDefinitions, createClientRegistry } = await import('../services/oauth/src/clients.js')
  const { OAuthEnv } = await import('../services/oauth/src/env.js')
  const { generateSigningKey } = await import('../services/oauth/src/signing-key.js')
  const { buildApp: buildCalculator } = await import('../services/calculator/src/app.js')
  const { buildApp: buildDbQuery } = await import('../services/db-query/src/app.js')
  const { DEFAULT_SQL_FILE } = await import('../services/db-query/src/env.js')

  const bare = Fastify({ logger: false })
  bare.post('/hello', async () => ({ hello: 'world' }))
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 })

  const definitions = clientDefinitions(loadYamlFiles(AgentsFile, [fileURLToPath(new URL('../config/agents.yaml', import.meta.url))]).agents)
  const secrets = Object.fromEntries(definitions.map((d) => [secretEnvName(d.id), randomBytes(24).toString('base64url')]))
  // Ports first: each side must know the other's URL (issuer, each tool's resource) before it starts.
  const { freePorts } = await import('../scripts/launch/ports.js')
  const [oauthPort = 0, calculatorPort = 0, dbQueryPort = 0] = await freePorts(3)
  const oauthUrl = `http://127.0.0.1:${oauthPort}`
  const calculatorUrl = `http://127.0.0.1:${calculatorPort}`
  const dbQueryUrl = `http://127.0.0.1:${dbQueryPort}`
  const oauthConfig = OAuthEnv.parse({ LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_CALCULATOR_URL: calculatorUrl, HEIST_DB_QUERY_URL: dbQueryUrl })
  const oauth = await buildOAuth({ config: oauthConfig, deps: { clients: createClientRegistry(definitions, secrets), signingKey: await generateSigningKey() } })
  await oauth.listen({ host: '127.0.0.1', port: oauthPort })

  const calculator = await buildCalculator({ config: { LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: calculatorUrl } })
  await calculator.listen({ host: '127.0.0.1', port: calculatorPort })
  const dbQueryConfig = { LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: dbQueryUrl, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 1_000, HEIST_QUERY_MAX_ROWS: 200, HEIST_QUERY_PROCESSES: 2 }
  const dbQuery = await buildDbQuery({ config: dbQueryConfig })
  await dbQuery.listen({ host: '127.0.0.1', port: dbQueryPort })
  // The other checkout's calculator, same config: the same resource URL is its audience, so the same tokens pass.
  const baseCalculator = baseDir === undefined ? undefined
    : await ((await import(pathToFileURL(join(baseDir, CALCULATOR_APP)).href)) as { buildApp: typeof buildCalculator }).buildApp({ config: { LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: calculatorUrl } })
  const baseCalculatorUrl = baseCalculator ? await baseCalculator.listen({ host: '127.0.0.1', port: 0 }) : undefined
  const baseDbQuery = baseDir === undefined ? undefined
    : await ((await import(pathToFileURL(join(baseDir, 'services/db-query/src/app.ts')).href)) as { buildApp: typeof buildDbQuery }).buildApp({ config: dbQueryConfig })
  const baseDbQueryUrl = baseDbQuery ? await baseDbQuery.listen({ host: '127.0.0.1', port: 0 }) : undefined
  const baseOAuth = baseDir === undefined ? undefined : await startBaseOAuth(baseDir, oauthConfig, secrets)
  const baseOAuthUrl = baseOAuth ? await baseOAuth.listen({ host: '127.0.0.1', port: 0 }) : undefined

  const basic = (client: string) => `Basic ${Buffer.from(`${client}:${secrets[secretEnvName(client)]}`).toString('base64')}`
  const close = () => Promise.all([bare.close(), oauth.close(), calculator.close(), dbQuery.close(), baseCalculator?.close(), baseDbQuery?.close(), baseOAuth?.close()])
  return { bareUrl, oauthUrl, calculatorUrl, dbQueryUrl, baseCalculatorUrl, baseDbQueryUrl, baseOAuthUrl, basic, close }
}

const form = (authorization: string) => ({ 'content-type': 'application/x-www-form-urlencoded', authorization })
const json = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) })

const MCP_SESSION_ROW = 'MCP tools/call, session'
const MCP_STATELESS_ROW = 'MCP tools/call, no session'

/** One request of each row before the rounds: a row answering an error would measure the error path. */
/** `--only a,b`: the row names to keep (by substring), or undefined for all. */
function onlyArgument(): string[] | undefined {
  const i = process.argv.indexOf('--only')
  if (i === -1) return undefined
  const parts = (process.argv[i + 1] ?? '').split(',').map((p) => p.trim()).filter(Boolean)
  if (parts.length === 0) throw new Error('--only needs a row name (or part of one), say --only query_db')
  return parts
}

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

/** Targets of issue 16, as ratios to the baseline of the same round (the MCP one to the REST call). */
const TARGETS: Record<string, number> = { 'calculator /health': 0.9, 'calculator + JWT': 0.7, 'token issuance': 0.3, 'query_db 3 rows (5 c)': 0.3, 'query_db 3 rows (5 c) +qp': 0.3 }
const MCP_OVER_REST_TARGET = 0.8

/** Server CPU time per answered request, in µs: steadier than req/s when neighbours take CPU. */
const cpuPerRequestUs = (r: LoadFigures | undefined) => (r ? (r.serverCpu * 1e6) / r.rps : Number.NaN)

/** wrk's CPU above this share of a core: the client, not the server, may set the row's rate. */
const CLIENT_BOUND_CPU = 0.9

/** Sequential `tools/call`s of the SDK server alone per round (a few tenths of a second of CPU). */
const ALONE_CALLS = 3000

function report(rounds: LoadFigures[][], run: { durationS: number; connections: number; logLevel: string }, aloneUs: Map<string, number[]>): void {
  const names = rounds[0]?.map((r) => r.name) ?? []
  const row = (round: LoadFigures[], name: string) => round.find((r) => r.name === name)
  const baseline = names[0] ?? ''
  const rateRatios = (name: string, to = baseline) => rounds.map((round) => (row(round, name)?.rps ?? 0) / (row(round, to)?.rps ?? Number.NaN))
  const cpuRatios = (name: string, to = baseline) => rounds.map((round) => cpuPerRequestUs(row(round, to)) / cpuPerRequestUs(row(round, name)))
  const perRound = (ratios: number[]) => `${median(ratios).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`
  console.log(`auth-stack bench: wrk, 1 thread, ${run.connections} keep-alive connections, ${run.durationS} s per row, ${rounds.length} interleaved rounds; ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; services log at ${run.logLevel}`)
  console.log('CPU = CPU seconds per wall second (1.00 = one core): the client is not the bottleneck while its CPU stays well under the server\'s.')
  console.log('rate ratio = req/s over the baseline\'s in the same round; CPU ratio = the baseline\'s server CPU per request over the row\'s (what the rate ratio would be on an idle core). Medians, then each round.')
  console.log('Targets are judged on the median CPU ratio, shown with three decimals.')
  console.log(`${'row'.padEnd(28)} median req/s  p50 ms  p99 ms  client CPU  server CPU  µs CPU/req  errors  ${'rate ratio (per round)'.padEnd(34)}  ${'CPU ratio (per round)'.padEnd(34)}  target`)
  const verdict = (value: number, target: number | undefined) => (target === undefined ? '' : `>= ${target.toFixed(2)}: ${value >= target ? 'met' : 'NOT met'} (${value.toFixed(3)})`)
  const clientBound: string[] = []
  for (const name of names) {
    const results = rounds.map((round) => row(round, name) as LoadFigures)
    const errors = results.reduce((sum, r) => sum + r.non2xx + r.socketErrors, 0)
    const clientCpu = median(results.map((r) => r.clientCpu))
    if (clientCpu >= CLIENT_BOUND_CPU) clientBound.push(name)
    console.log(`${name.padEnd(28)} ${median(results.map((r) => r.rps)).toFixed(0).padStart(12)}  ${median(results.map((r) => r.p50ms)).toFixed(2).padStart(6)} ${median(results.map((r) => r.p99ms)).toFixed(2).padStart(7)}  ${clientCpu.toFixed(2).padStart(10)}  ${median(results.map((r) => r.serverCpu)).toFixed(2).padStart(10)}  ${median(results.map(cpuPerRequestUs)).toFixed(0).padStart(10)}  ${String(errors).padStart(6)}  ${perRound(rateRatios(name)).padEnd(34)}  ${perRound(cpuRatios(name)).padEnd(34)}  ${verdict(median(cpuRatios(name)), TARGETS[name])}`)
  }
  if (clientBound.length > 0) console.log(`CLIENT-BOUND: wrk used >= ${CLIENT_BOUND_CPU} of a core on ${clientBound.join(', ')}: those rates measure the client; trust the CPU ratios only.`)
  // Each MCP row over the REST call of its own checkout (a --base row over the base's REST row).
  for (const suffix of ['', BASE]) {
    const rest = `calculator + JWT${suffix}`
    for (const mcpRow of [MCP_SESSION_ROW, MCP_STATELESS_ROW].map((name) => `${name}${suffix}`).filter((name) => names.includes(name) && names.includes(rest))) {
      const mcpCpu = cpuRatios(mcpRow, rest)
      console.log(`${mcpRow} / the same call over REST: rate ${perRound(rateRatios(mcpRow, rest))}, CPU ${perRound(mcpCpu)}; ${verdict(median(mcpCpu), MCP_OVER_REST_TARGET)} (CPU)`)
    }
    // The ceiling with the SDK's server: /mcp costing the REST call plus the server and nothing more.
    const server = aloneUs.get(suffix)
    if (server !== undefined && names.includes(rest)) {
      const restUs = rounds.map((round) => cpuPerRequestUs(row(round, rest)))
      const ceiling = restUs.map((us, i) => us / (us + server[i]!))
      console.log(`SDK server alone${suffix} (no HTTP, ${ALONE_CALLS} sequential tools/call per round): ${perRound(server)} µs CPU per call; REST call ${median(restUs).toFixed(0)} µs; ceiling for MCP/REST if /mcp cost the REST call plus this server: ${perRound(ceiling)}`)
    }
  }
  for (const baseRow of names.filter((name) => name.endsWith(BASE))) {
    const name = baseRow.slice(0, -BASE.length)
    if (!names.includes(name)) continue
    const saved = rounds.map((round) => cpuPerRequestUs(row(round, baseRow)) - cpuPerRequestUs(row(round, name)))
    console.log(`${name}, this checkout against --base: CPU per request base/this ${perRound(cpuRatios(name, baseRow))}; µs saved per request ${median(saved).toFixed(1)} (${saved.map((x) => x.toFixed(1)).join(' ')})`)
  }
}

setTimeout(() => {
  console.error(`auth-stack bench: gave up after ${HARD_LIMIT_MS / 1000} s`)
  process.exit(1)
}, HARD_LIMIT_MS).unref()
await main()
process.exit(0)
