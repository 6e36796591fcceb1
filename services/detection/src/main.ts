import { runService } from '@heist/shared'
import { buildApp } from './app.js'
import { DetectionEnv } from './env.js'
import { createDeps } from './deps.js'

await runService({ name: 'detection', Env: DetectionEnv, createDeps, buildApp })
