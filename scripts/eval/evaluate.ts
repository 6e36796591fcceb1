import { withThresholds, type Fold } from './lovo.js'
import { firstTop, type GameScores, type Interval, rocCurve, split } from './metrics.js'
import { bootstrapDraws, type DrawMetric, drawMetrics, plainMetrics } from './resample.js'

/** `phrase_rules`: the rules with the phrase lists read from voices a and b (off in the service), for comparison. */
export const SCORERS = ['hybrid', 'rules', 'model', 'phrase_rules', 'seed_formula', 'chance'] as const
export type ScorerName = (typeof SCORERS)[number]

export interface GroupMetrics {
  games: number
  top1: Interval
  auroc: Interval
  tpr_at_1pct_fpr: Interval
  tpr_at_5pct_fpr: Interval
  /** Control games only: "nobody" named (the top score does not clear the game's threshold). */
  nobody_on_controls: Interval | null
  /** Control games only: somebody named (1 − nobody). */
  false_accusations: Interval | null
  /** Mole games: the top suspect is the mole and clears the threshold. */
  correct_accusations: Interval
  brier: Interval
  first_top_round: { median: number; never: number }
}

export interface ScorerReport {
  overall: GroupMetrics
  by_strategy: Record<string, GroupMetrics>
  by_seat: Record<string, GroupMetrics>
  by_voice: Record<string, GroupMetrics>
  roc: { fpr: number; tpr: number }[]
}

const NONE: Interval = { value: NaN, lo: NaN, hi: NaN }

/** Every metric of one group of games; `full` adds intervals to every metric (else top-1 and AUROC only). */
function group(games: readonly GameScores[], seed: number, samples: number, full: boolean): GroupMetrics {
  const m = drawMetrics(games) ?? plainMetrics(games)
  const all = Int32Array.from({ length: games.length }, (_, i) => i)
  const ci = (metric: DrawMetric, k: number, always = false) =>
    full || always ? bootstrapDraws(games.length, metric, seed + k, samples) : { ...NONE, value: metric(all) }
  const controls = games.some((g) => g.mole === null)
  return {
    games: games.length,
    top1: ci(m.top1, 1, true),
    auroc: ci(m.auroc, 2, true),
    tpr_at_1pct_fpr: ci(m.tprAtFpr(0.01), 3),
    tpr_at_5pct_fpr: ci(m.tprAtFpr(0.05), 4),
    nobody_on_controls: controls ? ci((d) => 1 - m.falseAccusations(d), 5, true) : null,
    false_accusations: controls ? ci(m.falseAccusations, 5) : null,
    correct_accusations: ci(m.correctAccusations, 6, true),
    brier: ci(m.brier, 7),
    first_top_round: firstTop(games),
  }
}

function groupBy(games: readonly GameScores[], key: (g: GameScores) => string | null | undefined): Map<string, GameScores[]> {
  const out = new Map<string, GameScores[]>()
  for (const g of games) {
    const k = key(g)
    if (k === null || k === undefined) continue
    out.set(k, [...(out.get(k) ?? []), g])
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)))
}

/** Every metric for one scorer's games (each carrying the threshold it is judged by). */
export function evaluateScorer(games: readonly GameScores[], options: { seed: number; samples: number; detail: boolean }): ScorerReport {
  const { seed, samples, detail } = options
  // Per strategy and seat: mole games only (a control game has neither).
  const sub = (key: (g: GameScores) => string | null | undefined) => Object.fromEntries([...groupBy(games, key)].map(([k, g]) => [k, group(g, seed, samples, false)]))
  const { pos, neg } = split(games)
  return {
    overall: group(games, seed, samples, true),
    by_strategy: detail ? sub((g) => g.strategy) : {},
    by_seat: detail ? sub((g) => g.mole) : {},
    by_voice: Object.fromEntries([...groupBy(games, (g) => g.voice)].map(([k, g]) => [k, group(g, seed, samples, detail)])),
    roc: rocCurve(pos, neg),
  }
}

export interface Evaluation {
  held_out: Record<ScorerName, ScorerReport>
  in_voice: Record<ScorerName, ScorerReport>
  folds: Record<ScorerName, Fold[]>
  /**
   * The voices no rule, word list, weight or threshold was read from (held out as above), each on
   * its own, in the order asked for: for the others, leave-one-voice-out holds out only the
   * threshold, since the rules were written reading them. Only voices that were played; absent
   * when none was.
   */
  unseen?: { voice: string; scorers: Record<ScorerName, ScorerReport> }[]
  /** Two or more never-read voices' games together (each judged as in `unseen`): the held-out headline. */
  unseen_pooled?: { voices: string[]; scorers: Record<ScorerName, ScorerReport> }
}

/** Held-out (leave-one-voice-out) and in-voice reports for every scorer; detail (strategy, seat) for hybrid and rules. */
export function evaluateAll(collected: Record<ScorerName, GameScores[]>, options: { seed: number; samples: number; falseAccusationRate: number; unseenVoices?: readonly string[]; calibrationVoices?: readonly string[] }): Evaluation {
  const held = {} as Record<ScorerName, ScorerReport>
  const inVoice = {} as Record<ScorerName, ScorerReport>
  const folds = {} as Record<ScorerName, Fold[]>
  const played = [...new Set(options.unseenVoices ?? [])].filter((voice) => collected.hybrid.some((g) => g.voice === voice))
  const unseen = played.map((voice) => ({ voice, scorers: {} as Record<ScorerName, ScorerReport> }))
  const pooled = played.length >= 2 ? { voices: played, scorers: {} as Record<ScorerName, ScorerReport> } : null
  const calibrateOn = options.calibrationVoices && options.calibrationVoices.length > 0 ? new Set(options.calibrationVoices) : undefined
  for (const s of SCORERS) {
    const t = withThresholds(collected[s], options.falseAccusationRate, calibrateOn)
    const detail = s === 'hybrid' || s === 'rules'
    held[s] = evaluateScorer(t.heldOut, { seed: options.seed, samples: options.samples, detail })
    inVoice[s] = evaluateScorer(t.inVoice, { seed: options.seed, samples: options.samples, detail })
    for (const u of unseen) u.scorers[s] = evaluateScorer(t.heldOut.filter((g) => g.voice === u.voice), { seed: options.seed, samples: options.samples, detail })
    if (pooled) pooled.scorers[s] = evaluateScorer(t.heldOut.filter((g) => played.includes(g.voice ?? '')), { seed: options.seed, samples: options.samples, detail })
    folds[s] = t.folds
  }
  return { held_out: held, in_voice: inVoice, folds, ...(unseen.length > 0 ? { unseen } : {}), ...(pooled ? { unseen_pooled: pooled } : {}) }
}
