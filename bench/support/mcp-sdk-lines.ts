/**
 * The official MCP SDK's server alone, per `tools/call` and per `ping`, for each SDK line: the v1
 * this checkout runs (1.32.2 with patches/), and v2 (`@modelcontextprotocol/server`) installed
 * outside the workspace, as its low-level `Server` and as its `McpServer`. Each gets the same
 * calculator handler and is driven through the fleet's own `JsonResponseTransport` with no HTTP, so
 * the rows differ by the SDK's request path only. Rounds interleave; medians of CPU µs per call, and
 * promises made per `tools/call` (async_hooks). What decided the SDK line: docs/notes/tools.md, MCP.
 *
 *   npm install --prefix /tmp/mcp-v2 @modelcontextprotocol/server@2.4.0
 *   node --conditions=heist-source --import tsx bench/support/mcp-sdk-lines.ts --v2 /tmp/mcp-v2 [--calls 3000] [--rounds 5]
 */
import { createHook } from 'node:async_hooks'
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { JsonResponseTransport } from '../../shared/src/mcp-transport.js'
import { calculatorTool } from '../../services/calculator/src/tool.js'
import { numberOption, textOption } from './options.js'
import { median } from './wrk.js'

const v2Dir = textOption('v2')
if (v2Dir === undefined) {
  console.error('mcp-sdk-lines: --v2 DIR (an npm prefix holding @modelcontextprotocol/server) is required')
  process.exit(2)
}
const calls = numberOption('calls', 3000, { whole: true })
const rounds = numberOption('rounds', 5, { whole: true })

const EXPRESSION = '45 * 60 + max(3, 4)'
const authInfo = { token: '', clientId: 'safecracker', scopes: ['calculator:use'] }
/** The handler every row runs: the calculator, its reply as the call's result. */
const calculate = (args: unknown) => {
  const reply = calculatorTool.run(args as { expression: string }, { clientId: 'safecracker' }) as { result: string }
  return { content: [{ type: 'text' as const, text: reply.result }], structuredContent: reply as unknown as Record<string, unknown> }
}

type Connectable = { connect(transport: JsonResponseTransport): Promise<void> }
const load = (resolveFrom: string, specifier: string) => import(pathToFileURL(createRequire(resolveFrom).resolve(specifier)).href)

async function v1Server(): Promise<Connectable> {
  const fromShared = fileURLToPath(new URL('../../shared/package.json', import.meta.url))
  const { Server } = await load(fromShared, '@modelcontextprotocol/sdk/server/index.js')
  const { CallToolRequestSchema, ListToolsRequestSchema } = await load(fromShared, '@modelcontextprotocol/sdk/types.js')
  const server = new Server({ name: 'bench', version: '1' }, { capabilities: { tools: {} } })
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [] }))
  server.setRequestHandler(CallToolRequestSchema, (request: { params: { arguments?: unknown } }) => calculate(request.params.arguments))
  return server
}

const v2 = () => load(join(v2Dir, 'package.json'), '@modelcontextprotocol/server')
async function v2Server(): Promise<Connectable> {
  const { Server } = await v2()
  const server = new Server({ name: 'bench', version: '1' }, { capabilities: { tools: {} } })
  server.setRequestHandler('tools/list', () => ({ tools: [] }))
  server.setRequestHandler('tools/call', (request: { params: { arguments?: unknown } }) => calculate(request.params.arguments))
  return server
}
async function v2McpServer(): Promise<Connectable> {
  const { McpServer } = await v2()
  const server = new McpServer({ name: 'bench', version: '1' })
  server.registerTool('calculator', { description: 'calculator', inputSchema: calculatorTool.definition.input, outputSchema: calculatorTool.output }, calculate)
  return server
}

const lines: [string, () => Promise<Connectable>][] = [
  ['v1.32.2 + patches/ (this checkout)', v1Server],
  ['v2 Server', v2Server],
  ['v2 McpServer', v2McpServer],
]
const rows = []
for (const [name, make] of lines) {
  const server = await make()
  const transport = new JsonResponseTransport()
  await server.connect(transport)
  let id = 0
  const send = (method: string, params?: Record<string, unknown>) => transport.exchange([{ jsonrpc: '2.0', id: id++, method, ...(params && { params }) }], { authInfo })
  await transport.exchange([{ jsonrpc: '2.0', id: id++, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }, { jsonrpc: '2.0', method: 'notifications/initialized' }], { authInfo })
  const toolCall = () => send('tools/call', { name: 'calculator', arguments: { expression: EXPRESSION } })
  const answer = JSON.stringify(await toolCall())
  if (!answer.includes('"value":2704')) throw new Error(`${name}: ${answer.slice(0, 300)}`)
  rows.push({ name, toolCall, ping: () => send('ping'), callUs: [] as number[], pingUs: [] as number[], promises: 0 })
}

async function measure(run: () => unknown): Promise<number> {
  const start = process.cpuUsage()
  for (let i = 0; i < calls; i++) await run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / calls
}
let promises = 0
const counter = createHook({ init: (_id, type) => void (type === 'PROMISE' && promises++) })
for (const row of rows) {
  await measure(row.toolCall) // warm-up
  promises = 0
  counter.enable()
  for (let i = 0; i < 1000; i++) await row.toolCall()
  counter.disable()
  row.promises = promises / 1000
}
for (let round = 0; round < rounds; round++) {
  for (const row of rows) {
    row.callUs.push(await measure(row.toolCall))
    row.pingUs.push(await measure(row.ping))
  }
}
console.log(`mcp-sdk-lines: ${calls} sequential calls per row, ${rounds} interleaved rounds, medians; ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
for (const row of rows) {
  console.log(`${row.name.padEnd(36)} tools/call ${median(row.callUs).toFixed(1).padStart(6)} µs (${row.callUs.map((us) => us.toFixed(1)).join(' ')})  ping ${median(row.pingUs).toFixed(1).padStart(6)} µs  promises per tools/call ${row.promises.toFixed(1)} (the harness's own included)`)
}
