import { runService } from '@heist/shared'
import { buildApp } from './app.js'
import { createDeps } from './deps.js'
import { MemoryEnv } from './env.js'

await runService({ name: 'memory', Env: MemoryEnv, createDeps, buildApp })
