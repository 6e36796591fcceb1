import { createServiceApp, toolAuth, type ToolAppConfig, type ToolServiceDeps } from '@heist/shared'
import { calculatorRoutes } from './routes/calculator.js'

export type CalculatorDeps = ToolServiceDeps

/** The calculator tool service: `POST /tools/calculator`, behind `calculator:use`. */
export async function buildApp({ config, deps = {} }: { config: ToolAppConfig; deps?: CalculatorDeps }) {
  const app = await createServiceApp({ name: 'calculator', logLevel: config.LOG_LEVEL, bodyLimit: 16 * 1024 })
  await toolAuth(app, config, deps)
  calculatorRoutes(app)
  return app
}
