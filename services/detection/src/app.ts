import { createServiceApp } from '@heist/shared'
import type { DashboardClient } from './dashboard-client.js'
import { detectRoutes } from './routes/detect.js'
import { infoRoutes } from './routes/info.js'
import type { ChatFn, DetectionWeights } from './scoring/index.js'
import type { DetectionStore } from './store.js'

export interface DetectionConfig {
  LOG_LEVEL?: string
  LLM_MODEL: string
}

export interface DetectionDeps {
  store: DetectionStore
  dashboard: DashboardClient
  chat?: ChatFn
  weights: DetectionWeights
  now?: () => Date
}

/** The detection service: scores a session's agents for sabotage. Never listens. */
export async function buildApp({ config, deps }: { config: DetectionConfig; deps: DetectionDeps }) {
  const app = await createServiceApp({ name: 'detection', logLevel: config.LOG_LEVEL })
  await app.register(detectRoutes, deps)
  await app.register(infoRoutes, { weights: deps.weights, model: { name: config.LLM_MODEL, configured: deps.chat !== undefined } })
  return app
}
