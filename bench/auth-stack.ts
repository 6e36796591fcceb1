/**
 * What authentication costs a tool call. Starts, on 127.0.0.1 and random ports, the real oauth
 * app, the real calculator app (verifying tokens against oauth's JWKS over HTTP) and a bare
 * Fastify hello-world, then drives each from a child process (so load and servers use both
 * cores) with keep-alive HTTP and fixed concurrency, and prints rates as ratios to the
 * hello-world measured in the same run.
 *
 *   node --conditions=heist-source --import tsx bench/auth-stack.ts [--rounds 3] [--duration 1.5] [--concurrency 32]
 */
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { loadavg } from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

interface LoadSpec { name: string; url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body: string; durationMs: number; concurrency: number; expect: number }
interface LoadResult { name: string; requests: number; errors: number; seconds: number; rps: number; p50ms: number; p99ms: number }

const HARD_LIMIT_MS = 90_000

/** The part of Fastify the baseline uses (bench/ has no Fastify of its own to type it with). */
type BareFastify = (options: { logger: boolean }) => {
  post(path: string, handler: () => Promise<unknown>): void
  listen(options: { host: string; port: number }): Promise<string>
  close(): Promise<void>
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0)
}

/** Child side: hammer one URL with `concurrency` keep-alive loops until the deadline. */
async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency })
  const url = new URL(spec.url)
  const headers = { ...spec.headers, 'content-length': String(Buffer.byteLength(spec.body)) }
  const latencies: number[] = []
  let errors = 0
  const once = () => new Promise<void>((resolve) => {
    const started = performance.now()
    const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: spec.method, headers }, (res) => {
      res.resume()
      res.on('end', () => {
        if (res.statusCode === spec.expect) latencies.push(performance.now() - started)
        else errors++
        resolve()
      })
    })
    req.on('error', () => {
      errors++
      resolve()
    })
    req.end(spec.body)
  })
  const start = performance.now()
  const deadline = start + spec.durationMs
  await Promise.all(Array.from({ length: spec.concurrency }, async () => {
    while (performance.now() < deadline) await once()
  }))
  const seconds = (performance.now() - start) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return { name: spec.name, requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50ms: percentile(latencies, 0.5), p99ms: percentile(latencies, 0.99) }
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const value = i === -1 ? fallback : Number(process.argv[i + 1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
  return value
}

async function startServers() {
  // Services resolve their own dependencies; the bare baseline borrows oauth's Fastify.
  const Fastify = createRequire(new URL('../services/oauth/package.json', import.meta.url))('fastify') as BareFastify
  const { AgentsFile, loadYamlFiles, secretEnvName } = await import('@heist/shared')
  const { buildApp: buildOAuth } = await import('../services/oauth/src/app.js')
  const { clientDefinitions, createClientRegistry } = await import('../services/oauth/src/clients.js')
  const { OAuthEnv } = await import('../services/oauth/src/env.js')
  const { generateSigningKey } = await import('../services/oauth/src/signing-key.js')
  const { buildApp: buildCalculator } = await import('../services/calculator/src/app.js')

  const hello = Fastify({ logger: false })
  hello.post('/hello', async () => ({ hello: 'world' }))
  const helloUrl = await hello.listen({ host: '127.0.0.1', port: 0 })

  const definitions = clientDefinitions(loadYamlFiles(AgentsFile, [fileURLToPath(new URL('../config/agents.yaml', import.meta.url))]).agents)
  const secrets = Object.fromEntries(definitions.map((d) => [secretEnvName(d.id), randomBytes(24).toString('base64url')]))
  // Ports first: each side must know the other's URL (issuer, the calculator's resource) before it starts.
  const { freePorts } = await import('../scripts/launch/ports.js')
  const [oauthPort = 0, calculatorPort = 0] = await freePorts(2)
  const oauthUrl = `http://127.0.0.1:${oauthPort}`
  const calculatorUrl = `http://127.0.0.1:${calculatorPort}`
  const oauthConfig = OAuthEnv.parse({ LOG_LEVEL: 'silent', HEIST_OAUTH_URL: oauthUrl, HEIST_CALCULATOR_URL: calculatorUrl })
  const oauth = await buildOAuth({ config: oauthConfig, deps: { clients: createClientRegistry(definitions, secrets), signingKey: await generateSigningKey() } })
  await oauth.listen({ host: '127.0.0.1', port: oauthPort })

  const calculator = await buildCalculator({ config: { LOG_LEVEL: 'silent', HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: calculatorUrl } })
  await calculator.listen({ host: '127.0.0.1', port: calculatorPort })

  const safecrackerBasic = `Basic ${Buffer.from(`safecracker:${secrets[secretEnvName('safecracker')]}`).toString('base64')}`
  const close = () => Promise.all([hello.close(), oauth.close(), calculator.close()])
  return { helloUrl, oauthUrl, calculatorUrl, safecrackerBasic, close }
}

async function main(): Promise<void> {
  const durationMs = argument('duration', 1.5) * 1000
  const roundCount = argument('rounds', 3)
  const concurrency = argument('concurrency', 32)
  const servers = await startServers()
  const tokenBody = new URLSearchParams({ grant_type: 'client_credentials', scope: 'calculator:use', resource: servers.calculatorUrl }).toString()
  const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: servers.safecrackerBasic }
  const tokenReply = await fetch(`${servers.oauthUrl}/oauth/token`, { method: 'POST', headers: form, body: tokenBody })
  const { access_token: token } = (await tokenReply.json()) as { access_token: string }
  const calcBody = JSON.stringify({ expression: '45 * 60 + max(3, 4)' })
  const check = await fetch(`${servers.calculatorUrl}/tools/calculator`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: calcBody })
  if (check.status !== 200) throw new Error(`calculator sanity call failed: ${check.status} ${await check.text()}`)

  const mcpBody = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'calculator', arguments: { expression: '45 * 60 + max(3, 4)' } } })
  const mcpCheck = await fetch(`${servers.calculatorUrl}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${token}` }, body: mcpBody })
  const mcpText = await mcpCheck.text()
  if (mcpCheck.status !== 200 || !mcpText.includes('= 2704')) throw new Error(`calculator MCP sanity call failed: ${mcpCheck.status} ${mcpText}`)
  const json = { 'content-type': 'application/json' }
  const base = { method: 'POST' as const, durationMs, concurrency, expect: 200 }
  const hello: LoadSpec = { ...base, name: 'hello world', url: `${servers.helloUrl}/hello`, headers: json, body: calcBody }
  const scenarios: LoadSpec[] = [
    hello,
    { ...base, name: 'calculator + JWT', url: `${servers.calculatorUrl}/tools/calculator`, headers: { ...json, authorization: `Bearer ${token}` }, body: calcBody },
    // The same call as an MCP tools/call (stateless Streamable HTTP: one POST, a JSON answer), same token.
    { ...base, name: 'calculator over MCP', url: `${servers.calculatorUrl}/mcp`, headers: { ...json, accept: 'application/json, text/event-stream', authorization: `Bearer ${token}` }, body: mcpBody },
    { ...base, name: 'token issuance', url: `${servers.oauthUrl}/oauth/token`, headers: form, body: tokenBody },
  ]
  const child = fork(fileURLToPath(import.meta.url), ['--load'], { execArgv: process.execArgv, stdio: 'inherit' })
  const load = (spec: LoadSpec) => new Promise<LoadResult>((resolve) => {
    child.once('message', (message) => resolve(message as LoadResult))
    child.send(spec)
  })
  await load({ ...hello, durationMs: 500 })
  // Interleaved rounds: a neighbour's burst of CPU hits every scenario of a round alike.
  const rounds: LoadResult[][] = []
  for (let i = 0; i < roundCount; i++) {
    const round: LoadResult[] = []
    for (const spec of scenarios) round.push(await load(spec))
    rounds.push(round)
  }
  child.kill()
  await servers.close()
  report(rounds, concurrency)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

function report(rounds: LoadResult[][], concurrency: number): void {
  const names = rounds[0]?.map((r) => r.name) ?? []
  const ratios = (name: string) => rounds.map((round) => (round.find((r) => r.name === name)?.rps ?? 0) / (round[0]?.rps ?? 1))
  console.log(`auth-stack bench: ${rounds.length} interleaved rounds, ${concurrency} concurrent keep-alive connections, ${process.version}, 127.0.0.1, load average ${loadavg()[0]?.toFixed(1)}`)
  console.log('scenario            median req/s  p50 ms  p99 ms  errors  median ratio to hello (per round)')
  for (const name of names) {
    const results = rounds.map((round) => round.find((r) => r.name === name) as LoadResult)
    const errors = results.reduce((sum, r) => sum + r.errors, 0)
    const perRound = ratios(name).map((x) => x.toFixed(2)).join(' ')
    console.log(`${name.padEnd(20)} ${median(results.map((r) => r.rps)).toFixed(0).padStart(11)}  ${median(results.map((r) => r.p50ms)).toFixed(2).padStart(6)} ${median(results.map((r) => r.p99ms)).toFixed(2).padStart(7)}  ${String(errors).padStart(6)}  ${median(ratios(name)).toFixed(2)} (${perRound})`)
  }
  const overRest = median(rounds.map((round) => (round.find((r) => r.name === 'calculator over MCP')?.rps ?? 0) / (round.find((r) => r.name === 'calculator + JWT')?.rps ?? 1)))
  console.log(`calculator over MCP / the same call over REST = ${overRest.toFixed(2)} (per round, same token; no target)`)
  const ratio = median(ratios('calculator + JWT'))
  console.log(`authenticated calculator / hello world = ${ratio.toFixed(2)} (target >= 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'})`)
  console.log(`token issuance = ${median(rounds.map((round) => round.find((r) => r.name === 'token issuance')?.rps ?? 0)).toFixed(0)} tokens/s (${median(ratios('token issuance')).toFixed(2)} x hello world)`)
}

if (process.argv.includes('--load')) {
  process.on('message', (spec) => void runLoad(spec as LoadSpec).then((result) => process.send?.(result)))
  process.on('disconnect', () => process.exit(0))
} else {
  setTimeout(() => {
    console.error(`auth-stack bench: gave up after ${HARD_LIMIT_MS / 1000} s`)
    process.exit(1)
  }, HARD_LIMIT_MS).unref()
  await main()
  process.exit(0)
}
