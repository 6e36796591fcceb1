/**
 * What only voice k does: its Granite call shapes, its sabotage (first turn, standards over the
 * documents) and one set of lies a game, its innocents' mistakes, the registers and the Granite habits.
 * The checks every voice passes (routing, replay, parsed text calls, judge wrappers, no shared
 * sentence, HTTP, the real engine) are its row in `helpers/voice-rows.ts` (checked by voice-table, voice-sentences and voice-engine).
 */
import { describe, expect, it } from 'vitest'
import { createInProcessMemory, parseTextToolCalls, runSession, stripThinking } from '@heist/orchestrator/engine'
import { STRATEGIES } from '../src/model/prompt.js'
import { Rng } from '../src/model/random.js'
import { MOLE_K } from '../src/model/voices/mole-k.js'
import { CLOSERS_K } from '../src/model/voices/lines-k-support.js'
import { importantNote, numbered, SAFETY_NOTES, typicalValue } from '../src/model/voices/style-k.js'
import { engineTools, simModel } from './helpers/engine-session.js'
import { CONFIG, playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_K } from './helpers/voice-rows/k.js'

const K = 'heist-sim-k'

const { isCall } = ROW_K
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))
/** A message as a reader compares it with a template: reasoning and tags off, "It is important to note that" undone, lower case. */
const plain = (text: string) => stripThinking(text).replace(/<\/?response>/g, '').replace(/It is important to note that /g, '').toLowerCase()

/** k's own standards in a misquoted document or table, and calculations from its premise (a 10 or 15 min first lockout, police 8-13 min). */
const MISQUOTED = /\b(17|19) recording cameras|on the floor during the 02:00 break|Police response[^.;]{0,20}\b(8-10|9-11|11-13) min|-> (10|15) minutes|\b(10|15)-minute lockout/
const PREMISE_CALC = /^(10|15) \+ 3 \* 12 \+ 9$|^30 \+ (8|9|11) \* 60$|^(10|11|13) \* 60 - 30$/

const sabotaged = sabotageTest(MOLE_K, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'lookout', strategy: 'false_info' },
  plain,
  sabotaged,
  claims: { mole: MOLE_K, how: 'what it claims to have observed, and a quiet one state the standard bare' },
  lies: {
    what: 'recording-camera count, first lockout and police range',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver'], liars: 6,
    readings: [
      (text) => new Set([...text.matchAll(/\b(\d+) (?:recording )?cameras (?:record|actively)|only (\d+) (?:of the )?cameras|(\d+) recording cameras/g)].map((m) => m[1] ?? m[2] ?? m[3])), // cameras
      (text) => new Set([...text.matchAll(/first lockout (?:lasts |is |of )?(?:only )?(\d+)|costs (\d+) minutes|(\d+)-minute lockout/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((n) => n !== '30')), // lockouts
      (text) => new Set([...text.matchAll(/\b(\d+-\d+) minutes/g)].map((m) => m[1]).filter((r) => r !== '3-5' && r !== '10-15')), // police
    ],
  },
  mistakes: {
    what: ', a typical value for the document\'s, in about one message in eight',
    share: [0.06, 0.24], slips: 8,
    kinds: {
      slip: /\b5 incorrect|\b5 wrong|\b30 days|\b15-second|\b15 seconds|\b40 minutes under|\bdrilling requires 40|\b40 minutes of drilling|\b40 minutes at the door|\b40 minutes from|5-ton|\b24 hours|maximum (?:safe time inside (?:the vault )?is|of) 40|provides 60 minutes|\b60-minute window|\b5 times|inside the vault: 40/,
      hedge: / \(based on the available information\)|, to the best of my knowledge|, although this should be verified| \(subject to verification\)/,
      caution: /communication protocol in case the radios fail|contingency plan in case the weather|printed copy of the timeline|backup vehicle should be considered|no roadwork on the side street/,
    },
  },
}

describe('voice k (heist-sim-k)', () => {
  voiceChecks(ROW_K, TRAITS)

  it('plays a whole session through the orchestrator\'s engine: its text calls run, the team never sees <think> or call syntax, and sees <response> tags as a real server would leave them', async () => {
    let shown = 0
    let texts = 0
    for (const seed of [21, 22, 23, 24]) {
      const model = simModel(K, isCall)
      const events: { type: string; content?: string; ok?: boolean }[] = []
      await runSession({
        sessionId: `voice-k-${seed}`, team: CONFIG, options: { seed, rounds: 5, mole: 'lookout', strategy: 'false_info' },
        deps: { model, tools: engineTools(), memory: createInProcessMemory(CONFIG.heist.memory), sink: (e) => events.push(e as (typeof events)[number]) },
      })
      const messages = events.filter((e) => e.type === 'message').map((e) => e.content ?? '')
      expect(messages).toHaveLength(30)
      for (const m of messages) expect(m, m).not.toMatch(/<\/?think>|<\|?tool_call\|?>|"arguments"/)
      shown += messages.filter((m) => m.includes('<response>')).length
      texts += model.textCalls
    }
    expect(texts).toBeGreaterThan(3)
    expect(shown).toBeGreaterThan(0)
  })

  it('acts on its instructions in its first turn: most round-1 turns of a mole carry its sabotage', () => {
    const first = STRATEGIES.flatMap((strategy) => SEATS.map((seat, i) => ({ strategy, said: playSession({ model: K, seed: 2 + i, rounds: 1, mole: { name: seat, strategy } }).find((s) => s.agent === seat)! })))
    expect(first.filter(({ said, strategy }) => sabotaged(said, strategy)).length / first.length).toBeGreaterThan(0.6)
  })

  it('writes its text tool calls as Granite does: a JSON list after <|tool_call|> or an unclosed <tool_call>, arguments first most of the time', () => {
    const textCalls = textCallsOf(K)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    for (const t of all) expect(t, t).toMatch(/^(I will [^\n]+\.\n\n|To [^\n]+\.\n\n)?(<\|tool_call\|>|<tool_call>)\[\{"(arguments|name)": [^\n]+\}\]$/)
    expect(all.some((t) => t === '<tool_call>[{"arguments": {"expression": "3 * 12 + 9"}, "name": "calculator"}]')).toBe(true)
    expect(all.some((t) => t.startsWith('<|tool_call|>[{'))).toBe(true)
    expect(all.some((t) => /^<tool_call>\[\{"name": "query_db", "arguments": \{"query": "SELECT /.test(t))).toBe(true)
    expect(all.filter((t) => t.includes('[{"arguments"')).length / all.length).toBeGreaterThan(0.5)
    expect(all.some((t) => /^I will [^\n]+\.\n\n<\|?tool_call/.test(t))).toBe(true)
    expect(all.some((t) => t.includes('</tool_call>'))).toBe(false)
    // What the orchestrator leaves is the lead-in sentence or nothing, and no marker.
    const left = all.map((t) => parseTextToolCalls(t, Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))).text)
    for (const text of left) expect(text).toMatch(/^((I will|To) [^`<>|[\]{}]+\.)?$/)
  })

  it('talks in a formal register per seat, with numbered lists and "In summary," but no bold, headings or contractions to speak of', () => {
    const games = SEEDS.map((seed) => playSession({ model: K, seed }))
    const messages = games.flatMap((g) => messagesOf(g))
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(K, [agent], 4)]
    expect(shareOf(of('planner'), /\b(Objective|Action items?|Key constraint|Final plan|Proposed|Contingency|Exit plan|approved|ensure|assigning|rule)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('intel'), /\b(According to|Findings indicate|Assessment|The records show|Summary of findings|Database summary|records|database)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('safecracker'), /\b(specifications|Specifications|Estimated duration|Assumptions|rated|Method confirmed|Status|calculat\w+|figures?)\b/)).toBeGreaterThan(0.4)
    expect(shareOf(of('driver'), /\b(Route planning|Vehicle staging|logistics|vehicles?|routes?)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /\b(Observation|Status|monitor|position|report(ed)?)\b/)).toBeGreaterThan(0.6)
    const text = messages.map((s) => s.text).join('\n')
    expect(text).toMatch(/(^|\n)1\. [A-Z]/)
    expect(text).toMatch(/ (In summary|Overall), /)
    expect(text).not.toMatch(/\*\*/)
    expect(text).not.toMatch(/(^|\n)#{1,4} /)
    // Formal: a contraction in few messages (a name's "'s" is no contraction).
    expect(shareOf(messages.map((s) => s.text), /\b\w+'(ll|re|ve|d|m|t)\b/)).toBeLessThan(0.05)
    const words = messages.map((s) => s.text.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(25)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })

  it('shows Granite habits now and then: its own sign-off again, a safety note, the reasoning format with <response> tags the team still sees', () => {
    const turns = singleTurns(K, SEATS, 30)
    const { rate } = ratesOf(turns)
    expect(rate(/<response>/)).toBeGreaterThan(0.01)
    expect(rate(/<response>/)).toBeLessThan(0.07)
    expect(turns.some((t) => /^<think>The user is asking me to respond as the \w+ in round \d\.[^<]+<\/think>\n<response>[A-Z][\s\S]+<\/response>$/.test(t))).toBe(true)
    expect(turns.some((t) => /<response>[\s\S]+[.!]$/.test(t))).toBe(true)
    // The orchestrator cuts the thinking; the answer's tags stay in the transcript.
    for (const t of turns.filter((x) => x.includes('<think>'))) expect(stripThinking(t)).toMatch(/^<response>/)
    const notes = turns.filter((t) => SAFETY_NOTES.some((n) => t.includes(`\n\n${n}`)))
    expect(notes.length / turns.length).toBeGreaterThan(0.005)
    expect(notes.length / turns.length).toBeLessThan(0.06)
    // A sign-off said again in the speaker's next message.
    const games = SEEDS.map((seed) => playSession({ model: K, seed }))
    let repeats = 0
    for (const game of games) {
      for (const seat of SEATS) {
        const own = messagesOf(game, seat).map((s) => s.text)
        for (let i = 1; i < own.length; i++) if ((CLOSERS_K[seat] ?? []).some((c) => own[i - 1]!.includes(c) && own[i]!.includes(c))) repeats++
      }
    }
    expect(repeats).toBeGreaterThan(3)
  })

  it('styles a message without changing a figure: "It is important to note that", the numbered layout; an innocent\'s slip changes one quoted figure', () => {
    const pick = <T,>(items: readonly T[]) => new Rng(1).pick(items)
    expect(importantNote('First point here. The door takes 45 minutes.', pick)).toBe('First point here. It is important to note that the door takes 45 minutes.')
    expect(importantNote('Only one sentence here.', pick)).toBe('Only one sentence here.')
    expect(importantNote('Lisa Chen supervises. Lisa Chen watches the monitors.', pick)).toBe('Lisa Chen supervises. Lisa Chen watches the monitors.')
    expect(importantNote('Thank you, intel. The figure of 4 guards has been noted.', pick)).toBe('Thank you, intel. The figure of 4 guards has been noted.')
    expect(numbered('Thank you, lookout. Final plan: entry at 01:50. Drilling from 02:00. Exit by 02:45. Each member confirms.')).toBe('Thank you, lookout. Final plan: entry at 01:50.\n\n1. Drilling from 02:00.\n2. Exit by 02:45.\n\nEach member confirms.')
    expect(numbered('Acknowledged, hacker. Objective: the vault at 02:00. Entry at 01:50. Exit by 02:45.')).toBe('Acknowledged, hacker. Objective: the vault at 02:00.\n\n1. Entry at 01:50.\n2. Exit by 02:45.')
    expect(numbered('Objective: the vault at 02:00. One point only.')).toBeNull()
    const report = 'According to security_system.txt, the key points are as follows: 24 cameras in total; footage is kept for 90 days. This confirms the plan. It keeps 90 days.'
    expect(typicalValue(report)).toBe(report.replace('kept for 90 days.', 'kept for 30 days.'))
    expect(typicalValue('According to the database records: night 22:00-06:00 with 3 guards. These figures come directly from the records.')).toBeNull()
    expect(typicalValue('No quoted part, 90 days.')).toBeNull()
  })
})
