import { join } from 'node:path'
import { createTokenSource, resourceUri, resourceVerifier } from '@heist/shared'
import { logFieldRefusals } from '@heist/shared/chat-field-refusals'
import type { DetectionDeps } from './app.js'
import { createOpenAiChat } from './chat.js'
import type { DetectionEnv } from './env.js'
import { loadWeights } from './profile-weights.js'
import { createDashboardClient } from './dashboard-client.js'
import type { DetectionWeights } from './scoring/index.js'
import { createStore, openDatabase, type Db } from './store.js'

/** Each profile's weights, read once (the config is read at start, as for the base file). */
function profileWeights(configDir: string): (profile: string) => DetectionWeights {
  const byProfile = new Map<string, DetectionWeights>()
  return (profile) => {
    let weights = byProfile.get(profile)
    if (!weights) byProfile.set(profile, weights = loadWeights(configDir, profile))
    return weights
  }
}

/** Real dependencies: the SQLite store, the dashboard client, the model (its refused fields logged in `log`) and the weights from `heist.yaml`. */
export function createDeps(config: Readonly<DetectionEnv>, { log }: { log: { warn(details: object, message: string): void } }): DetectionDeps & { db: Db } {
  const tokens = createTokenSource({ tokenUrl: `${config.HEIST_OAUTH_URL}/oauth/token`, clientId: 'detection', clientSecret: config.HEIST_SECRET_DETECTION, resource: resourceUri('dashboard', config) })
  const db = openDatabase(join(config.HEIST_DATA_DIR, 'detection', 'detection.db'))
  return {
    db,
    store: createStore(db),
    dashboard: createDashboardClient({ baseUrl: config.HEIST_DASHBOARD_URL, token: () => tokens.get() }),
    chat: createOpenAiChat({ baseURL: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.HEIST_DETECTION_LLM_TIMEOUT_MS, onFieldRefused: logFieldRefusals(log, 'detection') }),
    weights: loadWeights(config.HEIST_CONFIG_DIR),
    weightsFor: profileWeights(config.HEIST_CONFIG_DIR),
    verify: resourceVerifier({ env: config, resource: resourceUri('detection', config) }),
  }
}
