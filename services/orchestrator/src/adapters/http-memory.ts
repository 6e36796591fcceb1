import { createHttpClient, MemoryContext, MemoryStored, type MemoryCompression, type TokenSource } from '@heist/shared'
import type { MemoryBackend } from '../engine/types.js'

/**
 * The memory service (`/memory/:session/...`) with the orchestrator's own token. Every write
 * carries the session's heist.yaml `memory:` settings: the service has no other source.
 */
export function createHttpMemory(options: { memoryUrl: string; token: TokenSource; settings: MemoryCompression; timeoutMs?: number }): MemoryBackend {
  const { compression_threshold_messages, recent_messages, summary_max_tokens } = options.settings
  const settings = { compression_threshold_messages, recent_messages, summary_max_tokens }
  const client = createHttpClient({
    service: 'memory', baseUrl: options.memoryUrl, token: () => options.token.get(), timeoutMs: options.timeoutMs ?? 30_000, retries: 2,
  })
  return {
    async append(sessionId, message, signal) {
      await client.request({ path: `/memory/${encodeURIComponent(sessionId)}/messages`, query: settings, body: message, schema: MemoryStored, signal })
    },
    async context(sessionId, budget, signal) {
      return client.request({ path: `/memory/${encodeURIComponent(sessionId)}/context`, query: { budget }, schema: MemoryContext, signal })
    },
  }
}
