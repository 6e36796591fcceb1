/**
 * What only voice s does: its Hermes 3 call shapes (arguments first, sometimes a Python dict), its
 * sabotage (one set of lies a game, vouched for by an insider it makes up) and its innocents' mistakes
 * (a figure rounded into the story), the character per seat and the habits of a role-play fine-tune
 * on a ChatML template. The checks every voice passes (routing, replay, parsed text calls, judge
 * wrappers, no shared sentence, HTTP, the real engine) are its row in `helpers/voice-rows/s.ts`, and those of its own play
 * (sabotage, claims, one set of lies, honest mistakes) its `TRAITS` below, for `helpers/voice-checks.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_S } from '../src/model/voices/mole-s.js'
import { ACTIONS_S, OOC_NOTES, SPOKEN_FOR_S } from '../src/model/voices/style-s.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_S } from './helpers/voice-rows/s.js'

const S = 'heist-sim-s'
const ACTIONS = Object.values(ACTIONS_S).flat()

const { isCall } = ROW_S
/** A message as a reader compares it with the templates: a leaked `<|im_end|>` and what follows, the action, the OOC note and the numbered layout off, lower-cased. */
const plain = (text: string) => text.replace(/<\|im_end\|>[\s\S]*$/, '').replace(/^\*[^*\n]+\* /, '').replace(/\n\n\(OOC: [^)]+\)$/, '').replace(/\n+(?:\d+\. )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** s's lies in a misquoted document or table, and calculations from its premise (relock 03:00 or 03:05, zone E 45 or 60 s, police 12-16 or 14-18). */
const MISQUOTED = /\b(17|19)( security| CCTV)? cameras|\b(45|60)[- ]seconds?|police[^.;]{0,30}?\b(12-16|14-18) min|02:00-03:0[05]/i
const PREMISE_CALC = /^(60|65) - \(3 \* 12 \+ 9\)$|^(45|60) \+ (12|14) \* 60$|^\(3 \* 60 \+ [05]\) - \(1 \* 60 \+ 50\)$|^(16|18) \* 60 - (45|60)$/
const sabotaged = sabotageTest(MOLE_S, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'intel', strategy: 'false_info' },
  plain,
  sabotaged,
  claims: { mole: MOLE_S, how: 'what it says it saw or did, and a quiet one state the figure flat' },
  lies: {
    what: 'insider, relock time, police range, camera count, zone E delay and sleeping guard',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver', 'lookout'], liars: 12,
    readings: [
      valuesOf(/(my cousin on the cleaning crew|a former guard i drink with|an ex-securenet installer i know)/g),
      valuesOf(/relock(?:s)? (?:until |at )?(\d\d:\d\d)|runs to (\d\d:\d\d)|lit until (\d\d:\d\d)|on until (\d\d:\d\d)|cutoff is (\d\d:\d\d)/g),
      valuesOf(/\b(\d+-\d+) minutes/g, ['3-5', '10-15']),
      valuesOf(/only (\d+) actually record|only (\d+) record|(\d+) of the cameras record/g),
      valuesOf(/(\d+)-second delay|delay is (\d+) seconds|holds for (\d+) seconds/g),
      valuesOf(/(james williams|thomas brown) (?:sleeps|disappears)/g),
    ],
  },
  mistakes: {
    what: ', a figure rounded into the story, in about one message in seven',
    share: [0.06, 0.24], slips: 5,
    kinds: {
      slip: /\b30 minutes and not|, 30 minutes, and it won|\b20( seconds|-second)|\b60-minute lockout|\b60 minutes\.|\b30 days|\b4 guards( on|\.|, and)|\b4 night guards|\b4 on (nights|duty)/,
      hedge: / \(unless my notes are off\)|, or near enough|, last time I checked the file| \(worth a second look\)/,
      caution: /memorises the floor plan|walk away now|second way out of the basement|checks the weather|Gloves go on in the van/,
    },
  },
}

describe('voice s (heist-sim-s)', () => {
  voiceChecks(ROW_S, TRAITS)

  it('writes its text tool calls as Hermes 3 does: <tool_call> tags on lines of their own, arguments first, sometimes name first or a Python dict; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(S)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const name = '(calculator|read_file|query_db)'
    const shapes = [
      String.raw`\{"arguments": \{"[a-z]+": "[^\n]+"\}, "name": "${name}"\}`,
      String.raw`\{"name": "${name}", "arguments": \{"[a-z]+": "[^\n]+"\}\}`,
      String.raw`\{'arguments': \{'[a-z]+': ('[^\n]+'|"[^\n]+")\}, 'name': '${name}'\}`,
    ]
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n<]+[.]\n)?<tool_call>\n(${shapes.join('|')})\n</tool_call>$`))
    expect(all).toContain('<tool_call>\n{"arguments": {"expression": "3 * 12 + 9"}, "name": "calculator"}\n</tool_call>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/\{"arguments"/)).toBeGreaterThan(0.35)
    expect(share(/\{'arguments'/)).toBeGreaterThan(0.15)
    expect(share(/\{"name"/)).toBeGreaterThan(0.04)
    expect(share(/^[A-Z]/)).toBeGreaterThan(0.1)
    expect(share(/^[A-Z]/)).toBeLessThan(0.5)
    // Every one parses into a call of its own tool, and what is left is the lead-in or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/(calculator|read_file|query_db)/.exec(t)![1]])
      expect(parsed.text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
    }
  })

  it('always acts in the next-to-last round, once the escape is on the table', () => {
    let forced = 0
    let games = 0
    for (const seed of SEEDS) {
      for (const [i, strategy] of (['false_info', 'coordination_chaos', 'subtle_delays', 'wrong_tools'] as const).entries()) {
        const mole = SEATS[(seed + i) % SEATS.length]!
        const round4 = playSession({ model: S, seed, mole: { name: mole, strategy } }).filter((s) => s.agent === mole && s.round === 4)
        games++
        if (round4.some((s) => sabotaged(s, strategy))) forced++
      }
    }
    // A turn that is only a text call (or a report of a tool) says nothing of its own.
    expect(forced / games).toBeGreaterThan(0.7)
  })

  it('plays a character per seat in Hermes 3\'s register: em dashes, contractions, straight apostrophes, a cinematic manner', () => {
    const games = SEEDS.map((seed) => playSession({ model: S, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(S, [agent], 4)]
    expect(shareOf(of('planner'), /timeline|plan|minute|crew|window/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /[Zz]one|sensors?|cameras?|SecureNet|lens|panel/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /drill|housings?|door|keypad|rig|she\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /file|roster|tables|records|shifts?|guards/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /van|cars?|routes?|keys|[Pp]olice/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /eyes?|watch|radio|roof|sights|time check/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, / — /)).toBeGreaterThan(0.12)
    expect(shareOf(messages, /\b\w+'(ll|s|re|t|m|d|ve)\b/)).toBeGreaterThan(0.35)
    expect(messages.join('\n')).not.toMatch(/[’‘]/)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(20)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(50)
  })

  it('shows Hermes 3\'s habits now and then: an action in asterisks, an (OOC: …) note, numbered points, <|im_end|> written out with a teammate\'s turn after it; never a safety note', () => {
    const turns = singleTurns(S, SEATS, 30)
    const { between } = ratesOf(turns)
    between((t) => ACTIONS.some((a) => t.startsWith(`${a} `)), 0.06, 0.2)
    between((t) => OOC_NOTES.some((n) => t.replace(/<\|im_end\|>[\s\S]*$/, '').endsWith(`\n\n${n}`)), 0.01, 0.07)
    between(/\n1\. [^\n]+\n2\. /, 0.02, 0.2)
    between(/<\|im_end\|>/, 0.005, 0.045)
    // The action never carries a figure or a fact.
    for (const a of ACTIONS) expect(a).not.toMatch(/\d|camera|guard|minute/)
    const leaked = turns.filter((t) => t.includes('<|im_end|>'))
    for (const t of leaked) expect(t, t).toMatch(/<\|im_end\|>(\n<\|im_start\|>(planner|hacker|safecracker|intel|driver|lookout)\n[^\n<]+)?$/)
    expect(leaked.some((t) => SPOKEN_FOR_S.some((line) => t.endsWith(line)))).toBe(true)
    expect(turns.join('\n')).not.toMatch(/fictional|disclaimer|I can't help|as an AI/i)
  })
})
