import { createServiceApp, type ToolAppConfig, type ToolServiceDeps } from '@heist/shared'
import { serveTools } from '@heist/shared/mcp-server'
import { calculatorTool } from './tool.js'

export type CalculatorDeps = ToolServiceDeps

/** The calculator tool service: `POST /tools/calculator` and MCP at `/mcp`, behind `calculator:use`. */
export async function buildApp({ config, deps = {} }: { config: ToolAppConfig; deps?: CalculatorDeps }) {
  const app = await createServiceApp({ name: 'calculator', logLevel: config.LOG_LEVEL, hosts: config, bodyLimit: 16 * 1024 })
  await serveTools(app, config, deps, 'calculator', [calculatorTool])
  return app
}
