import { describe, expect, it } from 'vitest'
import { auroc, bootstrap, brier, correctAccusations, detectionAtFpr, falseAccusations, type GameScores, seededRandom, split, top1 } from '../metrics.js'
import { bootstrapDraws, drawMetrics } from '../resample.js'

const AGENTS = ['a', 'b', 'c', 'd', 'e', 'f']

/** Games with many tied scores (a twentieth apart), a third of them controls, each with its own threshold. */
function games(count: number, seed: number): GameScores[] {
  const rand = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => ({
    mole: i % 3 === 2 ? null : AGENTS[Math.floor(rand() * AGENTS.length)]!,
    strategy: null,
    scores: Object.fromEntries(AGENTS.map((a) => [a, Math.round(rand() * 20) / 20])),
    threshold: Math.round(rand() * 20) / 20,
  }))
}

const sides = (metric: (pos: number[], neg: number[]) => number) => (g: readonly GameScores[]) => {
  const { pos, neg } = split(g)
  return metric(pos, neg)
}

describe('bootstrap over draws of indices', () => {
  it('gives the very intervals of the bootstrap over games, for every metric', () => {
    for (const [count, seed] of [[30, 1], [90, 2], [7, 3]] as const) {
      const g = games(count, seed)
      const m = drawMetrics(g)!
      const pairs: [(d: Int32Array) => number, (g: readonly GameScores[]) => number][] = [
        [m.top1, top1],
        [m.auroc, sides(auroc)],
        [m.tprAtFpr(0.01), sides((p, n) => detectionAtFpr(p, n, 0.01))],
        [m.tprAtFpr(0.05), sides((p, n) => detectionAtFpr(p, n, 0.05))],
        [m.falseAccusations, (x) => falseAccusations(x)],
        [m.correctAccusations, (x) => correctAccusations(x)],
        [m.brier, brier],
      ]
      for (const [fast, plain] of pairs) expect(bootstrapDraws(g.length, fast, seed + 10, 200)).toEqual(bootstrap(g, plain, seed + 10, 200))
    }
  })

  it('declines a group with a NaN score (it has no rank), so the plain metrics are used', () => {
    const g = games(10, 4)
    g[3]!.scores.b = NaN
    expect(drawMetrics(g)).toBeNull()
  })
})
