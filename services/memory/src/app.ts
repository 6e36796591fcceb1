import { createServiceApp, type TokenVerifier } from '@heist/shared'
import type { ChatFn } from '@heist/shared/chat-client'
import type { MemoryEnv } from './env.js'
import type { Db } from './db.js'
import { MemoryService } from './memory.js'
import { memoryRoutes } from './routes/memory.js'
import { SqliteMemoryStore } from './store.js'

export interface MemoryDeps {
  db: Db
  /** The summariser model. */
  chat: ChatFn
  verify: TokenVerifier
  now?: () => number
  /** Whether the model's template opens its reasoning block, as its server says (`MemoryServiceOptions`). */
  templateOpensBlock?: (signal?: AbortSignal) => Promise<boolean | null>
}

/** The memory service: per-session history and model-written rolling summaries. Never listens. */
export async function buildApp({ config, deps }: { config: MemoryEnv; deps: MemoryDeps }) {
  const app = await createServiceApp({
    name: 'memory',
    logLevel: config.LOG_LEVEL, hosts: config,
    healthChecks: { database: () => (deps.db.prepare('SELECT 1 AS ok').get() ? 'ok' : 'unavailable') },
    verify: deps.verify,
  })
  const store = new SqliteMemoryStore(deps.db)
  const memory = new MemoryService({
    store,
    chat: deps.chat,
    model: config.LLM_MODEL,
    now: deps.now,
    ...(deps.templateOpensBlock ? { templateOpensBlock: deps.templateOpensBlock } : {}),
    onCompression: (event) => app.log[event.error ? 'warn' : 'info'](event, `compressed messages ${event.fromIdx}-${event.toIdx} (${event.method})`),
  })
  await app.register(memoryRoutes, { memory })
  // Before the server waits for requests in flight: a summary waiting on the model ends now.
  app.addHook('preClose', async () => memory.close())
  return app
}
