import { serviceEnv } from '@heist/shared'
import { z } from 'zod'

export const LlmSimEnv = serviceEnv('llm-sim').extend({
  /** Imitates a real model's speed for demos: tokens per second, 0 = answer at once. */
  LLM_SIM_TOKENS_PER_S: z.coerce.number().min(0).max(100_000).default(0),
})
export type LlmSimEnv = z.infer<typeof LlmSimEnv>
