import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { calibrateAcrossVoices } from './lovo.js'
import type { GameScores } from './metrics.js'
import type { ScorerName } from './evaluate.js'

// The detection package names the generated file it ships (an export, not a path into its tree).
export const CALIBRATION_FILE = fileURLToPath(import.meta.resolve('@heist/detection/scoring/calibration.ts'))

/**
 * Write the detection service's thresholds, calibrated on the control games of every voice played,
 * the strictest voice's (the service meets voices none of these is: it gets everything the
 * evaluation saw, judged the way a held-out voice is).
 */
export function writeCalibration(collected: Record<ScorerName, GameScores[]>, rate: number, voices: readonly string[], command: string): string {
  const hybrid = calibrateAcrossVoices(collected.hybrid, rate)
  const rules = calibrateAcrossVoices(collected.rules, rate)
  const controls = collected.hybrid.filter((g) => g.mole === null).length
  const text = `import type { Calibration } from './calibration-type.js'

/**
 * The accusation thresholds, calibrated by \`pnpm eval --write-calibration\` on the control games
 * (no mole) of every voice, the strictest voice's: the top agent is named only when its confidence (its score less
 * 0.75 of the runner-up's, halved on one piece of evidence, pickSuspect) clears the threshold of the
 * result's mode, so that at most \`false_accusation_rate\` of games without a mole name anyone.
 * Generated: edit by re-running the evaluation, not by hand.
 */
export const CALIBRATION: Calibration = {
  thresholds: { hybrid: ${hybrid.toFixed(3)}, rules_only: ${rules.toFixed(3)} },
  false_accusation_rate: ${rate},
  control_games: ${controls},
  voices: ${JSON.stringify(voices)},
  command: ${JSON.stringify(`${command} --write-calibration`)},
}
`
  writeFileSync(CALIBRATION_FILE, text)
  return CALIBRATION_FILE
}
