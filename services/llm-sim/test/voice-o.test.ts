/**
 * What only voice o does: Phi-4-mini's call lists (`<|tool_call|>[…]<|/tool_call|>`, `functools[…]`),
 * its sabotage (wrong working with one set of lies a game, the plan restated with them in the last
 * round), its innocents' arithmetic slips (brackets in the wrong place, decimal hours read as
 * minutes), the register per seat and the habits of a small model trained on textbook exercises. The
 * checks every voice passes (routing, replay, parsed text calls, judge wrappers, no shared sentence,
 * HTTP, the real engine) are its row in `helpers/voice-rows/o.ts`, and those of its own play
 * (sabotage, claims, one set of lies, honest mistakes) its `TRAITS` below, for `helpers/voice-checks.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { STRATEGIES } from '../src/model/prompt.js'
import { MOLE_O } from '../src/model/voices/mole-o.js'
import { DISCLAIMERS_O, EXERCISES, OPENERS_O } from '../src/model/voices/style-o.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_O } from './helpers/voice-rows/o.js'

const O = 'heist-sim-o'

const { isCall } = ROW_O
/** A message as a reader compares it with the templates: bold, list numbers and line breaks off, lower-cased. */
const plain = (text: string) => text.replace(/\*\*/g, '').replace(/\n+(?:\d+\. )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** o's lies in a misquoted document or table (police 6-10 or 9-15, the window from 02:10 or 02:15, 10 minutes of lockout, 2 night guards), and calculations from its premise. */
const MISQUOTED = /police[^.;]{0,30}?\b(6-10|9-15) min|\b02:1[05]\s*-\s*(02:55|03:00)|\b10[- ]minutes?\s+lock-?out|lock-?out[^.;]{0,30}?\b10[- ]min|night[^.;]{0,40}?\b2 guards/i
const PREMISE_CALC = /^10 \+ 3 \* 12 \+ 9$|^30 \+ (6|9) \* 60$|^\(2 \* 60 \+ 55\) - \(2 \* 60 \+ 0\)$|^\(3 \* 60 \+ 0\) - \(2 \* 60 \+ 5\)$|^(10|15) \* 60 - 30$/
const sabotaged = sabotageTest(MOLE_O, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'safecracker', strategy: 'timing_errors' },
  plain,
  sabotaged,
  claims: { mole: MOLE_O, how: 'what it says it measured or saw, and a quiet one state the answer alone' },
  lies: {
    what: 'police range, window end, cost of a wrong code, guards on duty, regroup point and channel',
    strategies: ['false_info', 'timing_errors', 'coordination_chaos'], seats: ['hacker', 'driver', 'lookout'], liars: 20,
    readings: [
      valuesOf(/officers arrive in (\d+)-|police need (\d+)-\d+ minutes|arrival takes (\d+)-|reach us is (\d+) minutes|at least (\d+) minutes|took (\d+)-\d+ minutes|police here take (\d+)-|= (\d+) \\\) to/g, ['3']),
      valuesOf(/\d\d:\d\d(?:-| to )(\d\d:\d\d)/g, ['02:45', '06:00', '14:00', '22:00']),
      valuesOf(/(\d+) minutes per wrong code|costs (\d+) minutes|delays us by (\d+) minutes|(\d+)-minute lockout/g, ['30']),
      valuesOf(/(\d+) guards (?:on duty|awake|are awake|moving)|never more than (\d+)|≈ (\d+)|approx (\d+)/g, ['3']),
      valuesOf(/(?:regroup|wait) at (the [a-z -]+?(?:avenue|street|station))|watch from (the [a-z -]+?(?:avenue|street|station))/g),
      valuesOf(/channel (\d+)/g),
    ],
  },
  mistakes: {
    what: ', arithmetic slips among them, in about one message in seven',
    share: [0.07, 0.24], slips: 5,
    kinds: {
      slip: /\b63(-| )minute|\b63 minutes|\b50-minute lockout|\b27(-| )minute|\b18(-| )second/,
      hedge: /, based on the information provided| \(this is an estimate\)|, if the documents are accurate| \(to the best of my calculation\)/,
      caution: /clear communication protocol in case the radios fail|bring a first-aid kit|double-check their equipment the night before|stay calm and follow the plan|backup meeting point in case we get separated/,
    },
  },
}

describe('voice o (heist-sim-o)', () => {
  voiceChecks(ROW_O, TRAITS)

  it('writes its text tool calls as Phi-4-mini does: a list in its tool-call tokens, the closing one missing, after functools, or one bare object; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(O)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const object = String.raw`\{"name": "(calculator|read_file|query_db)", "arguments": \{"[a-z]+": "[^\n]+"\}\}`
    const shapes = [String.raw`<\|tool_call\|>\[${object}\]<\|/tool_call\|>`, String.raw`<\|tool_call\|>\[${object}\]`, String.raw`functools\[${object}\]`, object]
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n<{]+[.]\n)?(${shapes.join('|')})$`))
    expect(all).toContain('<|tool_call|>[{"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}}]<|/tool_call|>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/<\|\/tool_call\|>$/)).toBeGreaterThan(0.25)
    expect(share(/(^|\n)functools\[/)).toBeGreaterThan(0.15)
    expect(share(/(^|\n)\{"name"/)).toBeGreaterThan(0.05)
    expect(share(/^[A-Z]/)).toBeGreaterThan(0.2)
    expect(share(/^[A-Z]/)).toBeLessThan(0.5)
    // Every one parses into a call of its own tool, and what is left is the sentence before it or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/"name": "(\w+)"/.exec(t)![1]])
      expect(parsed.text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
    }
  })

  it('restates the plan with its lies in the last round, as a worked solution ends on its answer', () => {
    let last = 0
    let games = 0
    for (const strategy of STRATEGIES) {
      for (const seed of SEEDS.slice(0, 4)) {
        const mole = SEATS[(seed + STRATEGIES.indexOf(strategy)) % SEATS.length]!
        const said = playSession({ model: O, seed, mole: { name: mole, strategy } }).filter((s) => s.agent === mole && s.round === 5)
        games++
        if (said.some((s) => sabotaged(s, strategy))) last++
      }
    }
    expect(last / games).toBeGreaterThan(0.7)
  })

  it('talks as Phi-4-mini: explanatory and orderly, straight apostrophes, working in LaTeX, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: O, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(O, [agent], 4)]
    expect(shareOf(of('planner'), /Let's|Firstly|Therefore|timeline|objective|owner|step/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /In other words|[Zz]one|sensor|camera|SecureNet/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /\\\(|drill|lock|bolt|calculat/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /\\\( [^)]*\\times/)).toBeGreaterThan(0.1)
    expect(shareOf(of('intel'), /records|database|shift|guards|[Aa]ccess/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /[Rr]oute|van|car|vehicle|police/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /observe|position|watch|report|radio|time check/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\b(Therefore|In other words|Let's|This means|Firstly|Furthermore|Moreover|In addition|It's crucial|It would be)\b/)).toBeGreaterThan(0.2)
    // Its apostrophes are straight, and its LaTeX writes operators as LaTeX does.
    expect(messages.join('\n')).not.toMatch(/[’‘“”]/)
    expect(messages.join('\n')).not.toMatch(/\\\([^)]* \* [^)]*\\\)/)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(25)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })

  it('shows Phi-4-mini\'s habits now and then: a lesson layout, an opener, a safety note, its end token with the next exercise it makes up', () => {
    const turns = singleTurns(O, SEATS, 30)
    const { between } = ratesOf(turns)
    between(/\n\n1\. [^\n]+\n2\. /, 0.05, 0.3)
    between(/(^|\n\n)### [A-Z][a-z]+ [A-Z][a-z]+\n\n/, 0.02, 0.12)
    between(/\n\n\*\*Conclusion:\*\* [^\n]+$/, 0.01, 0.1)
    between((t) => OPENERS_O.some((o) => t.startsWith(`${o}\n\n`)), 0.01, 0.08)
    between((t) => DISCLAIMERS_O.some((d) => t.includes(`\n\n${d}`)), 0.008, 0.06)
    between(/<\|end\|>/, 0.008, 0.06)
    between((t) => EXERCISES.some((e) => t.endsWith(`<|end|><|user|>${e}`)), 0.004, 0.04)
    between(/\n\n\*\*Follow-up question:\*\* /, 0.001, 0.03)
  })
})
