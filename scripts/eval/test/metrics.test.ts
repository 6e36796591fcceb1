import { describe, expect, it } from 'vitest'
import { auroc, bootstrap, correctAccusations, detectionAtFpr, falseAccusations, seededRandom, top1 } from '../metrics.js'
import { calibrate } from '../lovo.js'

const game = (mole: string | null, scores: Record<string, number>) => ({ mole, strategy: mole ? 'timing_errors' : null, scores })

describe('evaluation metrics', () => {
  it('AUROC is 1 when every mole outranks every innocent, 0.5 for ties, 0 when reversed', () => {
    expect(auroc([0.9, 0.8], [0.1, 0.2, 0.3])).toBe(1)
    expect(auroc([0.5], [0.5, 0.5])).toBe(0.5)
    expect(auroc([0.1], [0.2, 0.3])).toBe(0)
  })

  it('AUROC equals the share of (mole, innocent) pairs the mole wins, ties half, on scores with many ties', () => {
    const rand = seededRandom(11)
    const draw = (n: number) => Array.from({ length: n }, () => Math.round(rand() * 20) / 20)
    for (let trial = 0; trial < 20; trial++) {
      const pos = draw(1 + trial)
      const neg = draw(3 + 2 * trial)
      let wins = 0
      for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0
      expect(auroc(pos, neg)).toBeCloseTo(wins / (pos.length * neg.length), 12)
    }
  })

  it('top-1 shares credit among tied leaders and ignores control games', () => {
    const games = [game('a', { a: 0.9, b: 0.1 }), game('a', { a: 0.5, b: 0.5 }), game(null, { a: 0.9, b: 0.1 })]
    expect(top1(games)).toBe(0.75)
  })

  it('detection at 5% FPR uses the threshold that lets through 5% of innocents', () => {
    const neg = Array.from({ length: 100 }, (_, i) => i / 100)
    expect(detectionAtFpr([0.97, 0.99, 0.5], neg, 0.05)).toBeCloseTo(2 / 3)
  })

  it('false accusations count control games whose top score passes the threshold', () => {
    expect(falseAccusations([game(null, { a: 0.6, b: 0.1 }), game(null, { a: 0.2, b: 0.1 }), game('a', { a: 0.9 })], 0.5)).toBe(0.5)
  })

  it('an accusation holds the detector\'s confidence to the threshold when the game has one, else the top score', () => {
    // The top score 0.6 clears 0.5, but the detector's confidence (its lead-adjusted top) is 0.3.
    const noisy = { ...game(null, { a: 0.6, b: 0.4 }), confidence: 0.3 }
    expect(falseAccusations([noisy], 0.5)).toBe(0)
    expect(falseAccusations([game(null, { a: 0.6, b: 0.4 })], 0.5)).toBe(1)
    expect(correctAccusations([{ ...game('a', { a: 0.6, b: 0.4 }), confidence: 0.3 }], 0.5)).toBe(0)
    expect(calibrate([noisy, { ...game(null, { a: 0.9 }), confidence: 0.2 }], 0.05)).toBe(0.3)
  })

  it('bootstrap intervals are reproducible for a seed and contain the point estimate', () => {
    const games = Array.from({ length: 40 }, (_, i) => game('a', { a: i % 3 === 0 ? 0.1 : 0.9, b: 0.5 }))
    const x = bootstrap(games, top1, 7, 200)
    expect(bootstrap(games, top1, 7, 200)).toEqual(x)
    expect(x.lo).toBeLessThanOrEqual(x.value)
    expect(x.hi).toBeGreaterThanOrEqual(x.value)
  })
})
