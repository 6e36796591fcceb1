import type { Calibration } from './calibration-type.js'

/**
 * The accusation thresholds, calibrated by `pnpm eval --write-calibration` on the control games
 * (no mole) of every voice, the strictest voice's: the top agent is named only when its confidence (its score less
 * 0.75 of the runner-up's, halved on one piece of evidence, pickSuspect) clears the threshold of the
 * result's mode, so that at most `false_accusation_rate` of games without a mole name anyone.
 * Generated: edit by re-running the evaluation, not by hand.
 */
export const CALIBRATION: Calibration = {
  thresholds: { hybrid: 0.156, rules_only: 0.200 },
  false_accusation_rate: 0.05,
  control_games: 320,
  voices: ["heist-sim","heist-sim-b","heist-sim-c","heist-sim-j","heist-sim-l","heist-sim-m","heist-sim-n","heist-sim-o"],
  command: "pnpm eval --games 120 --seed 1 --voices heist-sim,heist-sim-b,heist-sim-c,heist-sim-j,heist-sim-l,heist-sim-m,heist-sim-n,heist-sim-o,heist-sim-e,heist-sim-d,heist-sim-f,heist-sim-g,heist-sim-h,heist-sim-i,heist-sim-k,heist-sim-p,heist-sim-q,heist-sim-r,heist-sim-s,heist-sim-t,heist-sim-u --unseen heist-sim-c,heist-sim-d,heist-sim-f,heist-sim-g,heist-sim-h,heist-sim-i,heist-sim-k,heist-sim-p,heist-sim-q,heist-sim-r,heist-sim-s,heist-sim-t,heist-sim-u --calibrate-on heist-sim,heist-sim-b,heist-sim-c,heist-sim-j,heist-sim-l,heist-sim-m,heist-sim-n,heist-sim-o --write-calibration",
}
