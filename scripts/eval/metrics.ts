/**
 * Detection metrics over games: top-1 accuracy, AUROC, detection rate at a fixed false-positive
 * rate, false accusations on control games, and seeded bootstrap confidence intervals.
 */
import { mulberry32 } from '@heist/orchestrator/engine'

/** One scorer's view of one game: a score per agent, and the truth (null mole for a control game). */
export interface GameScores {
  mole: string | null
  strategy: string | null
  scores: Record<string, number>
}

export interface Interval {
  value: number
  lo: number
  hi: number
}

/** Top-1 on mole games; ties share the credit (1/k when the mole is among k tied leaders). */
export function top1(games: readonly GameScores[]): number {
  const moles = games.filter((g) => g.mole !== null)
  if (moles.length === 0) return NaN
  let hits = 0
  for (const g of moles) {
    const max = Math.max(...Object.values(g.scores))
    const leaders = Object.entries(g.scores).filter(([, s]) => s === max).map(([a]) => a)
    if (leaders.includes(g.mole!)) hits += 1 / leaders.length
  }
  return hits / moles.length
}

/** Positive (the mole) and negative (every innocent, control games included) per-agent scores. */
export function split(games: readonly GameScores[]): { pos: number[]; neg: number[] } {
  const pos: number[] = []
  const neg: number[] = []
  for (const g of games) for (const [agent, s] of Object.entries(g.scores)) (agent === g.mole ? pos : neg).push(s)
  return { pos, neg }
}

/** AUROC by the rank-sum (Mann-Whitney U), ties counted half. */
export function auroc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN
  const all = [...pos.map((s) => ({ s, p: 1 })), ...neg.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s)
  let rankSum = 0
  for (let i = 0; i < all.length;) {
    let j = i
    while (j < all.length && all[j]!.s === all[i]!.s) j++
    const avgRank = (i + 1 + j) / 2
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += avgRank
    i = j
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length)
}

/** Share of moles scored above the threshold that lets through only `fpr` of innocents. */
export function detectionAtFpr(pos: readonly number[], neg: readonly number[], fpr = 0.05): number {
  if (pos.length === 0 || neg.length === 0) return NaN
  const sorted = [...neg].sort((a, b) => b - a)
  const threshold = sorted[Math.floor(fpr * sorted.length)] ?? -Infinity
  return pos.filter((s) => s > threshold).length / pos.length
}

/** Control games where the top suspect's score is above the accusation threshold. */
export function falseAccusations(games: readonly GameScores[], threshold: number): number {
  const controls = games.filter((g) => g.mole === null)
  if (controls.length === 0) return NaN
  return controls.filter((g) => Math.max(...Object.values(g.scores)) > threshold).length / controls.length
}

/** Mole games where the top suspect is the mole and its score is above the accusation threshold. */
export function correctAccusations(games: readonly GameScores[], threshold: number): number {
  const moles = games.filter((g) => g.mole !== null)
  if (moles.length === 0) return NaN
  return moles.filter((g) => {
    const [top, score] = Object.entries(g.scores).reduce((a, b) => (b[1] > a[1] ? b : a))
    return top === g.mole && score > threshold
  }).length / moles.length
}

/** ROC curve points (false-positive rate, true-positive rate), at most `maxPoints`. */
export function rocCurve(pos: readonly number[], neg: readonly number[], maxPoints = 200): { fpr: number; tpr: number }[] {
  const thresholds = [...new Set([...pos, ...neg])].sort((a, b) => b - a)
  const step = Math.max(1, Math.floor(thresholds.length / maxPoints))
  const points = [{ fpr: 0, tpr: 0 }]
  for (let i = 0; i < thresholds.length; i += step) {
    const t = thresholds[i]!
    points.push({ fpr: neg.filter((s) => s >= t).length / neg.length, tpr: pos.filter((s) => s >= t).length / pos.length })
  }
  points.push({ fpr: 1, tpr: 1 })
  return points
}

/** The engine's seeded PRNG (mulberry32), so confidence intervals are reproducible. */
export { mulberry32 as seededRandom }

/** A metric with its 95% bootstrap interval, resampling games with replacement. */
export function bootstrap(games: readonly GameScores[], metric: (g: readonly GameScores[]) => number, seed: number, samples = 400): Interval {
  const value = metric(games)
  if (games.length === 0 || Number.isNaN(value)) return { value, lo: NaN, hi: NaN }
  const rand = mulberry32(seed)
  const values: number[] = []
  for (let b = 0; b < samples; b++) {
    const sample = Array.from({ length: games.length }, () => games[Math.floor(rand() * games.length)]!)
    const v = metric(sample)
    if (!Number.isNaN(v)) values.push(v)
  }
  values.sort((x, y) => x - y)
  return { value, lo: values[Math.floor(0.025 * values.length)] ?? NaN, hi: values[Math.ceil(0.975 * values.length) - 1] ?? NaN }
}
