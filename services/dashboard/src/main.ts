import { loadConfig } from '@heist/shared'
import { buildApp } from './app.js'
import { createDeps } from './deps.js'
import { DashboardEnv } from './env.js'

const config = loadConfig(DashboardEnv, process.env)
const deps = await createDeps(config)
const app = await buildApp({ config, deps })
await app.listen({ host: config.HOST, port: config.PORT })

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => {
      deps.db.close()
      process.exit(0)
    })
  })
}
