import { runService } from '@heist/shared'
import { buildApp } from './app.js'
import { createDeps } from './deps.js'
import { DashboardEnv } from './env.js'

await runService({ name: 'dashboard', Env: DashboardEnv, createDeps, buildApp })
