/**
 * Where an MCP `tools/call` of the calculator spends its CPU, layer by layer, in one process with
 * no HTTP: the domain alone, the REST route through Fastify's `inject` (and `/health`, inject's
 * own floor), the SDK's server as the tool services build it, driven through
 * `JsonResponseTransport` with no HTTP at all (the ceiling any transport could reach: the server's
 * own cost), a bare `ping` through the same, and `/mcp` through `inject` (the whole route). Rounds
 * interleave; medians of CPU µs per call.
 *
 *   node --conditions=heist-source --import tsx bench/mcp-layers.ts [--calls 2000] [--rounds 5] [--only TEXT] [--base DIR] [--pieces]
 *
 * `--base DIR` adds the SDK server rows of another checkout (with its own node_modules, so its own
 * SDK), built by its own `connectToolServer`, in the same process and rounds: a before/after of
 * the server layer under the same load. `--pieces` also prints what single steps of the SDK's
 * path cost alone (the zod parses it runs per request, an `AbortSignal`), 100 000 calls each.
 */
import { loadavg } from 'node:os'
import { createTestSigner, TEST_TOOL_CONFIG } from '../shared/test/tool-tokens.js'
import { buildApp } from '../services/calculator/src/app.js'
import { calculatorTool } from '../services/calculator/src/tool.js'
import { sdkPieces } from './support/mcp-sdk-pieces.js'
import { calculatorServerAlone } from './support/mcp-server-alone.js'
import { flagOption, numberOption, textOption } from './support/options.js'
import { median } from './support/wrk.js'


const EXPRESSION = '45 * 60 + max(3, 4)'
const calls = numberOption('calls', 2000, { whole: true })
const roundCount = numberOption('rounds', 5, { whole: true })

const signer = await createTestSigner()
const app = await buildApp({ config: TEST_TOOL_CONFIG, deps: { keys: signer.keys } })
const token = await signer.token('safecracker', ['calculator:use'])
const initialize = { jsonrpc: '2.0' as const, id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }

const alone = await calculatorServerAlone()
const baseDir = textOption('base')
const base = baseDir === undefined ? undefined : await calculatorServerAlone(baseDir)

const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, accept: 'application/json, text/event-stream' }
const init = await app.inject({ method: 'POST', url: '/mcp', headers, payload: initialize })
const session = { 'mcp-session-id': String(init.headers['mcp-session-id']), 'mcp-protocol-version': '2025-06-18' }
await app.inject({ method: 'POST', url: '/mcp', headers: { ...headers, ...session }, payload: { jsonrpc: '2.0', method: 'notifications/initialized' } })

let nextId = 1
const toolCall = () => [{ jsonrpc: '2.0' as const, id: nextId++, method: 'tools/call', params: { name: 'calculator', arguments: { expression: EXPRESSION } } }]
const allLayers: [string, () => Promise<unknown>, string][] = [
  ['domain: tool.run', async () => calculatorTool.run({ expression: EXPRESSION }, { clientId: 'safecracker' }), '2704'],
  ['REST inject (JWT, schema, serialize)', () => app.inject({ method: 'POST', url: '/tools/calculator', headers, payload: { expression: EXPRESSION } }).then((r) => r.body), '2704'],
  ['/health inject (inject floor)', () => app.inject({ method: 'GET', url: '/health' }).then((r) => r.body), 'ok'],
  ['SDK server, no HTTP: tools/call', alone.toolCall, '2704'],
  ['SDK server, no HTTP: ping', alone.ping, 'result'],
  ...(base === undefined ? [] : [
    ['SDK server, no HTTP: tools/call (base)', base.toolCall, '2704'],
    ['SDK server, no HTTP: ping (base)', base.ping, 'result'],
  ] satisfies [string, () => Promise<unknown>, string][]),
  ['/mcp inject, no session: tools/call', () => app.inject({ method: 'POST', url: '/mcp', headers, payload: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'calculator', arguments: { expression: EXPRESSION } } } }).then((r) => r.body), '2704'],
  ['/mcp inject, session: tools/call', () => app.inject({ method: 'POST', url: '/mcp', headers: { ...headers, ...session }, payload: toolCall()[0] }).then((r) => r.body), '2704'],
]
// --only <text>: the layers whose name contains it (to profile one with --cpu-prof).
const only = textOption('only')
const layers = only === undefined ? allLayers : allLayers.filter(([name]) => name.includes(only))

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
if (flagOption('pieces')) {
  console.log('steps of the SDK server\'s path, alone (median of 5 rounds of 100 000 calls):')
  for (const [name, us] of await sdkPieces(calculatorTool)) console.log(`  ${name.padEnd(52)} ${us.toFixed(2).padStart(6)} µs`)
}
await app.close()
await alone.close()
await base?.close()
