/**
 * What only voice u does: its Falcon3 `<tool_call>` list shapes, its sabotage (each lie derived from a
 * real figure, often in LaTeX) and one set of lies a game, its innocents' mistakes (unit slips: the UPS
 * as 2 hours, a 3-minute lockout, 3 days of footage, a 3-second delay), the manner per seat and the
 * habits of Falcon3's assistant tuning. The checks every voice passes (routing, replay, parsed text
 * calls, judge wrappers, no shared sentence, HTTP, the real engine) are its row in
 * `helpers/voice-rows/u.ts`, and those of its own play (sabotage, claims, one set of lies, honest
 * mistakes) its `TRAITS` below, for `helpers/voice-checks.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_U } from '../src/model/voices/mole-u.js'
import { IDENTITY_U, SUMMARIES_U } from '../src/model/voices/style-u.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_U } from './helpers/voice-rows/u.js'

const U = 'heist-sim-u'

const { isCall } = ROW_U
/** A message as a reader compares it with the templates: the heading, bullets and "Absolutely!" off, lower-cased. */
const plain = (text: string) => text.replace(/^### [^\n]+\n\n/, '').replace(/^Absolutely! /, '').replace(/\n+(?:- )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** u's derivations in a misquoted document or table, and calculations from its premise (close 02:57 or 03:00, police 11-13 or 14-16, delay 90 or 120 s). */
const MISQUOTED = /\b(16|18)( security| CCTV)? cameras|police[^.;]{0,30}?\b(11-13|14-16) min|02:00-(02:57|03:00)|\b(90|120)[- ]seconds?/i
const PREMISE_CALC = /^(57|60) - \(3 \* 12 \+ 9\)$|^(90|120) \+ (11|14) \* 60$|^\(2 \* 60 \+ 57\) - |^\(3 \* 60 \+ 0\) - |^(13|16) \* 60 - (90|120)$/
const sabotaged = sabotageTest(MOLE_U, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'hacker', strategy: 'false_info' },
  plain,
  sabotaged,
  claims: { mole: MOLE_U, how: 'what it says it timed or counted, and a quiet one state the result flat' },
  lies: {
    what: 'close time, police range, live-camera count, dummy count, delay, guards on the floor and meeting point',
    strategies: ['false_info', 'timing_errors', 'coordination_chaos'], seats: ['hacker', 'driver', 'lookout'], liars: 12,
    readings: [
      valuesOf(/min = (\d\d:\d\d)|closes at (\d\d:\d\d)|running until (\d\d:\d\d)|pulled away at (\d\d:\d\d)|stayed lit until (\d\d:\d\d)|02:00-(\d\d:\d\d)|exit by (\d\d:\d\d)/g, ['02:45']),
      valuesOf(/\b(\d+-\d+) minutes/g, ['3-5', '10-15']),
      valuesOf(/(\d+)(?: \\\))? cameras actually record|counted (\d+) cameras with an active/g),
      valuesOf(/(\d+) of the 24 housings|(\d+) of the camera housings|(\d+) of those housings|counted (\d+) camera housings/g),
      valuesOf(/(\d+)(?: \\\))? seconds before anything|route gets (\d+) seconds|have (\d+) seconds before the alarm/g),
      valuesOf(/by only (\d) of the 3 night guards|floor has (\d) of the 3|floor has only (\d) of them|never more than (\d)/g),
      valuesOf(/meeting point to ([^.;\n]+?) at \d|meet at ([^.;\n]+?) at \d|pickup moves to ([^.;\n]+?), which|park at ([^.;\n]+?) instead|relocated my post to ([^.;\n]+?), since/g),
    ],
  },
  mistakes: {
    what: ', unit slips among them, in about one message in eight',
    share: [0.06, 0.2], slips: 5,
    kinds: {
      slip: /\b2 hours\b|\b3-minute lockout|for 3 minutes\b|\b3 days\b|\b3-second|\b3 seconds\b/,
      hedge: / \(approximately\)|, assuming the documents are current| \(please double-check\)|, if my calculation is correct/,
      caution: /10% margin of error to every timing|backup plan in case the radios fail|wear gloves from the moment|weather forecast for that night|memorizes the route instead/,
    },
  },
}

describe('voice u (heist-sim-u)', () => {
  voiceChecks(ROW_U, TRAITS)

  it('writes its text tool calls as Falcon3\'s <tool_call> list: as its template\'s example, on one line, one object, or unclosed; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(U)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const object = String.raw`\{"name": "(calculator|read_file|query_db)", "arguments": \{"[a-z]+": "[^\n]+"\}\}`
    const shapes = String.raw`\[\n {4}${object}\n\](\n</tool_call>)?|\[${object}\]\n</tool_call>|${object}\n</tool_call>`
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^(To [^\n<]+\.\n\n)?<tool_call>\n(${shapes})$`))
    expect(all).toContain('<tool_call>\n[\n    {"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}}\n]\n</tool_call>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/<tool_call>\n\[\n {4}\{.+\n\]\n<\/tool_call>$/)).toBeGreaterThan(0.35)
    expect(share(/<tool_call>\n\[\{.+\}\]\n<\/tool_call>$/)).toBeGreaterThan(0.08)
    expect(share(/<tool_call>\n\{.+\}\n<\/tool_call>$/)).toBeGreaterThan(0.05)
    expect(share(/\n\]$/)).toBeGreaterThan(0.03)
    // A sentence before the call in about a third of them, as its function-calling data opens.
    expect(share(/^To [^\n]+\.\n\n<tool_call>/)).toBeGreaterThan(0.15)
    expect(share(/^To [^\n]+\.\n\n<tool_call>/)).toBeLessThan(0.6)
    // Every one parses into a call of its own tool, and what is left is the sentence or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/"name": "(\w+)"/.exec(t)![1]])
      expect(parsed.calls[0]!.arguments, t).toBe(JSON.stringify(JSON.parse(/"arguments": (\{.*\})\}/.exec(t)![1]!)))
      expect(parsed.text).toMatch(/^(To [^`<>|[\]{}]+\.)?$/)
    }
  })

  it('sabotages in the middle round of five in most games', () => {
    let moles = 0
    let bent = 0
    for (const seed of SEEDS) {
      for (const [i, name] of SEATS.entries()) {
        const third = playSession({ model: U, seed, mole: { name, strategy: (['false_info', 'timing_errors', 'coordination_chaos', 'subtle_delays', 'wrong_tools'] as const)[(seed + i) % 5]! } })
          .filter((s) => s.agent === name && s.round === 3)
        moles += third.length
        bent += third.filter((s) => !isCall(s.text) && sabotaged(s, (['false_info', 'timing_errors', 'coordination_chaos', 'subtle_delays', 'wrong_tools'] as const)[(seed + i) % 5]!)).length
      }
    }
    expect(bent / moles).toBeGreaterThan(0.6)
  })

  it('talks as Falcon3 in a role: contractions, bold labels, LaTeX for its arithmetic, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: U, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(U, [agent], 4)]
    // At least three in five of each seat's messages in its own manner (the lookout's is 0.600 at these seeds).
    expect(shareOf(of('planner'), /Step 1|timeline|Let's|let's|\*\*(Entry|Vault|Exit|Final timeline):\*\*/)).toBeGreaterThanOrEqual(0.6)
    expect(shareOf(of('hacker'), /[Zz]one|cameras|blind spots?|SecureNet|sensor|UPS/)).toBeGreaterThanOrEqual(0.6)
    expect(shareOf(of('safecracker'), /\\times|drill|bolt|keypad|lock|door/)).toBeGreaterThanOrEqual(0.6)
    expect(shareOf(of('intel'), /Based on the roster|roster|shift|guards|level/)).toBeGreaterThanOrEqual(0.6)
    expect(shareOf(of('driver'), /[Rr]oute|van|car|[Pp]ickup/)).toBeGreaterThanOrEqual(0.6)
    expect(shareOf(of('lookout'), /[Pp]osition|roof|[Ww]atch|radio|call|report/)).toBeGreaterThanOrEqual(0.6)
    // Its arithmetic in LaTeX: every calculator report, and the safecracker's working.
    expect(shareOf(games.flatMap((g) => messagesOf(g, 'safecracker')).map((s) => s.text), /\\\( [^\n]+ \\\)/)).toBeGreaterThan(0.3)
    expect(messages.filter((t) => /\\\( /.test(t)).every((t) => !/\\\([^)]* \* /.test(t))).toBe(true)
    expect(shareOf(messages, /\b\w+'(ll|s|re|ve|t|d)\b/)).toBeGreaterThan(0.4)
    expect(shareOf(messages, /\*\*[A-Z][^*\n]{1,30}:\*\*/)).toBeGreaterThan(0.08)
    // Straight punctuation only: curly quotes or dashes would be another model's.
    expect(messages.join('\n')).not.toMatch(/[’‘“”—–]/)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(18)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(55)
  })

  it('shows Falcon3\'s habits now and then: a ### heading over bullets, "**Note:**", "In summary,", "Absolutely!", its identity, <|endoftext|> and an invented <|user|> turn', () => {
    const turns = singleTurns(U, SEATS, 30)
    const { between } = ratesOf(turns)
    between(/^### (Reconnaissance Overview|Entry Plan|Vault Phase|Escape Route|Final Plan Summary)\n\n/, 0.03, 0.15)
    between(/^### [^\n]+\n\n[^\n]+\n- [^\n]+\n- /, 0.005, 0.1)
    between(/^Absolutely! /, 0.005, 0.06)
    between(/\n\n\*\*Note:\*\* /, 0.02, 0.1)
    between((t) => Object.values(SUMMARIES_U).some((s) => t.includes(` ${s}`)), 0.01, 0.09)
    between((t) => IDENTITY_U.some((n) => t.includes(`\n\n${n}`)), 0.001, 0.03)
    between((t) => t.includes('<|endoftext|>'), 0.005, 0.05)
    between((t) => t.includes('<|endoftext|>\n<|user|>\n'), 0.001, 0.03)
    // Nothing of that layout before the model has something to answer: no heading in a first message.
    for (const seat of SEATS) expect(singleTurns(U, [seat], 60).slice(0, 60).filter((t) => /^(### |Absolutely! )/.test(t))).toEqual([])
  })
})
