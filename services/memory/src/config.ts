import { LlmEnv, serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'

/** Environment of the memory service. Compression defaults match `config/heist.yaml` (`memory:`). */
export const MemoryEnv = serviceEnv('memory').extend({
  ...serviceUrl('oauth'),
  /** This service's own URL: its resource identifier, the audience of the tokens it accepts. */
  ...serviceUrl('memory'),
  ...LlmEnv.shape,
  /** Compress once more than this many messages are not yet covered by the summary. */
  HEIST_MEMORY_THRESHOLD: z.coerce.number().int().min(2).max(1000).default(10),
  /** Newest messages always kept verbatim (never summarised by a compression). */
  HEIST_MEMORY_RECENT: z.coerce.number().int().min(1).max(100).default(6),
  /** Upper bound of the rolling summary, in tokens. */
  HEIST_MEMORY_SUMMARY_TOKENS: z.coerce.number().int().min(16).max(4000).default(200),
  HEIST_MEMORY_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
})
export type MemoryEnv = z.infer<typeof MemoryEnv>

/** What the domain needs from the config: the compression policy. */
export interface CompressionPolicy {
  threshold: number
  recent: number
  summaryMaxTokens: number
}

export function policyFrom(config: MemoryEnv): CompressionPolicy {
  return { threshold: config.HEIST_MEMORY_THRESHOLD, recent: config.HEIST_MEMORY_RECENT, summaryMaxTokens: config.HEIST_MEMORY_SUMMARY_TOKENS }
}
