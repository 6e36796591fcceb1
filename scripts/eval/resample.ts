/**
 * The bootstrap on one group of games, fast: the group is read once into flat arrays, a bootstrap
 * draw is a list of game indices, and each metric reads the arrays at those indices. The figures
 * equal metrics.ts's on the same draws, to the last bit: the draws come from the same generator in
 * the same order, sums run in draw order, and AUROC's pair count is exact in any order (multiples
 * of ½). What changes is the cost: no array of games per draw, and AUROC and the TPR thresholds
 * count scores by rank (the group's scores sorted once) instead of sorting every draw.
 */
import { auroc, brier, correctAccusations, detectionAtFpr, falseAccusations, type GameScores, type Interval, percentileInterval, seededRandom, split, top1, topOf } from './metrics.js'

/** A metric of a draw: indices into the group's games, repeats allowed. */
export type DrawMetric = (draw: Int32Array) => number

export interface GroupMetricsOf {
  top1: DrawMetric
  auroc: DrawMetric
  tprAtFpr: (fpr: number) => DrawMetric
  falseAccusations: DrawMetric
  correctAccusations: DrawMetric
  brier: DrawMetric
}

interface Flat {
  mole: Uint8Array
  credit: Float64Array
  accused: Uint8Array
  correct: Uint8Array
  brierTerm: Float64Array
  /** Per game: the rank of the mole's score (-1: none); the ranks of the innocents' scores, from negStart[g] to negStart[g + 1]. */
  posRank: Int32Array
  negStart: Int32Array
  negRank: Int32Array
  ranks: number
}

function flatten(games: readonly GameScores[]): Flat {
  const n = games.length
  const values = new Set<number>()
  for (const g of games) for (const s of Object.values(g.scores)) values.add(s)
  // Distinct values in ascending order; a score's rank is its place here (Set and sort both treat -0 as 0).
  const sorted = Float64Array.from(values).sort()
  const rankOf = new Map<number, number>()
  sorted.forEach((v, i) => rankOf.set(v, i))
  const f: Flat = {
    mole: new Uint8Array(n), credit: new Float64Array(n), accused: new Uint8Array(n), correct: new Uint8Array(n), brierTerm: new Float64Array(n),
    posRank: new Int32Array(n).fill(-1), negStart: new Int32Array(n + 1), negRank: new Int32Array(0), ranks: sorted.length,
  }
  const negRanks: number[] = []
  games.forEach((g, i) => {
    const single = [g]
    f.mole[i] = g.mole === null ? 0 : 1
    // The plain metrics on one game give each game's share: the same arithmetic, read once.
    f.credit[i] = g.mole === null ? 0 : top1(single)
    f.accused[i] = g.mole === null ? falseAccusations(single) : 0
    f.correct[i] = g.mole === null ? 0 : correctAccusations(single)
    const [top, score] = topOf(g)
    f.brierTerm[i] = (score - (top === g.mole ? 1 : 0)) ** 2
    const { pos, neg } = split(single)
    if (pos.length > 0) f.posRank[i] = rankOf.get(pos[0]!)!
    f.negStart[i] = negRanks.length
    for (const s of neg) negRanks.push(rankOf.get(s)!)
  })
  f.negStart[n] = negRanks.length
  f.negRank = Int32Array.from(negRanks)
  return f
}

/**
 * The metrics of a group as functions of a draw, or null when the plain metrics must be used
 * (a NaN score, which has no rank; or a game with more than one mole score).
 */
export function drawMetrics(games: readonly GameScores[]): GroupMetricsOf | null {
  if (games.some((g) => Object.values(g.scores).some(Number.isNaN) || split([g]).pos.length > 1)) return null
  const f = flatten(games)
  const negCount = new Int32Array(f.ranks)
  const below = new Float64Array(f.ranks)
  /** Innocent scores per rank in the draw; returns how many there are. */
  const countNeg = (draw: Int32Array): number => {
    negCount.fill(0)
    let total = 0
    for (let k = 0; k < draw.length; k++) {
      const g = draw[k]!
      for (let j = f.negStart[g]!; j < f.negStart[g + 1]!; j++) negCount[f.negRank[j]!]!++
      total += f.negStart[g + 1]! - f.negStart[g]!
    }
    return total
  }
  const molesIn = (draw: Int32Array): number => {
    let moles = 0
    for (let k = 0; k < draw.length; k++) moles += f.mole[draw[k]!]!
    return moles
  }
  const molesScored = (draw: Int32Array): number => {
    let pos = 0
    for (let k = 0; k < draw.length; k++) if (f.posRank[draw[k]!]! >= 0) pos++
    return pos
  }
  /** The mean of `value` over the draw's games with (1) or without (0) a mole; NaN if there are none. */
  const meanWhere = (draw: Int32Array, mole: 0 | 1, value: ArrayLike<number>): number => {
    let games = 0
    let sum = 0
    for (let k = 0; k < draw.length; k++) {
      const g = draw[k]!
      if (f.mole[g] !== mole) continue
      games++
      sum += value[g]!
    }
    return games === 0 ? NaN : sum / games
  }
  return {
    top1: (draw) => meanWhere(draw, 1, f.credit),
    auroc: (draw) => {
      const neg = countNeg(draw)
      const pos = molesScored(draw)
      if (pos === 0 || neg === 0) return NaN
      // Innocents below each rank, then per mole score: those below plus half of those equal.
      for (let r = 1; r < f.ranks; r++) below[r] = below[r - 1]! + negCount[r - 1]!
      let u = 0
      for (let k = 0; k < draw.length; k++) {
        const r = f.posRank[draw[k]!]!
        if (r >= 0) u += below[r]! + negCount[r]! / 2
      }
      return u / (pos * neg)
    },
    tprAtFpr: (fpr) => (draw) => {
      const neg = countNeg(draw)
      const pos = molesScored(draw)
      if (pos === 0 || neg === 0) return NaN
      // The innocent score at place ⌊fpr·neg⌋ from the top, as a rank.
      const place = Math.floor(fpr * neg)
      let seen = 0
      let threshold = f.ranks - 1
      for (; threshold >= 0; threshold--) {
        seen += negCount[threshold]!
        if (seen > place) break
      }
      let above = 0
      for (let k = 0; k < draw.length; k++) if (f.posRank[draw[k]!]! > threshold) above++
      return above / pos
    },
    falseAccusations: (draw) => meanWhere(draw, 0, f.accused),
    correctAccusations: (draw) => {
      const moles = molesIn(draw)
      if (moles === 0) return NaN
      let correct = 0
      for (let k = 0; k < draw.length; k++) correct += f.correct[draw[k]!]!
      return correct / moles
    },
    brier: (draw) => {
      if (draw.length === 0) return NaN
      let sum = 0
      for (let k = 0; k < draw.length; k++) sum += f.brierTerm[draw[k]!]!
      return sum / draw.length
    },
  }
}

/** The plain metrics (metrics.ts) in the same shape, for the groups drawMetrics declines. */
export function plainMetrics(games: readonly GameScores[]): GroupMetricsOf {
  const of = (metric: (g: readonly GameScores[]) => number): DrawMetric => (draw) => metric(Array.from(draw, (i) => games[i]!))
  const sides = (g: readonly GameScores[]) => split(g)
  return {
    top1: of(top1),
    auroc: of((g) => {
      const { pos, neg } = sides(g)
      return auroc(pos, neg)
    }),
    tprAtFpr: (fpr) => of((g) => {
      const { pos, neg } = sides(g)
      return detectionAtFpr(pos, neg, fpr)
    }),
    falseAccusations: of((g) => falseAccusations(g)),
    correctAccusations: of((g) => correctAccusations(g)),
    brier: of(brier),
  }
}

/**
 * Every draw of a bootstrap, `samples` runs of `n` indices: a function of (n, seed, samples) only.
 * Each scorer, held out and in-voice, resamples groups of the same games with the same seeds, so
 * the draws are made once and read by all twelve evaluations (drawing was a third of the metrics).
 */
const DRAWS = new Map<string, Int32Array>()

function drawsFor(n: number, seed: number, samples: number): Int32Array {
  const key = `${n}:${seed}:${samples}`
  let all = DRAWS.get(key)
  if (!all) {
    const rand = seededRandom(seed)
    all = new Int32Array(n * samples)
    for (let i = 0; i < all.length; i++) all[i] = Math.floor(rand() * n)
    DRAWS.set(key, all)
  }
  return all
}

/**
 * A metric with its 95 % bootstrap interval: the same draws, in the same order, as
 * `bootstrap` in metrics.ts (a test holds the two equal), over indices instead of games.
 */
export function bootstrapDraws(n: number, metric: DrawMetric, seed: number, samples = 400): Interval {
  const value = metric(Int32Array.from({ length: n }, (_, i) => i))
  if (n === 0 || Number.isNaN(value)) return { value, lo: NaN, hi: NaN }
  const all = drawsFor(n, seed, samples)
  const values: number[] = []
  for (let b = 0; b < samples; b++) {
    const v = metric(all.subarray(b * n, (b + 1) * n))
    if (!Number.isNaN(v)) values.push(v)
  }
  return percentileInterval(value, values)
}
