import { join } from 'node:path'
import { resourceUri, resourceVerifier, runService } from '@heist/shared'
import { createChatClient } from '@heist/shared/chat-client'
import { buildApp } from './app.js'
import { MemoryEnv } from './env.js'
import { openDatabase } from './db.js'

await runService({
  name: 'memory',
  Env: MemoryEnv,
  createDeps: (config) => ({
    db: openDatabase(join(config.HEIST_DATA_DIR, 'memory', 'memory.db')),
    chat: createChatClient({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.HEIST_MEMORY_LLM_TIMEOUT_MS }),
    verify: resourceVerifier({ env: config, resource: resourceUri('memory', config) }),
  }),
  buildApp,
})
