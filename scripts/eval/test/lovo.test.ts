import { describe, expect, it } from 'vitest'
import { calibrate, calibrateAcrossVoices, withThresholds } from '../lovo.js'
import { falseAccusations, type GameScores } from '../metrics.js'

const control = (top: number, voice = 'a'): GameScores => ({ mole: null, strategy: null, voice, scores: { planner: top, hacker: top / 2 } })

describe('calibrating the "nobody" threshold', () => {
  it('is the conformal quantile: 80 controls at 5 % accuse 3 of them, so the next control is accused with probability at most 4/81', () => {
    const controls = Array.from({ length: 80 }, (_, i) => control((i + 1) / 100))
    const threshold = calibrate(controls, 0.05)
    expect(threshold).toBe(0.77)
    expect(falseAccusations(controls, threshold)).toBe(3 / 80)
  })

  it('holds an unseen voice to the strictest voice calibrated on, not to their pooled controls', () => {
    const quiet = Array.from({ length: 40 }, (_, i) => control(i / 200, 'quiet'))
    const loud = Array.from({ length: 40 }, (_, i) => control(0.2 + i / 100, 'loud'))
    expect(calibrateAcrossVoices([...quiet, ...loud], 0.05)).toBe(calibrate(loud, 0.05))
    expect(calibrateAcrossVoices([...quiet, ...loud], 0.05)).toBeGreaterThan(calibrate([...quiet, ...loud], 0.05))
  })

  it('judges each voice held out by the other voices\' controls only', () => {
    const games = [...Array.from({ length: 20 }, (_, i) => control(i / 100, 'a')), ...Array.from({ length: 20 }, (_, i) => control(0.5 + i / 100, 'b'))]
    const { folds } = withThresholds(games, 0.05)
    expect(folds.find((f) => f.voice === 'a')!.held_out).toBe(calibrate(games.filter((g) => g.voice === 'b'), 0.05))
    expect(folds.find((f) => f.voice === 'b')!.held_out).toBe(calibrate(games.filter((g) => g.voice === 'a'), 0.05))
  })
})
