import { loadConfig, registerToolService } from '@heist/shared'
import { buildApp } from './app.js'
import { DbQueryEnv } from './config.js'
import { QUERY_DB_TOOL } from './tool.js'

const config = loadConfig(DbQueryEnv, process.env)
const app = await buildApp({ config })
await app.listen({ host: config.HOST, port: config.PORT })
const registration = registerToolService(app, config, 'db-query', [QUERY_DB_TOOL])

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void registration.stop().finally(() => app.close()))
}
