/**
 * Where an MCP `tools/call` of the calculator spends its CPU, layer by layer, in one process with
 * no HTTP: the domain alone, the REST route through Fastify's `inject` (and `/health`, inject's
 * own floor), the SDK's server (its low-level `Server`, as the tool services build it) driven through `JsonResponseTransport` with no HTTP at all (the
 * ceiling any transport could reach: the server's own cost), a bare `ping` through the same, and
 * `/mcp` through `inject` (the whole route). Rounds interleave;
 * medians of CPU µs per call.
 *
 *   node --conditions=heist-source --import tsx bench/mcp-layers.ts [--calls 2000] [--rounds 5]
 */
import { loadavg } from 'node:os'
import { connectToolServer } from '../shared/src/mcp-tool-server.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../shared/test/tool-tokens.js'
import { buildApp } from '../services/calculator/src/app.js'
import { calculatorTool } from '../services/calculator/src/tool.js'
import { median } from './support/wrk.js'

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}

const EXPRESSION = '45 * 60 + max(3, 4)'
const calls = argument('calls', 2000)
const roundCount = argument('rounds', 5)

const signer = await createTestSigner()
const app = await buildApp({ config: TEST_TOOL_CONFIG, deps: { keys: signer.keys } })
const token = await signer.token('safecracker', ['calculator:use'])
const authInfo = { token: '', clientId: 'safecracker', scopes: ['calculator:use'] }
// The server with the transport /mcp uses, driven directly: the messages as the route hands them over.
const { server, transport } = await connectToolServer({ name: 'calculator', tools: [calculatorTool] }, [calculatorTool])
const initialize = { jsonrpc: '2.0' as const, id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }
await transport.exchange([initialize, { jsonrpc: '2.0', method: 'notifications/initialized' }], { authInfo })

const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, accept: 'application/json, text/event-stream' }
const init = await app.inject({ method: 'POST', url: '/mcp', headers, payload: initialize })
const session = { 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': '2025-06-18' }
await app.inject({ method: 'POST', url: '/mcp', headers: { ...headers, ...session }, payload: { jsonrpc: '2.0', method: 'notifications/initialized' } })

let nextId = 1
const only = process.argv.indexOf('--only')
const allLayers: [string, () => Promise<unknown>, string][] = [
  ['domain: tool.run', async () => calculatorTool.run({ expression: EXPRESSION }, { clientId: 'safecracker' }), '2704'],
  ['REST inject (JWT, schema, serialize)', () => app.inject({ method: 'POST', url: '/tools/calculator', headers, payload: { expression: EXPRESSION } }).then((r) => r.body), '2704'],
  ['/health inject (inject floor)', () => app.inject({ method: 'GET', url: '/health' }).then((r) => r.body), 'ok'],
  ['SDK Server, no HTTP: tools/call', () => transport.exchange([{ jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name: 'calculator', arguments: { expression: EXPRESSION } } }], { authInfo }).then((m) => JSON.stringify(m)), '2704'],
  ['SDK Server, no HTTP: ping', () => transport.exchange([{ jsonrpc: '2.0', id: nextId++, method: 'ping' }], { authInfo }).then((m) => JSON.stringify(m)), 'result'],
  ['/mcp inject, no session: tools/call', () => app.inject({ method: 'POST', url: '/mcp', headers, payload: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'calculator', arguments: { expression: EXPRESSION } } } }).then((r) => r.body), '2704'],
  ['/mcp inject, session: tools/call', () => app.inject({ method: 'POST', url: '/mcp', headers: { ...headers, ...session }, payload: { jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name: 'calculator', arguments: { expression: EXPRESSION } } } }).then((r) => r.body), '2704'],
]
// --only <text>: the layers whose name contains it (to profile one with --cpu-prof).
const layers = only === -1 ? allLayers : allLayers.filter(([name]) => name.includes(process.argv[only + 1] ?? ''))

for (const [name, run, expect] of layers) {
  const out = await run(); const answer = typeof out === 'string' ? out : JSON.stringify(out)
  if (!answer.includes(expect)) throw new Error(`${name}: ${answer.slice(0, 300)}`)
}
async function measure(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage()
  for (let i = 0; i < calls; i++) await run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / calls
}
for (const [, run] of layers) await measure(run) // warm-up
const figures = new Map<string, number[]>()
for (let round = 0; round < roundCount; round++) {
  for (const [name, run] of layers) figures.set(name, [...(figures.get(name) ?? []), await measure(run)])
}
console.log(`mcp-layers: ${calls} sequential calls per layer, ${roundCount} interleaved rounds, medians; ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
const rest = median(figures.get(allLayers[1]![0]) ?? [Number.NaN])
for (const [name] of layers) {
  const us = median(figures.get(name)!)
  console.log(`${name.padEnd(40)} ${us.toFixed(1).padStart(8)} µs CPU/call   REST/this ${(rest / us).toFixed(2)}`)
}
await app.close()
await server.close()
