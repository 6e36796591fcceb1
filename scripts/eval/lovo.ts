/**
 * Leave-one-voice-out. The only thing the detector learns from games is its accusation threshold
 * (the word lists and weights are fixed in the code and heist.yaml, not fitted). Held out: each
 * voice's games are judged with the threshold calibrated on the control games of the other
 * voices (the strictest of their per-voice thresholds). In-voice: with the threshold calibrated
 * on the voice's own control games.
 */
import { type GameScores, topOf } from './metrics.js'

/**
 * The threshold that names somebody in at most `rate` of the games *to come* that are like these
 * controls: the conformal quantile, the ⌈(n+1)(1−rate)⌉-th smallest control top score (accusation
 * is "top score above the threshold"). Taking the (⌊rate·n⌋+1)-th highest instead held the rate on
 * the controls themselves but let the next game through at (⌊rate·n⌋+1)/(n+1): 6.2 % for 80.
 */
export function calibrate(controls: readonly GameScores[], rate: number): number {
  const tops = controls.filter((g) => g.mole === null).map((g) => topOf(g)[1]).sort((a, b) => a - b)
  if (tops.length === 0) return 0
  const k = Math.ceil((tops.length + 1) * (1 - rate))
  return tops[Math.min(tops.length, k) - 1]!
}

/**
 * The threshold for a voice none of these controls is: the strictest of each voice's own. Voices
 * differ in how high their control games score (on the development voices a and b, seed 2, the
 * two thresholds were 0.29 and 0.23, and each voice judged by the other's named somebody in 12 %
 * of its controls); a new voice is held to the rate if it is no worse than the worst voice seen.
 */
export function calibrateAcrossVoices(controls: readonly GameScores[], rate: number): number {
  const voices = [...new Set(controls.filter((g) => g.mole === null).map((g) => g.voice ?? ''))]
  return Math.max(0, ...voices.map((v) => calibrate(controls.filter((g) => (g.voice ?? '') === v), rate)))
}

export interface Fold {
  voice: string
  /** Calibrated on the other voices' controls (held out) and on its own (in-voice). */
  held_out: number
  in_voice: number
  controls: { held_out: number; in_voice: number }
}

/**
 * Each game with the threshold it is judged by, held out or in-voice, and the folds. `calibrateOn`
 * (absent: every voice) names the voices whose control games may set a held-out threshold: the
 * frozen run plays every never-read voice at once and holds each to the calibration voices only,
 * as the shipped thresholds are, so its figures are those of one run per never-read voice.
 */
export function withThresholds(games: readonly GameScores[], rate: number, calibrateOn?: ReadonlySet<string>): { heldOut: GameScores[]; inVoice: GameScores[]; folds: Fold[] } {
  const voices = [...new Set(games.map((g) => g.voice ?? ''))].sort()
  const calibrates = (voice: string) => calibrateOn === undefined || calibrateOn.has(voice)
  const folds = voices.map((voice): Fold => {
    const own = games.filter((g) => g.mole === null && (g.voice ?? '') === voice)
    const others = games.filter((g) => g.mole === null && (g.voice ?? '') !== voice && calibrates(g.voice ?? ''))
    // With one voice only there is nothing to hold out: fall back to in-voice, and say so in the counts.
    const train = others.length > 0 ? others : own
    return { voice, held_out: calibrateAcrossVoices(train, rate), in_voice: calibrate(own, rate), controls: { held_out: others.length, in_voice: own.length } }
  })
  const fold = new Map(folds.map((f) => [f.voice, f]))
  return {
    heldOut: games.map((g) => ({ ...g, threshold: fold.get(g.voice ?? '')!.held_out })),
    inVoice: games.map((g) => ({ ...g, threshold: fold.get(g.voice ?? '')!.in_voice })),
    folds,
  }
}
