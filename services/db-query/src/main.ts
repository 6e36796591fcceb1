import { loadConfig, serveToolService } from '@heist/shared'
import { buildApp } from './app.js'
import { DbQueryEnv } from './config.js'
import { QUERY_DB_TOOL } from './tool.js'

const config = loadConfig(DbQueryEnv, process.env)
const app = await buildApp({ config })
await serveToolService(app, config, 'db-query', [QUERY_DB_TOOL])
