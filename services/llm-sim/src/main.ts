import { runService } from '@heist/shared'
import { buildApp } from './app.js'
import { LlmSimEnv } from './env.js'

await runService({ name: 'llm-sim', Env: LlmSimEnv, buildApp })
