// What single steps of the MCP SDK server's per-request path cost alone, for bench/mcp-layers.ts --pieces.
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ServedTool } from '../../shared/src/served-tool.js'
import { median } from './wrk.js'

type Check = (value: unknown) => boolean
type Schema = { safeParse(value: unknown): unknown }
interface SdkTypes {
  isJSONRPCResultResponse: Check
  isJSONRPCErrorResponse: Check
  isJSONRPCRequest: Check
  isTaskAugmentedRequestParams: Check
  CallToolRequestSchema: Schema
  CallToolResultSchema: Schema
  JSONRPCMessageSchema: Schema
}

/** bench/ has no SDK of its own: the one shared/ (and so every tool service) resolves. */
async function sdkTypes(): Promise<SdkTypes> {
  const fromShared = createRequire(fileURLToPath(new URL('../../shared/package.json', import.meta.url)))
  return (await import(pathToFileURL(fromShared.resolve('@modelcontextprotocol/sdk/types.js')).href)) as SdkTypes
}

/** µs of CPU per call of each step, for the calculator's `tools/call` (median of 5 rounds of `calls`). */
export async function sdkPieces(tool: ServedTool, calls = 100_000): Promise<[string, number][]> {
  const sdk = await sdkTypes()
  const args = { expression: '45 * 60 + max(3, 4)' }
  const request = { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: tool.definition.name, arguments: args } }
  const reply = await tool.run(args, { clientId: 'bench' })
  const result = { content: [{ type: 'text', text: reply.result }], structuredContent: reply }
  const signals: AbortSignal[] = []
  const steps: [string, () => unknown][] = [
    ['classification: isJSONRPCResultResponse(request), fails', () => sdk.isJSONRPCResultResponse(request)],
    ['classification: isJSONRPCErrorResponse(request), fails', () => sdk.isJSONRPCErrorResponse(request)],
    ['classification: isJSONRPCRequest(request)', () => sdk.isJSONRPCRequest(request)],
    ['isTaskAugmentedRequestParams(params)', () => sdk.isTaskAugmentedRequestParams(request.params)],
    ['CallToolRequestSchema (parsed twice per call)', () => sdk.CallToolRequestSchema.safeParse(request)],
    ['CallToolResultSchema', () => sdk.CallToolResultSchema.safeParse(result)],
    ['JSONRPCMessageSchema (the route, once per message)', () => sdk.JSONRPCMessageSchema.safeParse(request)],
    ['the tool\'s input schema', () => tool.definition.input.safeParse(args)],
    ['the tool\'s output schema', () => tool.output.safeParse(reply)],
    // Protocol reads `signal` for every request's handler: Node creates the signal (an EventTarget) then.
    ['new AbortController().signal', () => signals.push(new AbortController().signal) > 64 && (signals.length = 0)],
    ['the tool itself (calculate)', () => tool.run(args, { clientId: 'bench' })],
  ]
  const figures = new Map<string, number[]>()
  for (let round = 0; round < 6; round++) {
    for (const [name, step] of steps) {
      const start = process.cpuUsage()
      for (let i = 0; i < calls; i++) step()
      const used = process.cpuUsage(start)
      // The first round warms up.
      if (round > 0) figures.set(name, [...(figures.get(name) ?? []), (used.user + used.system) / calls])
    }
  }
  return steps.map(([name]) => [name, median(figures.get(name)!)])
}
