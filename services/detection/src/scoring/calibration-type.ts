/**
 * What `pnpm eval --write-calibration` measures and `calibration.ts` (generated) holds: the
 * accusation threshold of each result mode and how it was obtained. Hand-written, so the
 * generator writes data only.
 */
export interface Calibration {
  thresholds: { hybrid: number; rules_only: number }
  false_accusation_rate: number
  control_games: number
  voices: readonly string[]
  command: string
}
