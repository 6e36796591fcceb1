import { detect, seedRuleScores } from '@heist/detection/scoring'
import type { TeamConfig, ToolRunner } from '@heist/orchestrator/engine'
import type { ScorerName } from './evaluate.js'
import { playGame } from './game.js'
import type { GameScores } from './metrics.js'
import { seededRandom } from './metrics.js'
import { simDetectorChat } from './sim-model.js'

/**
 * Play one game and score it with every scorer. The scorers get the public transcript only;
 * the truth (mole, strategy) is attached afterwards, for the metrics.
 */
export async function playAndScore(team: TeamConfig, tools: ToolRunner, seed: number, control: boolean, rounds: number): Promise<{ scores: Record<ScorerName, GameScores>; modelOk: boolean }> {
  const { game, transcript } = await playGame(team, tools, seed, control, rounds)
  const d = team.heist.detection
  const result = await detect(transcript, {
    sessionId: transcript.session_id,
    chat: simDetectorChat(),
    timeline: false,
    weights: { rules: d.rule_weight, model: d.llm_weight, signals: { ...d.signals } },
  })
  const truth = { mole: game.mole, strategy: game.strategy }
  const of = (f: (s: (typeof result.scores)[number]) => number) => ({ ...truth, scores: Object.fromEntries(result.scores.map((s) => [s.agent, f(s)])) })
  // Scrambled so the chance scorer's draws are unrelated to the engine's mole draw from the same seed.
  const rand = seededRandom(Math.imul(seed ^ 0x5eed1234, 0x9e3779b1) >>> 0)
  for (let i = 0; i < 3; i++) rand()
  return {
    modelOk: result.mode === 'hybrid',
    scores: {
      hybrid: of((s) => s.score),
      rules: of((s) => s.rule_score),
      model: of((s) => s.model_score ?? 0),
      seed_formula: { ...truth, scores: Object.fromEntries(seedRuleScores(transcript)) },
      chance: { ...truth, scores: Object.fromEntries(result.scores.map((s) => [s.agent, rand()])) },
    },
  }
}
