import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTeamConfig, type TeamConfig, type ToolRunner } from '@heist/orchestrator/engine'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { playGame } from '../play-game.js'
import { createEvalTools } from '../tools.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
let team: TeamConfig
let tools: ToolRunner
let close: () => void

beforeAll(async () => {
  team = loadTeamConfig(join(ROOT, 'config'))
  ;({ tools, close } = await createEvalTools(team))
})
afterAll(() => close())

/** Sentences as a reader sees them: markdown markers and list numbers dropped. */
function sentences(text: string): string[] {
  return text.replace(/\*\*/g, '').split(/(?<=[.!?])\s+|\n+/).map((s) => s.replace(/^\s*(?:[-*•]|\d+\.)\s+/, '').trim()).filter((s) => s.length > 0)
}

async function sentencesOf(model: string, seeds: readonly number[]): Promise<Set<string>> {
  const out = new Set<string>()
  for (const [i, seed] of seeds.entries()) {
    const { transcript } = await playGame(team, tools, seed, i % 4 === 3, 5, model)
    for (const m of transcript.messages) for (const s of sentences(m.content)) out.add(s)
  }
  return out
}

describe('llm-sim voices through the real engine', () => {
  it('plays the same game for the same seed and voice, and a different one for another voice', async () => {
    const a = await playGame(team, tools, 11, false, 3, 'heist-sim-b')
    const b = await playGame(team, tools, 11, false, 3, 'heist-sim-b')
    expect(b.transcript.messages.map((m) => m.content)).toEqual(a.transcript.messages.map((m) => m.content))
    expect(b.game).toEqual(a.game)
    const c = await playGame(team, tools, 11, false, 3, 'heist-sim-c')
    expect(c.game).toEqual(a.game)
    expect(c.transcript.messages.map((m) => m.content)).not.toEqual(a.transcript.messages.map((m) => m.content))
  })

  it('shares no sentence between two voices, moles and control games included', async () => {
    const seeds = [3, 4, 5, 6, 7, 8, 9, 10]
    const [a, b, c] = await Promise.all(['heist-sim', 'heist-sim-b', 'heist-sim-c'].map((m) => sentencesOf(m, seeds)))
    for (const [x, y] of [[a!, b!], [a!, c!], [b!, c!]] as const) {
      expect(x.size).toBeGreaterThan(100)
      expect([...x].filter((s) => y.has(s))).toEqual([])
    }
  }, 60_000)
})
