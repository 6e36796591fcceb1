// The MCP SDK server of one checkout, as its tool services build it, driven with no HTTP: what a
// `tools/call` costs in the server alone (bench/mcp-layers.ts, and the ceiling in bench/auth-stack.ts).
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { connectToolServer } from '../../shared/src/mcp-tool-server.js'
import { calculatorTool } from '../../services/calculator/src/tool.js'

const authInfo = { token: '', clientId: 'safecracker', scopes: ['calculator:use'] }
const initialize = { jsonrpc: '2.0' as const, id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }

export interface ServerAlone {
  /** One `tools/call` of the calculator; resolves with the answer as JSON text. */
  toolCall(): Promise<string>
  ping(): Promise<string>
  /** CPU µs per `tools/call`, over `calls` sequential calls. */
  measure(calls: number): Promise<number>
  close(): Promise<void>
}

/**
 * The server's parts: this checkout's as imported here (bundled with the bench, as `pnpm bench` runs
 * it: a `.ts` path imported at run time failed there, with no TypeScript loader), or those of another
 * checkout at `baseDir`, from its sources (`--base`, which `pnpm bench` runs under tsx).
 */
async function partsOf(baseDir: string | undefined): Promise<{ connect: typeof connectToolServer; tool: typeof calculatorTool }> {
  if (baseDir === undefined) return { connect: connectToolServer, tool: calculatorTool }
  const shared = (await import(pathToFileURL(join(baseDir, 'shared/src/mcp-tool-server.ts')).href)) as { connectToolServer: typeof connectToolServer }
  const tool = ((await import(pathToFileURL(join(baseDir, 'services/calculator/src/tool.ts')).href)) as { calculatorTool: typeof calculatorTool }).calculatorTool
  return { connect: shared.connectToolServer, tool }
}

/** The calculator's MCP server of this checkout or of the one at `baseDir` (its own SDK), connected to its transport and initialized, as `/mcp` holds one. */
export async function calculatorServerAlone(baseDir?: string): Promise<ServerAlone> {
  const { connect, tool } = await partsOf(baseDir)
  const { server, transport } = await connect({ name: 'calculator', tools: [tool] }, [tool])
  await transport.exchange([initialize, { jsonrpc: '2.0', method: 'notifications/initialized' }], { authInfo })
  let id = 1
  const send = async (method: string, params?: Record<string, unknown>) => JSON.stringify(await transport.exchange([{ jsonrpc: '2.0', id: id++, method, ...(params && { params }) }], { authInfo }))
  const toolCall = () => send('tools/call', { name: 'calculator', arguments: { expression: '45 * 60 + max(3, 4)' } })
  return {
    toolCall,
    ping: () => send('ping'),
    async measure(calls) {
      const start = process.cpuUsage()
      for (let i = 0; i < calls; i++) await toolCall()
      const used = process.cpuUsage(start)
      return (used.user + used.system) / calls
    },
    close: () => server.close(),
  }
}
