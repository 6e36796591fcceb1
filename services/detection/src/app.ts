import { authPlugin, createOperatorCheck, createServiceApp, type TokenVerifier } from '@heist/shared'
import type { DashboardClient } from './dashboard-client.js'
import { detectRoutes } from './routes/detect.js'
import { infoRoutes } from './routes/info.js'
import type { ChatFn, DetectionWeights } from './scoring/index.js'
import { createRunQueue, type RunQueueOptions } from './queue.js'
import type { DetectionStore } from './store.js'

export interface DetectionConfig {
  LOG_LEVEL?: string
  LLM_MODEL: string
  /** Starting detection costs real work: the operator token, or a fleet token with `detection:run`. */
  HEIST_OPERATOR_TOKEN: string
}

/** One run at a time (CPU and a model call each), a few waiting, the rest told to come back. */
export const DEFAULT_QUEUE: RunQueueOptions = { concurrency: 1, maxWaiting: 4, retryAfterS: 5 }

export interface DetectionDeps {
  store: DetectionStore
  dashboard: DashboardClient
  chat?: ChatFn
  weights: DetectionWeights
  /** Weights for a session run with a profile (see DetectorDeps). */
  weightsFor?: (profile: string) => DetectionWeights
  now?: () => Date
  /** Verifies fleet JWTs (the dashboard's proxy holds `detection:run`). */
  verify: TokenVerifier
  queue?: RunQueueOptions
}

/** The detection service: scores a session's agents for sabotage. Never listens. */
export async function buildApp({ config, deps }: { config: DetectionConfig; deps: DetectionDeps }) {
  const app = await createServiceApp({ name: 'detection', logLevel: config.LOG_LEVEL })
  await app.register(authPlugin, { verify: deps.verify })
  await app.register(detectRoutes, {
    ...deps, modelName: config.LLM_MODEL, isOperator: createOperatorCheck(config.HEIST_OPERATOR_TOKEN), queue: createRunQueue(deps.queue ?? DEFAULT_QUEUE),
  })
  await app.register(infoRoutes, { weights: deps.weights, model: { name: config.LLM_MODEL, configured: deps.chat !== undefined } })
  return app
}
