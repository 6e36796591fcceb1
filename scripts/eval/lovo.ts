/**
 * Leave-one-voice-out. The only thing the detector learns from games is its accusation threshold
 * (the word lists and weights are fixed in the code and heist.yaml, not fitted). Held out: each
 * voice's games are judged with the threshold calibrated on the control games of the other
 * voices. In-voice: with the threshold calibrated on the voice's own control games.
 */
import { type GameScores, topOf } from './metrics.js'

/**
 * The threshold that names somebody in at most `rate` of these control games: the top score of
 * the (⌊rate·n⌋+1)-th highest control game (accusation is "top score above the threshold").
 */
export function calibrate(controls: readonly GameScores[], rate: number): number {
  const tops = controls.filter((g) => g.mole === null).map((g) => topOf(g)[1]).sort((a, b) => b - a)
  if (tops.length === 0) return 0
  return tops[Math.min(tops.length - 1, Math.floor(rate * tops.length))]!
}

export interface Fold {
  voice: string
  /** Calibrated on the other voices' controls (held out) and on its own (in-voice). */
  held_out: number
  in_voice: number
  controls: { held_out: number; in_voice: number }
}

/** Each game with the threshold it is judged by, held out or in-voice, and the folds. */
export function withThresholds(games: readonly GameScores[], rate: number): { heldOut: GameScores[]; inVoice: GameScores[]; folds: Fold[] } {
  const voices = [...new Set(games.map((g) => g.voice ?? ''))].sort()
  const folds = voices.map((voice): Fold => {
    const own = games.filter((g) => g.mole === null && (g.voice ?? '') === voice)
    const others = games.filter((g) => g.mole === null && (g.voice ?? '') !== voice)
    // With one voice only there is nothing to hold out: fall back to in-voice, and say so in the counts.
    const train = others.length > 0 ? others : own
    return { voice, held_out: calibrate(train, rate), in_voice: calibrate(own, rate), controls: { held_out: others.length, in_voice: own.length } }
  })
  const fold = new Map(folds.map((f) => [f.voice, f]))
  return {
    heldOut: games.map((g) => ({ ...g, threshold: fold.get(g.voice ?? '')!.held_out })),
    inVoice: games.map((g) => ({ ...g, threshold: fold.get(g.voice ?? '')!.in_voice })),
    folds,
  }
}
