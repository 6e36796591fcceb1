/**
 * Threat: a spectator (anonymous browser, CLI, any /ws or REST reader) names the mole, or tells a
 * control game from a mole game, from public numbers rather than from what the agents say.
 * Seeded games with and without a mole are played in-process (the engine with llm-sim's model, as
 * `pnpm eval` does) and every per-agent number in the public events is attacked.
 */
import { countTokens } from '@heist/shared/tokens'
import { beforeAll, describe, expect, it } from 'vitest'
import { type PlayedPublicGame, playPublicGames } from './support/side-channel.js'
import { AGGREGATIONS, type Aggregation, gameAttack, rankingAttack } from './support/stats.js'

const AGENTS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
const seeds = (base: number, n: number) => Array.from({ length: n }, (_, i) => base + i * 7_919)
/** Numbers derived from the prompt or the fleet's timing, not from what an agent chose to say. */
const PROMPT_FIGURES = ['prompt_tokens', 'latency_ms', 'tool_duration_ms']
const FEATURES = PROMPT_FIGURES.flatMap((figure) => (Object.keys(AGGREGATIONS) as Aggregation[]).map((aggregation) => ({ figure, aggregation })))
/** One attack in 10,000 may look lucky by chance; a real leak (today's was 36 of 36) is far past it. */
const ALPHA = 1e-4

let moleGames: PlayedPublicGame[]
let baseControls: PlayedPublicGame[]
let testControls: PlayedPublicGame[]

beforeAll(async () => {
  moleGames = await playPublicGames(seeds(1, 36), false, 2)
  baseControls = await playPublicGames(seeds(500_001, 24), true, 2)
  testControls = await playPublicGames(seeds(900_001, 24), true, 2)
})

describe('side channels: no public per-agent number before the reveal names the mole', () => {
  it('the games played have moles in every seat, so chance is one in six', () => {
    expect(new Set(moleGames.map((g) => g.game.mole)).size).toBe(AGENTS.length)
    expect(baseControls.every((g) => g.game.mole === null)).toBe(true)
  })

  it.each(FEATURES)('ranking agents by $figure ($aggregation) against control games finds the mole no more than chance', (feature) => {
    for (const attack of rankingAttack(moleGames, baseControls, AGENTS, feature)) {
      expect(attack.pValue, `${attack.hits} of ${attack.games} mole games named by ${feature.figure} (${feature.aggregation})`).toBeGreaterThan(ALPHA)
    }
  })

  it.each(FEATURES)('$figure ($aggregation) does not tell a mole game from a control game', (feature) => {
    const { auroc, z } = gameAttack(moleGames, baseControls, testControls, AGENTS, feature)
    expect(Math.abs(z), `AUROC ${auroc.toFixed(2)}`).toBeLessThan(4)
  })

  it('the first turn of each seat costs the same prompt tokens in a mole game as in a control game', () => {
    // Before anyone has spoken, the planner's prompt is the same text in every game but for the sealed brief.
    const firstPrompt = (g: PlayedPublicGame) => g.figures.get('planner')?.prompt_tokens?.[0]
    const counts = new Set([...moleGames, ...baseControls].map(firstPrompt))
    expect([...counts]).toHaveLength(1)
  })

  it('completion tokens carry nothing beyond the public transcript: they are the count of what the agent published', () => {
    for (const game of [...moleGames, ...baseControls]) {
      for (const m of game.messages) {
        const calls = game.toolCalls.filter((c) => c.turn === m.turn)
        const published = countTokens(m.content) + calls.reduce((n, c) => n + countTokens(c.tool) + countTokens(JSON.stringify(c.args)), 0)
        expect(m.completion_tokens, `${game.seed} turn ${m.turn}`).toBe(published)
      }
    }
  })
})
