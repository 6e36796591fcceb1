import type { Calibration } from './calibration-type.js'

/**
 * The accusation thresholds, calibrated by `pnpm eval --write-calibration` on the control games
 * (no mole) of every voice, the strictest voice's: an agent is named only when its score clears the threshold of the
 * result's mode, so that at most `false_accusation_rate` of games without a mole name anyone.
 * Generated: edit by re-running the evaluation, not by hand.
 */
export const CALIBRATION: Calibration = {
  thresholds: { hybrid: 0.150, rules_only: 0.189 },
  false_accusation_rate: 0.05,
  control_games: 120,
  voices: ["heist-sim","heist-sim-b","heist-sim-c"],
  command: "pnpm eval --games 120 --seed 1 --write-calibration",
}
