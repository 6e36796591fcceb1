import { relative } from 'node:path'
import { ConfigError, HeistError, HeistFile, loadYamlFiles, profileFiles, ProfileName } from '@heist/shared'
import type { DetectionWeights } from './scoring/index.js'

/**
 * Detection weights from `heist.yaml` in the config directory, overlaid with the profile's
 * `profiles/<name>/heist.yaml` when it has one (the same overlay the orchestrator and the
 * launcher apply), so a profile's `detection:` is never silently ignored.
 */
export function loadWeights(configDir: string, profile?: string): DetectionWeights {
  if (profile !== undefined && !ProfileName.safeParse(profile).success) throw new HeistError('DETECTION_BAD_PROFILE', `profile "${profile}" is not a profile name`, 422)
  const files = profileFiles(configDir, 'heist.yaml', profile)
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
