import { loadConfig } from '@heist/shared'
import { buildApp } from './app.js'
import { LlmSimEnv } from './config.js'

const config = loadConfig(LlmSimEnv, process.env)
const app = await buildApp({ config })
await app.listen({ host: config.HOST, port: config.PORT })
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0))
  })
}
