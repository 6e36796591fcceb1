import { join } from 'node:path'
import { closeOnSignals, createTokenVerifier, loadConfig } from '@heist/shared'
import { buildApp } from './app.js'
import { createOpenAiChat } from './chat.js'
import { MemoryEnv } from './config.js'
import { openDatabase } from './db.js'

const config = loadConfig(MemoryEnv, process.env)
const deps = {
  db: openDatabase(join(config.HEIST_DATA_DIR, 'memory', 'memory.db')),
  chat: createOpenAiChat({ baseURL: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.HEIST_MEMORY_LLM_TIMEOUT_MS }),
  verify: createTokenVerifier({ issuer: config.HEIST_ISSUER, audience: config.HEIST_AUDIENCE, jwksUrl: `${config.HEIST_OAUTH_URL}/.well-known/jwks.json` }),
}
const app = await buildApp({ config, deps })
await app.listen({ host: config.HOST, port: config.PORT })
closeOnSignals(() => app.close(), app.log)
