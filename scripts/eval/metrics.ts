/**
 * Detection metrics over games: top-1 accuracy, AUROC, detection rate at a fixed false-positive
 * rate, false accusations on control games, and seeded bootstrap confidence intervals.
 */
import { mulberry32 } from '@heist/shared'

/** One scorer's view of one game: a score per agent, and the truth (null mole for a control game). */
export interface GameScores {
  mole: string | null
  strategy: string | null
  scores: Record<string, number>
  /** The llm-sim voice that played it. */
  voice?: string
  seed?: number
  /** The first round after which the mole ranked top of the rule scores (null: never, or a control game). */
  firstTopRound?: number | null
  /** The accusation threshold this game is judged with (calibrated on other games: see lovo.ts). */
  threshold?: number
  /**
   * What the accusation holds to the threshold: the detector's `confidence` (the top score less a
   * share of the runner-up's, `pickSuspect`); the top score for a scorer without one.
   */
  confidence?: number
}

export interface Interval {
  value: number
  lo: number
  hi: number
}

/**
 * What the metrics read from one game, worked out once: the bootstrap draws the same game
 * hundreds of times per metric, and re-reading its scores each time was most of the eval's CPU.
 */
interface GameFacts {
  /** The top suspect (the first of equal scores) and its confidence (its score when the game has none). */
  top: [string, number]
  /** Top-1 credit: 1/k when the mole is among k tied leaders, else 0 (0 in a control game). */
  credit: number
  /** The mole's score (at most one) and the innocents' scores. */
  pos: number[]
  neg: number[]
}

const FACTS = new WeakMap<GameScores, GameFacts>()

function factsOf(g: GameScores): GameFacts {
  let f = FACTS.get(g)
  if (f) return f
  const entries = Object.entries(g.scores)
  const top = entries.reduce((a, b) => (b[1] > a[1] ? b : a))
  let leaders = 0
  let moleLeads = false
  const pos: number[] = []
  const neg: number[] = []
  for (const [agent, s] of entries) {
    if (s === top[1]) {
      leaders++
      if (agent === g.mole) moleLeads = true
    }
    ;(agent === g.mole ? pos : neg).push(s)
  }
  f = { top: g.confidence === undefined ? top : [top[0], g.confidence], credit: moleLeads ? 1 / leaders : 0, pos, neg }
  FACTS.set(g, f)
  return f
}

/** Top-1 on mole games; ties share the credit (1/k when the mole is among k tied leaders). */
export function top1(games: readonly GameScores[]): number {
  let moles = 0
  let hits = 0
  for (const g of games) {
    if (g.mole === null) continue
    moles++
    hits += factsOf(g).credit
  }
  return moles === 0 ? NaN : hits / moles
}

/** Positive (the mole) and negative (every innocent, control games included) per-agent scores. */
export function split(games: readonly GameScores[]): { pos: number[]; neg: number[] } {
  const pos: number[] = []
  const neg: number[] = []
  for (const g of games) {
    const f = factsOf(g)
    for (const s of f.pos) pos.push(s)
    for (const s of f.neg) neg.push(s)
  }
  return { pos, neg }
}

/** AUROC by the Mann-Whitney U: per mole score, the innocents below it plus half of those equal. */
export function auroc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN
  // Numeric sorts of typed arrays and one merge pass (counts are exact in doubles, as the rank sums were).
  const p = Float64Array.from(pos).sort()
  const n = Float64Array.from(neg).sort()
  let below = 0
  let u = 0
  for (let i = 0; i < p.length;) {
    const s = p[i]!
    let j = i
    while (j < p.length && p[j] === s) j++
    while (below < n.length && n[below]! < s) below++
    let equal = 0
    while (below + equal < n.length && n[below + equal] === s) equal++
    u += (j - i) * (below + equal / 2)
    i = j
  }
  return u / (pos.length * neg.length)
}

/** Share of moles scored above the threshold that lets through only `fpr` of innocents. */
export function detectionAtFpr(pos: readonly number[], neg: readonly number[], fpr = 0.05): number {
  if (pos.length === 0 || neg.length === 0) return NaN
  const sorted = Float64Array.from(neg).sort().reverse()
  const threshold = sorted[Math.floor(fpr * sorted.length)] ?? -Infinity
  return pos.filter((s) => s > threshold).length / pos.length
}

/** The top suspect and its confidence, which an accusation holds to the threshold (the first of equal scores). */
export function topOf(g: GameScores): [string, number] {
  return factsOf(g).top
}

/** Control games where somebody is accused: the top suspect's confidence is above the threshold (the game's own, else `threshold`). */
export function falseAccusations(games: readonly GameScores[], threshold = Infinity): number {
  const controls = games.filter((g) => g.mole === null)
  if (controls.length === 0) return NaN
  return controls.filter((g) => topOf(g)[1] > (g.threshold ?? threshold)).length / controls.length
}

/** Control games with the "nobody" verdict: no score above the threshold. */
export function nobodyRate(games: readonly GameScores[], threshold = Infinity): number {
  return 1 - falseAccusations(games, threshold)
}

/** Mole games where the top suspect is the mole and its confidence is above the threshold. */
export function correctAccusations(games: readonly GameScores[], threshold = Infinity): number {
  const moles = games.filter((g) => g.mole !== null)
  if (moles.length === 0) return NaN
  return moles.filter((g) => {
    const [top, score] = topOf(g)
    return top === g.mole && score > (g.threshold ?? threshold)
  }).length / moles.length
}

/**
 * Brier score of the suspect confidence: per game, the top suspect's confidence as the probability that the top
 * suspect is the mole (0 in a control game). Lower is better; always saying 0.5 scores 0.25.
 */
export function brier(games: readonly GameScores[]): number {
  if (games.length === 0) return NaN
  return games.reduce((sum, g) => {
    const [top, score] = topOf(g)
    return sum + (score - (top === g.mole ? 1 : 0)) ** 2
  }, 0) / games.length
}

/** Median round in which the mole first ranks top (mole games where it ever does), and the share where it never does. */
export function firstTop(games: readonly GameScores[]): { median: number; never: number } {
  const moles = games.filter((g) => g.mole !== null)
  const rounds = moles.map((g) => g.firstTopRound).filter((r): r is number => typeof r === 'number').sort((a, b) => a - b)
  return { median: rounds.length ? rounds[Math.floor((rounds.length - 1) / 2)]! : NaN, never: moles.length ? 1 - rounds.length / moles.length : NaN }
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

/** The fleet's seeded PRNG (mulberry32), so confidence intervals are reproducible. */
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
  return percentileInterval(value, values)
}

/** `value` with the 2.5th and 97.5th percentiles of its bootstrap `samples` (sorted here) as its 95% interval. */
export function percentileInterval(value: number, samples: number[]): Interval {
  samples.sort((x, y) => x - y)
  return { value, lo: samples[Math.floor(0.025 * samples.length)] ?? NaN, hi: samples[Math.ceil(0.975 * samples.length) - 1] ?? NaN }
}
