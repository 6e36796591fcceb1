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
/** Numbers derived from the prompt, the fleet's timing or the billing, not from what an agent chose to say. */
const PROMPT_FIGURES = ['prompt_tokens', 'latency_ms', 'tool_duration_ms', 'unpublished_tokens']
const FEATURES = PROMPT_FIGURES.flatMap((figure) => (Object.keys(AGGREGATIONS) as Aggregation[]).map((aggregation) => ({ figure, aggregation })))
/** One attack in 10,000 may look lucky by chance; a real leak (today's was 36 of 36) is far past it. */
const ALPHA = 1e-4

/**
 * The development voices a and b (the detector is tuned on them; the others are held out) and j: they
 * differ in message length and in how often they call tools, and every one of those changes the
 * prompt sizes and tool timings attacked here. A leak one voice hides another may show.
 */
const VOICES = ['heist-sim', 'heist-sim-b', 'heist-sim-j']

it('the voices played are different players: the same seed gives each another transcript', async () => {
  const firstGames = await Promise.all(VOICES.map((model) => playPublicGames([1], false, 1, model)))
  const transcripts = firstGames.map(([game]) => game?.messages.map((m) => m.content).join('\n'))
  expect(new Set(transcripts).size).toBe(VOICES.length)
})

describe.each(VOICES)('side channels in voice %s: no public per-agent number before the reveal names the mole', (model) => {
  let moleGames: PlayedPublicGame[]
  let baseControls: PlayedPublicGame[]
  let testControls: PlayedPublicGame[]

  beforeAll(async () => {
    moleGames = await playPublicGames(seeds(1, 36), false, 2, model)
    baseControls = await playPublicGames(seeds(500_001, 24), true, 2, model)
    testControls = await playPublicGames(seeds(900_001, 24), true, 2, model)
  })

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

  it('completion tokens beyond the published message and calls come only from calls written as text', () => {
    // Voice a calls tools natively: it is billed exactly what it published. Voices b and j write
    // some calls as text (`<tool_call>…</tool_call>`, `[TOOL_REQUEST] …`), billed as written; whether
    // that says anything about the mole is the ranking and game attacks' `unpublished_tokens` above.
    for (const game of [...moleGames, ...baseControls]) {
      for (const m of game.messages) {
        const called = game.toolCalls.some((c) => c.turn === m.turn)
        const published = countTokens(m.content) + game.toolCalls.filter((c) => c.turn === m.turn).reduce((n, c) => n + countTokens(c.tool) + countTokens(JSON.stringify(c.args)), 0)
        const extra = m.completion_tokens - published
        if (!called || model === 'heist-sim') expect(extra, `${game.seed} turn ${m.turn}: billed ${m.completion_tokens}, published ${published}`).toBe(0)
        else expect(extra).toBeGreaterThanOrEqual(0)
      }
    }
  })
})
