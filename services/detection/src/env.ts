import { clientSecret, LlmEnv, OperatorTokenEnv, serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'

/** Environment of the detection service. Weights come from `config/heist.yaml` (`detection:`). */
export const DetectionEnv = serviceEnv('detection').extend({
  ...serviceUrl('oauth'),
  ...serviceUrl('dashboard'),
  /** This service's own URL: its resource identifier, the audience of the tokens it accepts. */
  ...serviceUrl('detection'),
  ...clientSecret('detection'),
  ...LlmEnv.shape,
  ...OperatorTokenEnv.shape,
  HEIST_DETECTION_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
})
export type DetectionEnv = z.infer<typeof DetectionEnv>
