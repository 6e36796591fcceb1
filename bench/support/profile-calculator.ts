/**
 * A CPU profile of the calculator under load: loads one route with wrk while this process runs
 * the app, and records V8's CPU profile (what `node --cpu-prof` records) only while the load
 * runs, so start-up (module loading, compiling) stays out of it.
 *
 *   node --conditions=heist-source --import tsx bench/support/profile-calculator.ts [health|rest|mcp|mcp-session] [seconds] [out.cpuprofile]
 *   node bench/support/profile-summary.mjs out.cpuprofile
 *
 * Local keys stand in for oauth (the token check is the same code; only the JWKS source differs).
 * The token endpoint has its own script: bench/support/profile-oauth.ts.
 */
import { buildApp } from '../../services/calculator/src/app.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../shared/test/tool-tokens.js'
import { openMcpSession } from './mcp-session.js'
import { profileUnderLoad } from './profile-load.js'
import { requireWrk, type HttpLoad } from './wrk.js'

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
    headers: { ...headers, ...(route === 'mcp-session' ? await openMcpSession(`${url}/mcp`, headers) : {}) },
    body: JSON.stringify({ jsonrpc: '2.0', id: 'ID', method: 'tools/call', params: { name: 'calculator', arguments: { expression: '45 * 60 + max(3, 4)' } } }),
    uniqueId: 'ID',
  },
}
const load = loads[route]
if (!load) throw new Error(`route must be one of ${Object.keys(loads).join(', ')}`)
const out = process.argv[4] ?? `calculator-${route}.cpuprofile`
const figures = await profileUnderLoad(load, seconds, out)
console.log(`${route}: ${figures.rps.toFixed(0)} req/s, ${figures.non2xx} non-2xx, client CPU ${figures.clientCpu.toFixed(2)}, server CPU ${figures.serverCpu.toFixed(2)}; profile in ${out}`)
await app.close()
