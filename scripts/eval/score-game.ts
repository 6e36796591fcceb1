import { combine, detect, pickSuspect, type RuleScore, scoreRules, scoreRulesUntil, seedRuleScores, type ScoringInput, type SignalWeights, timelineRounds } from '@heist/detection/scoring'
import type { TeamConfig, ToolRunner } from '@heist/orchestrator/engine'
import type { ScorerName } from './evaluate.js'
import { type PlayedGame, playGame } from './play-game.js'
import type { GameScores } from './metrics.js'
import { seededRandom } from './metrics.js'
import { simDetectorChat } from './sim-model.js'

export interface GameSpec {
  seed: number
  control: boolean
  rounds: number
  /** The llm-sim model name: the voice of the agents and of the judge. */
  voice: string
}

/**
 * The first round after which the mole ranks top of the rule scores (the suspicion-over-time chart's
 * rounds), if it ever does. Rounds are scored in order up to the first where it does: the rounds
 * after it change nothing, and re-scoring them was a fifth of a game's CPU. `whole` is the rule
 * scores of the whole transcript when the caller has them (the service's `detect` scored it): a
 * round that keeps every message and call is the same input, so it is not scored again (a mole
 * that tops only at the end, or never, cost a whole extra scoring).
 */
function firstTopRound(input: ScoringInput, signals: SignalWeights, mole: string | null, whole?: readonly Pick<RuleScore, 'agent' | 'rule_score'>[]): number | null {
  if (mole === null) return null
  for (const round of timelineRounds(input)) {
    const keepsAll = whole !== undefined && input.messages.every((m) => m.round <= round) && input.tool_calls.every((c) => c.round <= round)
    const scores = keepsAll ? whole : scoreRulesUntil(input, round, signals)
    const top = Math.max(...scores.map((s) => s.rule_score))
    if (top > 0 && scores.find((s) => s.agent === mole)?.rule_score === top) return round
  }
  return null
}

/** The detector under test: the service's own `detect` (a test may pass a broken one to see the harness catch it). */
export type Detector = typeof detect

/** Play one game and score it with every scorer (`scoreGame`). */
export async function playAndScore(team: TeamConfig, tools: ToolRunner, spec: GameSpec, detector: Detector = detect): Promise<ScoredGame> {
  return scoreGame(team, spec, await playGame(team, tools, spec.seed, spec.control, spec.rounds, spec.voice), detector)
}

export interface ScoredGame { scores: Record<ScorerName, GameScores>; modelOk: boolean }

/**
 * Score a game `spec` played (`playGame`) with every scorer. The scorers get the public transcript
 * only; the truth (mole, strategy) is attached afterwards, for the metrics. A game is a function of
 * its spec, so a test scores one played game with two detectors instead of playing it twice.
 */
export async function scoreGame(team: TeamConfig, spec: GameSpec, { game, transcript }: PlayedGame, detector: Detector = detect): Promise<ScoredGame> {
  const d = team.heist.detection
  const weights = { rules: d.rule_weight, model: d.llm_weight, signals: { ...d.signals } }
  const result = await detector(transcript, { sessionId: transcript.session_id, chat: simDetectorChat(spec.voice), timeline: false, weights })
  // Only the service's own detector's scores are the rules' (a test passes a broken one).
  const first = firstTopRound(transcript, weights.signals, game.mole, detector === detect ? result.scores : undefined)
  const truth = { mole: game.mole, strategy: game.strategy, voice: spec.voice, seed: spec.seed, firstTopRound: first }
  const of = (f: (s: (typeof result.scores)[number]) => number) => ({ ...truth, scores: Object.fromEntries(result.scores.map((s) => [s.agent, f(s)])) })
  // The rule scorers are scored as the service serves a result without the model (rules_only): each
  // agent held to its team. Their raw rule scores are another scale, and the rules_only threshold
  // calibrated on them was applied to team-relative scores.
  // Each with the confidence the service holds to the threshold (the top score less a share of the runner-up's).
  const alone = (rules: readonly RuleScore[]) => {
    const scores = combine(rules, null, weights)
    return { ...truth, scores: Object.fromEntries(scores.map((s) => [s.agent, s.score])), confidence: pickSuspect(scores).confidence }
  }
  // Scrambled so the chance scorer's draws are unrelated to the engine's mole draw from the same seed.
  const rand = seededRandom(Math.imul(spec.seed ^ 0x5eed1234, 0x9e3779b1) >>> 0)
  for (let i = 0; i < 3; i++) rand()
  return {
    modelOk: result.mode === 'hybrid',
    scores: {
      hybrid: { ...of((s) => s.score), confidence: result.confidence },
      rules: alone(result.scores),
      model: of((s) => s.model_score ?? 0),
      phrase_rules: alone(scoreRules(transcript, weights.signals, { phrases: true })),
      seed_formula: { ...truth, scores: Object.fromEntries(seedRuleScores(transcript)) },
      chance: { ...truth, scores: Object.fromEntries(result.scores.map((s) => [s.agent, rand()])) },
    },
  }
}
