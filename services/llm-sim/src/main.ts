import { runService } from '@heist/shared'
import { buildApp } from './app.js'
import { LlmSimEnv } from './config.js'

await runService({ name: 'llm-sim', Env: LlmSimEnv, buildApp })
