/**
 * A CPU profile of the calculator under load: loads one route with wrk while this process runs
 * the app, and records V8's CPU profile (what `node --cpu-prof` records) only while the load
 * runs, so start-up (module loading, compiling) stays out of it.
 *
 *   node --conditions=heist-source --import tsx bench/support/profile-calculator.ts [health|rest|mcp|mcp-session] [seconds] [out.cpuprofile]
 *   node bench/support/profile-summary.mjs out.cpuprofile
 *
 * `garbage` instead of a route loads rest, mcp-session and mcp in turn, interleaved rounds, and
 * prints what each request leaves to the garbage collector (bytes allocated per request, exact;
 * collections and their time; CPU per request), medians of the rounds, MCP over REST:
 *
 *   node --conditions=heist-source --import tsx bench/support/profile-calculator.ts garbage [seconds 3] [rounds 3]
 *
 * `C=N` in the environment sets wrk's connections (32 by default), for a profile or the garbage.
 * "survive KB" is what a young-generation collection found still alive; "promo B/req" what moved to
 * the old generation per request: both near zero when nothing outlives its request.
 *
 * Local keys stand in for oauth (the token check is the same code; only the JWKS source differs).
 * The token endpoint has its own script: bench/support/profile-oauth.ts.
 */
import { loadavg } from 'node:os'
import { buildApp } from '../../services/calculator/src/app.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../shared/test/tool-tokens.js'
import { garbageUnderLoad, type GarbageFigures } from './gc-load.js'
import { openMcpSession } from './mcp-session.js'
import { profileUnderLoad } from './profile-load.js'
import { median, requireWrk, wrk, type HttpLoad } from './wrk.js'

requireWrk()
const route = process.argv[2] ?? 'rest'
const seconds = Number(process.argv[3] ?? 5)
const signer = await createTestSigner()
const token = await signer.token('safecracker', ['calculator:use'])
const app = await buildApp({ config: { ...TEST_TOOL_CONFIG, LOG_LEVEL: 'warn' }, deps: { keys: signer.keys } })
const url = await app.listen({ host: '127.0.0.1', port: 0 })
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, accept: 'application/json, text/event-stream' }
const loads: Record<string, HttpLoad> = {
  health: { name: 'health', url: `${url}/health`, method: 'GET' },
  rest: { name: 'rest', url: `${url}/tools/calculator`, method: 'POST', headers, body: JSON.stringify({ expression: '45 * 60 + max(3, 4)' }) },
  mcp: { name: 'mcp', url: `${url}/mcp`, method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'calculator', arguments: { expression: '45 * 60 + max(3, 4)' } } }) },
  // One MCP session held by every connection, each request with its own JSON-RPC id.
  'mcp-session': {
    name: 'mcp-session',
    url: `${url}/mcp`,
    method: 'POST',
    headers: { ...headers, ...(route === 'mcp-session' || route === 'garbage' ? await openMcpSession(`${url}/mcp`, headers) : {}) },
    body: JSON.stringify({ jsonrpc: '2.0', id: 'ID', method: 'tools/call', params: { name: 'calculator', arguments: { expression: '45 * 60 + max(3, 4)' } } }),
    uniqueId: '"ID"',
  },
}
const CONNECTIONS = Number(process.env.C ?? 32)

/** Interleaved rounds of rest, mcp-session and mcp: each row's garbage per request, medians. */
async function garbage(rows: HttpLoad[], seconds: number, rounds: number): Promise<void> {
  const loadBefore = loadavg()[0]!
  for (const load of rows) await wrk(load, { durationS: 1, connections: 32 }) // warm-up: JIT, caches
  const results = new Map<string, GarbageFigures[]>()
  for (let i = 0; i < rounds; i++) for (const load of rows) results.set(load.name, [...(results.get(load.name) ?? []), await garbageUnderLoad(load, { durationS: seconds, connections: CONNECTIONS })])
  const of = (name: string, pick: (f: GarbageFigures) => number) => median((results.get(name) ?? []).map(pick))
  console.log(`garbage per request under wrk (${CONNECTIONS} connections, ${seconds} s, ${rounds} interleaved rounds, medians); ${process.version}; load average ${loadBefore.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}; node flags: ${process.execArgv.filter((a) => a.startsWith('--max')).join(' ') || 'none'}`)
  console.log(`${'row'.padEnd(12)} ${'req/s'.padStart(7)} ${'KB/req'.padStart(7)} ${'scav/1k'.padStart(8)} ${'major/1k'.padStart(9)} ${'survive KB'.padStart(10)} ${'promo B/req'.padStart(11)} ${'GC µs/req'.padStart(10)} ${'CPU µs/req'.padStart(11)}`)
  for (const { name } of rows) {
    console.log(`${name.padEnd(12)} ${of(name, (f) => f.rps).toFixed(0).padStart(7)} ${(of(name, (f) => f.bytesPerRequest) / 1024).toFixed(1).padStart(7)} ${of(name, (f) => f.scavengesPer1000).toFixed(2).padStart(8)} ${of(name, (f) => f.majorPer1000).toFixed(2).padStart(9)} ${(of(name, (f) => f.survivorBytes) / 1024).toFixed(0).padStart(10)} ${of(name, (f) => f.promotedPerRequest).toFixed(0).padStart(11)} ${of(name, (f) => f.gcUsPerRequest).toFixed(1).padStart(10)} ${of(name, (f) => f.cpuUsPerRequest).toFixed(1).padStart(11)}`)
  }
  for (const name of ['mcp-session', 'mcp']) {
    const restCpu = of('rest', (f) => f.cpuUsPerRequest)
    console.log(`${name} / rest: bytes ${(of(name, (f) => f.bytesPerRequest) / of('rest', (f) => f.bytesPerRequest)).toFixed(2)}x; CPU ratio (REST µs / MCP µs) ${(restCpu / of(name, (f) => f.cpuUsPerRequest)).toFixed(3)}`)
  }
}

if (route === 'garbage') {
  await garbage([loads.rest!, loads['mcp-session']!, loads.mcp!], Number(process.argv[3] ?? 3), Number(process.argv[4] ?? 3))
} else {
  const load = loads[route]
  if (!load) throw new Error(`route must be one of ${Object.keys(loads).join(', ')}, or garbage`)
  const out = process.argv[4] ?? `calculator-${route}.cpuprofile`
  const figures = await profileUnderLoad(load, seconds, out)
  console.log(`${route}: ${figures.rps.toFixed(0)} req/s, ${figures.non2xx} non-2xx, client CPU ${figures.clientCpu.toFixed(2)}, server CPU ${figures.serverCpu.toFixed(2)}; profile in ${out}`)
}
await app.close()
