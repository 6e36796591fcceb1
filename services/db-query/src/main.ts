import { runService, toolRegistrationStart } from '@heist/shared'
import { buildApp } from './app.js'
import { DbQueryEnv } from './env.js'
import { QUERY_DB_TOOL } from './tool.js'

await runService({ name: 'db-query', Env: DbQueryEnv, buildApp, start: toolRegistrationStart('db-query', [QUERY_DB_TOOL]) })
