import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toolRegistration } from '@heist/shared'
import { CALCULATOR_TOOL } from '@heist/calculator/domain'
import { READ_FILE_TOOL } from '@heist/file-reader/domain'
import { QUERY_DB_TOOL } from '@heist/db-query/domain'
import { simulateCompletion } from '@heist/llm-sim/model'
import { functionTools, loadTeamConfig, parseTextToolCalls, stripThinking, validateArgs, type AgentTool, type TeamConfig, type ToolRunner } from '@heist/orchestrator/engine'
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
  // Markup alone (a rule "---", a lone "|") is no sentence: only pieces with a letter count.
  // Lines first, so a list number ("1.") is stripped as a marker rather than read as a sentence.
  return text.replace(/\*\*/g, '').split(/\n+/).map((line) => line.replace(/^\s*(?:[-*•]|\d+\.)\s+/, '')).flatMap((line) => line.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s))
}

/**
 * A five-round game played once for the file: the sentence check and the per-voice checks below read
 * the same games (seeds 12-15) instead of playing them twice each. Each test that asserts a replay
 * still plays it afresh with playGame.
 */
const played = new Map<string, ReturnType<typeof playGame>>()
function gameOnce(seed: number, control: boolean, model: string): ReturnType<typeof playGame> {
  const key = `${model} ${seed} ${control}`
  if (!played.has(key)) played.set(key, playGame(team, tools, seed, control, 5, model))
  return played.get(key)!
}

async function sentencesOf(model: string, seeds: readonly number[]): Promise<Set<string>> {
  const out = new Set<string>()
  for (const [i, seed] of seeds.entries()) {
    const { transcript } = await gameOnce(seed, i % 4 === 3, model)
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
    // Control games at 14 and 6; 12-15 are the games the per-voice checks below read too.
    const seeds = [12, 13, 15, 14, 3, 4, 5, 6]
    const models = ['heist-sim', 'heist-sim-b', 'heist-sim-c', 'heist-sim-d', 'heist-sim-e', 'heist-sim-f', 'heist-sim-g', 'heist-sim-h', 'heist-sim-i', 'heist-sim-j', 'heist-sim-k', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o', 'heist-sim-p', 'heist-sim-q', 'heist-sim-r', 'heist-sim-s', 'heist-sim-t', 'heist-sim-u']
    const voices = await Promise.all(models.map((m) => sentencesOf(m, seeds)))
    // Every shared sentence with the two voices that say it (the first pair alone left the rest to later runs).
    const shared: string[] = []
    for (const [i, x] of voices.entries()) {
      expect(x.size).toBeGreaterThan(100)
      for (const [j, y] of voices.entries()) if (j > i) for (const s of x) if (y.has(s)) shared.push(`${models[i]} and ${models[j]}: ${s}`)
    }
    expect(shared).toEqual([])
    // A limit for a hung test, not a slow one: eight games in each of twenty voices, all CPU; at load 45 they took 177 s.
  }, 600_000)

  it.each(['heist-sim-d', 'heist-sim-e', 'heist-sim-f', 'heist-sim-g', 'heist-sim-h', 'heist-sim-i', 'heist-sim-j', 'heist-sim-k', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o', 'heist-sim-p', 'heist-sim-q', 'heist-sim-r', 'heist-sim-s', 'heist-sim-t', 'heist-sim-u'])('plays the same game for the same seed in %s, and never shows a text tool call or a thinking block as a message', async (voice) => {
    const first = await gameOnce(12, false, voice)
    const again = await playGame(team, tools, 12, false, 5, voice)
    expect(again.transcript.messages.map((m) => m.content)).toEqual(first.transcript.messages.map((m) => m.content))
    const calls = (t: typeof first.transcript) => t.tool_calls.map(({ agent, tool, args, ok, result }) => ({ agent, tool, args, ok, result }))
    expect(calls(again.transcript)).toEqual(calls(first.transcript))
    for (const seed of [12, 13, 14, 15]) {
      const { transcript } = seed === 12 ? first : await gameOnce(seed, seed % 2 === 0, voice)
      expect(transcript.tool_calls.length).toBeGreaterThan(5)
      for (const m of transcript.messages) expect(m.content).not.toMatch(/<tool_call>|<\/?toolcall>|<extra_id_1>|<\|im_end\|>|<\|(?:start|channel|constrain|message|call)\|>|to=functions\.|<function=|\[TOOL_CALLS\]|```|"name":|\b(calculator|read_file|query_db)\s*\(|<\/?think>/)
    }
  })
})

/** The real tools' definitions, as discovery would give them to an agent. */
const AGENT_TOOLS: AgentTool[] = [CALCULATOR_TOOL, READ_FILE_TOOL, QUERY_DB_TOOL].map((def) => ({ name: def.name, description: def.description, inputSchema: toolRegistration(def, 'http://in-process').input_schema }))

/** What a voice's text call may leave once the call is cut out: its lead-in sentence at most. */
const LEAD_IN: Record<string, RegExp> = { 'heist-sim-d': /^([A-Z][^`<{}]*[.:])?$/, 'heist-sim-e': /^([a-z][^`<{}A-Z]*:)?$/, 'heist-sim-f': /^([A-Z][^`<{}]*[.:])?$/ }

describe('voices d, e and f: text tool calls through the orchestrator\'s parser', () => {
  it.each(['heist-sim-d', 'heist-sim-e', 'heist-sim-f'])('parses every text call %s writes into one valid call of the offered tool, with nothing left over to show', (voice) => {
    const seats = [['safecracker', 'Safe Specialist'], ['hacker', 'Technical Specialist'], ['intel', 'Intelligence Analyst']] as const
    const formats = new Set<string>()
    let written = 0
    for (const [index, tool] of AGENT_TOOLS.entries()) {
      const [name, role] = seats[index]!
      for (let seed = 0; seed < 60; seed++) {
        const reply = simulateCompletion({
          model: voice,
          seed,
          messages: [{ role: 'system', content: `You are ${name}, the team's ${role}. You are good at your job.` }, { role: 'user', content: `Round ${1 + (seed % 3)} of 5. It is your turn, ${name}.` }],
          tools: functionTools([tool]),
        }).choices[0].message
        if (reply.tool_calls) continue
        written++
        const content = reply.content ?? ''
        formats.add(content.includes('<tool_call>') ? 'hermes' : content.includes('```') && content.includes('"name"') ? 'fenced' : 'python')
        const parsed = parseTextToolCalls(content, [tool])
        expect(parsed.calls, content).toHaveLength(1)
        expect(parsed.calls[0]!.name).toBe(tool.name)
        expect(validateArgs(tool.inputSchema, JSON.parse(parsed.calls[0]!.arguments)), content).toEqual([])
        // What is left is at most the model's lead-in sentence (and a thinking block, which the engine strips).
        expect(stripThinking(parsed.text), content).toMatch(LEAD_IN[voice]!)
      }
    }
    expect(written).toBeGreaterThan(20)
    expect([...formats].sort()).toEqual(['fenced', 'hermes', 'python'])
  })
})
