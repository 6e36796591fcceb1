import { join } from 'node:path'
import { BaseEnv, clientSecret, envPort, FLEET, HeistFile, LlmEnv, loadYamlFiles, serviceUrl } from '@heist/shared'
import { z } from 'zod'
import type { DetectionWeights } from './scoring/index.js'

const DETECTION_PORT = FLEET.find((s) => s.name === 'detection')?.port ?? 8010

/** Environment of the detection service. Weights come from `config/heist.yaml` (`detection:`). */
export const DetectionEnv = BaseEnv.extend({
  PORT: envPort(DETECTION_PORT),
  // serviceUrl's keys are computed, so its type is widened; name the fields we read.
  ...(serviceUrl('oauth') as { HEIST_OAUTH_URL: z.ZodDefault<z.ZodURL> }),
  ...(serviceUrl('dashboard') as { HEIST_DASHBOARD_URL: z.ZodDefault<z.ZodURL> }),
  ...(clientSecret('detection') as { HEIST_SECRET_DETECTION: z.ZodString }),
  ...LlmEnv.shape,
  HEIST_DETECTION_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
})
export type DetectionEnv = z.infer<typeof DetectionEnv>

/** Detection weights from `heist.yaml` in the config directory. */
export function loadWeights(configDir: string): DetectionWeights {
  const file = loadYamlFiles(HeistFile, [join(configDir, 'heist.yaml')])
  const d = file.detection
  return { rules: d.rule_weight, model: d.llm_weight, signals: { ...d.signals } }
}
