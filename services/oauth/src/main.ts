import { runService } from '@heist/shared'
import { buildApp } from './app.js'
import { createDeps } from './deps.js'
import { OAuthEnv } from './env.js'

await runService({ name: 'oauth', Env: OAuthEnv, createDeps, buildApp })
