import { join } from 'node:path'
import { createTokenSource, loadConfig } from '@heist/shared'
import { buildApp } from './app.js'
import { createOpenAiChat } from './chat.js'
import { DetectionEnv, loadWeights } from './config.js'
import { createDashboardClient } from './dashboard-client.js'
import { createStore, openDatabase } from './store.js'

const config = loadConfig(DetectionEnv, process.env)
const tokens = createTokenSource({ tokenUrl: `${config.HEIST_OAUTH_URL}/oauth/token`, clientId: 'detection', clientSecret: config.HEIST_SECRET_DETECTION })
const db = openDatabase(join(config.HEIST_DATA_DIR, 'detection', 'detection.db'))
const deps = {
  store: createStore(db),
  onClose: () => db.close(),
  dashboard: createDashboardClient({ baseUrl: config.HEIST_DASHBOARD_URL, token: () => tokens.get() }),
  chat: createOpenAiChat({ baseURL: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.HEIST_DETECTION_LLM_TIMEOUT_MS }),
  weights: loadWeights(config.HEIST_CONFIG_DIR),
}
const app = await buildApp({ config, deps })
await app.listen({ host: config.HOST, port: config.PORT })
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)))
