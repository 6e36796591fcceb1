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

  it('sets no threshold from a voice outside calibrateOn, and judges that voice by the calibration voices', () => {
    const of = (voice: string, base: number) => Array.from({ length: 20 }, (_, i) => control(base + i / 100, voice))
    const games = [...of('a', 0), ...of('b', 0.3), ...of('never-read', 0.6)]
    const byVoice = (voice: string) => games.filter((g) => g.voice === voice)
    const fold = (calibrateOn: ReadonlySet<string> | undefined, voice: string) => withThresholds(games, 0.05, calibrateOn).folds.find((f) => f.voice === voice)!
    // Every voice calibrates: a is held to the strictest other voice, the never-read one.
    expect(fold(undefined, 'a').held_out).toBe(calibrate(byVoice('never-read'), 0.05))
    const only = new Set(['a', 'b'])
    expect(fold(only, 'a').held_out).toBe(calibrate(byVoice('b'), 0.05))
    expect(fold(only, 'a').controls.held_out).toBe(20)
    expect(fold(only, 'never-read').held_out).toBe(calibrate(byVoice('b'), 0.05))
    expect(fold(only, 'never-read').controls.held_out).toBe(40)
    // In-voice stays the voice's own.
    expect(fold(only, 'never-read').in_voice).toBe(calibrate(byVoice('never-read'), 0.05))
  })
})
