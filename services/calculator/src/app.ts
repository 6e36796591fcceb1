import { createServiceApp, toolAuth, type ToolAuthOptions, type ToolServiceConfig } from '@heist/shared'
import { calculatorRoutes } from './routes/calculator.js'

export interface CalculatorDeps {
  /** Token-verification keys; the oauth service's JWKS when absent. */
  keys?: ToolAuthOptions['keys']
}

type AppConfig = Pick<ToolServiceConfig, 'LOG_LEVEL' | 'HEIST_OAUTH_URL' | 'HEIST_ISSUER' | 'HEIST_AUDIENCE'>

/** The calculator tool service: `POST /tools/calculator`, behind `calculator:use`. */
export async function buildApp({ config, deps = {} }: { config: AppConfig; deps?: CalculatorDeps }) {
  const app = await createServiceApp({ name: 'calculator', logLevel: config.LOG_LEVEL, bodyLimit: 16 * 1024 })
  await toolAuth(app, { oauthUrl: config.HEIST_OAUTH_URL, issuer: config.HEIST_ISSUER, audience: config.HEIST_AUDIENCE, ...(deps.keys ? { keys: deps.keys } : {}) })
  calculatorRoutes(app)
  return app
}
