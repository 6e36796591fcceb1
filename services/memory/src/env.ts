import { LlmEnv, serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'

/**
 * A variable that used to hold a heist.yaml setting: setting it now is refused at start, naming
 * where the setting lives, so an old `.env` or compose file is never silently ignored.
 */
const movedToHeistYaml = (name: string, key: string) =>
  z.undefined({ error: `${name} is no longer read: set memory.${key} in config/heist.yaml (or the profile's overlay)` }).optional()

/** Environment of the memory service: topology, secrets and its model. Compression settings come from heist.yaml with each write. */
export const MemoryEnv = serviceEnv('memory').extend({
  ...serviceUrl('oauth'),
  /** This service's own URL: its resource identifier, the audience of the tokens it accepts. */
  ...serviceUrl('memory'),
  ...LlmEnv.shape,
  HEIST_MEMORY_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  HEIST_MEMORY_THRESHOLD: movedToHeistYaml('HEIST_MEMORY_THRESHOLD', 'compression_threshold_messages'),
  HEIST_MEMORY_RECENT: movedToHeistYaml('HEIST_MEMORY_RECENT', 'recent_messages'),
  HEIST_MEMORY_SUMMARY_TOKENS: movedToHeistYaml('HEIST_MEMORY_SUMMARY_TOKENS', 'summary_max_tokens'),
})
export type MemoryEnv = z.infer<typeof MemoryEnv>
