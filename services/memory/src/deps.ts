import { join } from 'node:path'
import { resourceUri, resourceVerifier } from '@heist/shared'
import { createChatClient } from '@heist/shared/chat-client'
import { logFieldRefusals } from '@heist/shared/chat-field-refusals'
import { templateOpensBlock } from '@heist/shared/template-probe'
import type { MemoryDeps } from './app.js'
import { openDatabase } from './db.js'
import type { MemoryEnv } from './env.js'

/** Real dependencies: the SQLite store, the summariser model (its refused fields logged in `log`) and the token verifier. */
export function createDeps(config: Readonly<MemoryEnv>, { log }: { log: { warn(details: object, message: string): void } }): MemoryDeps {
  return {
    db: openDatabase(join(config.HEIST_DATA_DIR, 'memory', 'memory.db')),
    chat: createChatClient({
      baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.HEIST_MEMORY_LLM_TIMEOUT_MS,
      onFieldRefused: logFieldRefusals(log, 'the summariser'),
    }),
    verify: resourceVerifier({ env: config, resource: resourceUri('memory', config) }),
    templateOpensBlock: (signal) => templateOpensBlock({
      baseUrl: config.LLM_BASE_URL, model: config.LLM_MODEL, apiKey: config.LLM_API_KEY, timeoutMs: Math.min(config.HEIST_MEMORY_LLM_TIMEOUT_MS, 5_000), ...(signal ? { signal } : {}),
    }),
  }
}
