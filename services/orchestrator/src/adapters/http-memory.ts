import { createHttpClient, MemoryContext, MemoryStored, type TokenSource } from '@heist/shared'
import type { MemoryStore } from '../engine/types.js'

/** The memory service (`/memory/:session/...`) with the orchestrator's own token. */
export function createHttpMemory(options: { memoryUrl: string; token: TokenSource; timeoutMs?: number }): MemoryStore {
  const client = createHttpClient({
    service: 'memory', baseUrl: options.memoryUrl, token: () => options.token.get(), timeoutMs: options.timeoutMs ?? 30_000, retries: 2,
  })
  return {
    async append(sessionId, message, signal) {
      await client.request({ path: `/memory/${encodeURIComponent(sessionId)}/messages`, body: message, schema: MemoryStored, signal })
    },
    async context(sessionId, budget, signal) {
      return client.request({ path: `/memory/${encodeURIComponent(sessionId)}/context`, query: { budget }, schema: MemoryContext, signal })
    },
  }
}
