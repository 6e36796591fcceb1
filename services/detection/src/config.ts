import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { clientSecret, ConfigError, HeistError, HeistFile, LlmEnv, loadYamlFiles, OperatorTokenEnv, serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'
import type { DetectionWeights } from './scoring/index.js'

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

/** What a profile may be called (the orchestrator's HEIST_PROFILE rule): never a path. */
const PROFILE_NAME = /^[a-z0-9_-]{1,32}$/

/**
 * Detection weights from `heist.yaml` in the config directory, overlaid with the profile's
 * `profiles/<name>/heist.yaml` when it has one (the same overlay the orchestrator and the
 * launcher apply), so a profile's `detection:` is never silently ignored.
 */
export function loadWeights(configDir: string, profile?: string): DetectionWeights {
  const files = [join(configDir, 'heist.yaml')]
  if (profile !== undefined) {
    if (!PROFILE_NAME.test(profile)) throw new HeistError('DETECTION_BAD_PROFILE', `profile "${profile}" is not a profile name`, 422)
    const overlay = join(configDir, 'profiles', profile, 'heist.yaml')
    if (existsSync(overlay)) files.push(overlay)
  }
  let file
  try {
    file = loadYamlFiles(HeistFile, files)
  } catch (error) {
    // The base file was read at start; a bad profile overlay is the caller's problem, not a 500.
    if (profile !== undefined && error instanceof ConfigError) {
      // Named within the config directory, never where the server keeps it.
      const problems = error.problems.map((p) => `${relative(configDir, p.source)}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}`)
      throw new HeistError('DETECTION_BAD_PROFILE', `profile "${profile}" has a bad heist.yaml: ${problems.join('; ')}`, 422)
    }
    throw error
  }
  const d = file.detection
  return { rules: d.rule_weight, model: d.llm_weight, signals: { ...d.signals } }
}
