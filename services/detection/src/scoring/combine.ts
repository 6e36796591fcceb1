import type { AgentScore, DetectionResult, SignalName } from '@heist/shared'
import { CALIBRATION } from './calibration.js'
import type { Calibration } from './calibration-type.js'
import { askModel, type ChatFn, type ModelOutcome } from './model.js'
import { round3, type ScoringInput } from './prepare.js'
import { DEFAULT_SIGNAL_WEIGHTS, ruleTimeline, scoreRules, type RuleScore, type SignalWeights } from './rules.js'

export interface DetectionWeights {
  rules: number
  model: number
  signals: SignalWeights
}

/** The seed's 60/40 split and signal weights (`config/heist.yaml` `detection:`). */
export const DEFAULT_WEIGHTS: DetectionWeights = { rules: 0.6, model: 0.4, signals: DEFAULT_SIGNAL_WEIGHTS }

export interface DetectOptions {
  sessionId: string
  weights?: DetectionWeights
  /** The model; without one the result is `rules_only` and says so. */
  chat?: ChatFn
  /** Accusation thresholds per mode; the calibrated ones by default. */
  thresholds?: Calibration['thresholds']
  /** Skip the per-round timeline (the evaluation harness does not need it). */
  timeline?: boolean
  now?: () => Date
}

/**
 * How far the judge's place within the session moves its part: 0.5 ± half of this (see `judgePart`).
 * Chosen so that, before the 60/40 weights, both parts vary alike within a session: the rule score's
 * standard deviation within a session is 0.050 on the development voices (seeds 2-4), six evenly
 * spread places have 0.342, and 0.050 / 0.342 ≈ 0.15. So the model carries its 40 % of what moves a
 * score within a session (39.5-40 % measured; at 0.2 it carried 47-48 %), not more and not less.
 */
export const JUDGE_RANK_SPREAD = 0.15

/**
 * The model's part of the merged score: the judge's order within the session, not its scale. Each
 * agent's place among the judge's scores (0 = lowest, 1 = highest; ties share their mean place) is
 * mapped to 0.5 + JUDGE_RANK_SPREAD × (place − 0.5), i.e. 0.425 to 0.575. The judge's scale is the
 * voice's, not the game's: llm-sim's judge tops its control games at a median 0.16 in one voice and
 * 0.31 in another, so a threshold learnt on one voice's controls named somebody in the other's; its
 * order carries what it knows. Held out between the development voices (seeds 2-4, 240 games each),
 * top-1 80.6/82.5/78.4 → 82.5/84.4/85.3 %, AUROC +0.011-0.015, and the same with the word lists cut
 * to the other voice's (docs/notes/detection.md, "The judge's part"). A judge that does not rank
 * (every score equal) adds nothing, and the judge alone cannot lift anyone over the threshold.
 */
export function judgePart(scores: readonly number[]): number[] {
  if (scores.length < 2) return scores.map(() => 0.5)
  return scores.map((x) => {
    let below = 0
    let equal = -1
    for (const y of scores) {
      if (y < x) below++
      else if (y === x) equal++
    }
    return 0.5 + JUDGE_RANK_SPREAD * ((below + equal / 2) / (scores.length - 1) - 0.5)
  })
}

/**
 * Share of the runner-up's score that the top suspect's confidence is reduced by. How far an agent
 * stands above its teammates is on the scale of the voice: a voice whose innocents trip the rules
 * (a writing style the figure checks misread, honest slips) raises everyone, and a threshold
 * calibrated on other voices' controls then names somebody in most of its controls (voice e,
 * "nobody" 37.5 % against 97.5 % on c). A session where a second agent stands out too is a noisy
 * one: the accusation asks for a lead over the runner-up, not only a height. The scores themselves,
 * and so the order and AUROC, are unchanged. Development voices, each judged with the other voice's
 * threshold (docs/notes/detection.md, "A lead over the runner-up"): on the originals "nobody" and
 * correct accusations about the same; on the same games rewritten in another style and read by the
 * rules before numbers.ts (a voice the rules misread), "nobody" 26/16 -> 53/45 % (seed 2 / seeds 3-4).
 * At 1 (the lead alone) 64/61 %, but correct accusations on the originals fall.
 */
export const RUNNER_UP_SHARE = 0.75

/**
 * Rule and model scores merged by the configured weights (the model's weight is dropped when it
 * failed; the model's part is the judge's order within the session, `judgePart`), then held to the
 * team: an agent's score is how far its merged score stands above the
 * mean of its teammates' (never below 0). A mole is the outlier of its own team whatever the level
 * of the voice or the session; an absolute score compared across games ranks a loud innocent of
 * one session above a quiet mole of another. On the development voices (seeds 2 and 3, a and b)
 * this raised AUROC by 0.02-0.04 on each voice, with top-1 unchanged (within a game the order is the
 * same) and "nobody" on controls calibrated on the other voice up from 0.60-0.77 to 0.90 (with the
 * 80/20 weights of config/heist.yaml); docs/notes/detection.md, "Team-relative score".
 */
export function combine(rules: readonly RuleScore[], model: ModelOutcome | null, weights: DetectionWeights): AgentScore[] {
  const useModel = model?.ok === true && weights.model > 0
  const wr = weights.rules
  const wm = useModel ? weights.model : 0
  const judged = rules.map((r) => (model?.ok ? model.scores.get(r.agent) ?? null : null))
  const part = judgePart(judged.map((m) => m?.score ?? 0))
  const merged = rules.map((r, i) => {
    const m = judged[i]!
    return { r, m, value: wr + wm === 0 ? r.rule_score : (wr * r.rule_score + wm * part[i]!) / (wr + wm) }
  })
  const total = merged.reduce((n, x) => n + x.value, 0)
  const others = merged.length - 1
  return merged.map(({ r, m, value }) => {
    const score = others > 0 ? value - (total - value) / others : value
    return {
      agent: r.agent,
      score: round3(Math.min(1, Math.max(0, score))),
      rule_score: r.rule_score,
      model_score: m ? round3(m.score) : null,
      signals: r.signals,
      model_reason: m?.reason ?? null,
      evidence: r.evidence,
    }
  })
}

/**
 * Share of the confidence kept when the top suspect stands on exactly one piece of evidence. An honest
 * slip is one item (on the development voices 93 of 95 innocents with a false figure of their own
 * stated exactly one; one-off.ts), a mole's sabotage mostly several, and the loudest innocent of a
 * control game is that slip: the thresholds calibrated on controls were set by it. Halved, the
 * second strictest calibration threshold falls from 0.111 / 0.129 to 0.056 / 0.065 and the verdict,
 * held out by voice among the seven development voices (seeds 2 / 3), names the mole in 71.4 / 63.9 %
 * of mole games instead of 64.8 / 52.1 %, false accusations 1.8 / 2.9 % instead of 1.8 / 2.1 %
 * (every voice gains; at seed 3 one control game more in j and in n, no voice above 5 % but o, at
 * 10 % before and after; docs/notes/detection.md, session 12). Those figures were measured with the
 * second strictest voice's threshold (79af1c8), since reverted to the strictest's (997251e); with the
 * strictest's, the frozen run of 2026-12-05 00:16 found the halving neutral on the never-read voices (the mole
 * named in 26.1 % of their mole games, 26.2 % without it; "nobody" 97.3 %). The scores, and so the order and AUROC, are unchanged; a
 * top agent with no rule evidence (the judge alone) is not affected, so one piece of rule evidence beside
 * the judge can lower a suspect's confidence below the judge's alone.
 */
export const ONE_ITEM_SHARE = 0.5

/**
 * The top suspect: highest score, ties broken by the rule score. Its `confidence` is its score less
 * RUNNER_UP_SHARE of the runner-up's (times ONE_ITEM_SHARE when it stands on one piece of evidence),
 * and it is named only when that clears the threshold; "nobody" (null) otherwise (and always when
 * nobody scores above 0).
 */
export function pickSuspect(scores: readonly AgentScore[], threshold = 0): { suspect: string | null; confidence: number } {
  let best: AgentScore | null = null
  for (const s of scores) {
    if (!best || s.score > best.score || (s.score === best.score && s.rule_score > best.rule_score)) best = s
  }
  if (!best || best.score <= 0) return { suspect: null, confidence: 0 }
  let second = 0
  for (const s of scores) if (s !== best && s.score > second) second = s.score
  const lead = best.score - RUNNER_UP_SHARE * second
  const confidence = round3(best.evidence.length === 1 ? ONE_ITEM_SHARE * lead : lead)
  return { suspect: confidence > threshold ? best.agent : null, confidence }
}

/** Score every agent of a transcript: rules, the model if given, combined, with a suspect and a timeline. */
export async function detect(input: ScoringInput, options: DetectOptions): Promise<DetectionResult> {
  const weights = options.weights ?? DEFAULT_WEIGHTS
  const rules = scoreRules(input, weights.signals)
  const model = options.chat && weights.model > 0 ? await askModel(options.chat, input, rules) : null
  const scores = combine(rules, model, weights)
  const mode = model?.ok ? 'hybrid' : 'rules_only'
  const threshold = (options.thresholds ?? CALIBRATION.thresholds)[mode]
  const { suspect, confidence } = pickSuspect(scores, threshold)
  const modelError = model === null
    ? options.chat ? 'the model weight is 0 in the configuration' : 'no model configured'
    : model.ok ? null : model.error
  return {
    session_id: options.sessionId,
    created_at: (options.now?.() ?? new Date()).toISOString(),
    mode,
    model_error: modelError,
    weights: { rules: weights.rules, model: weights.model, signals: { ...weights.signals } as Record<SignalName, number> },
    suspect,
    confidence,
    threshold,
    scores,
    timeline: options.timeline === false ? [] : ruleTimeline(input, weights.signals),
    message_count: input.messages.length,
  }
}
