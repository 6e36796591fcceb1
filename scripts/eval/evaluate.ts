import { auroc, bootstrap, correctAccusations, detectionAtFpr, falseAccusations, type GameScores, type Interval, rocCurve, split, top1 } from './metrics.js'

export const SCORERS = ['hybrid', 'rules', 'model', 'seed_formula', 'chance'] as const
export type ScorerName = (typeof SCORERS)[number]

export interface GroupMetrics {
  games: number
  top1: Interval
  auroc: Interval
  detection_at_5pct_fpr: Interval
  /** Control games only (overall): the top suspect's score above the accusation threshold. */
  false_accusations: Interval | null
  /** Mole games: the top suspect is the mole and scores above the accusation threshold. */
  correct_accusations: Interval
}

export interface ScorerReport {
  overall: GroupMetrics
  by_strategy: Record<string, GroupMetrics>
  roc: { fpr: number; tpr: number }[]
}

function group(games: readonly GameScores[], seed: number, samples: number, threshold: number, withControls: boolean): GroupMetrics {
  const a = (g: readonly GameScores[]) => {
    const { pos, neg } = split(g)
    return auroc(pos, neg)
  }
  const d = (g: readonly GameScores[]) => {
    const { pos, neg } = split(g)
    return detectionAtFpr(pos, neg, 0.05)
  }
  return {
    games: games.length,
    top1: bootstrap(games, top1, seed + 1, samples),
    auroc: bootstrap(games, a, seed + 2, samples),
    detection_at_5pct_fpr: bootstrap(games, d, seed + 3, samples),
    false_accusations: withControls ? bootstrap(games, (g) => falseAccusations(g, threshold), seed + 4, samples) : null,
    correct_accusations: bootstrap(games, (g) => correctAccusations(g, threshold), seed + 5, samples),
  }
}

/** Every metric for one scorer: overall (control games included as negatives) and per strategy. */
export function evaluateScorer(games: readonly GameScores[], options: { seed: number; samples: number; threshold: number }): ScorerReport {
  const strategies = [...new Set(games.map((g) => g.strategy).filter((s): s is string => s !== null))].sort()
  const by_strategy: Record<string, GroupMetrics> = {}
  for (const s of strategies) by_strategy[s] = group(games.filter((g) => g.strategy === s), options.seed, options.samples, options.threshold, false)
  const { pos, neg } = split(games)
  return { overall: group(games, options.seed, options.samples, options.threshold, true), by_strategy, roc: rocCurve(pos, neg) }
}
