/**
 * What only voice p does: its Gemma 3 call shapes, its sabotage ("good news" and "pro tips") and one
 * set of lies a game, its innocents' mistakes (a camera count short, the day shift's headcount at
 * night, the lockout halved, footage and battery misremembered), the manner per seat and the habits of
 * Gemma 3's chat tuning. The checks every voice passes (routing, replay, parsed text calls, judge
 * wrappers, no shared sentence, HTTP, the real engine) are its row in `helpers/voice-rows/p.ts`, and those of its own play
 * (sabotage, claims, one set of lies, honest mistakes) its `TRAITS` below, for `helpers/voice-checks.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_P } from '../src/model/voices/mole-p.js'
import { ACCEPT_LINES, DISCLAIMERS_P, QUESTIONS_P } from '../src/model/voices/style-p.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_P } from './helpers/voice-rows/p.js'

const P = 'heist-sim-p'

const { isCall } = ROW_P
/** A message as a reader compares it with the templates: stage directions and the bullet layout off, lower-cased. */
const plain = (text: string) => text.replace(/\*\([^)]*\)\*\s*/g, '').replace(/\n+(?:\* {3})?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** p's tips in a misquoted document or table, and calculations from its premise (window to 02:55 or 03:00, police 10-14 or 12-15). */
const MISQUOTED = /\b(18|20)( security| CCTV)? cameras|police[^.;]{0,30}?\b(10-14|12-15) min|02:00-(02:55|03:00)|night[^.;]{0,40}?\b2,? guards/i
const PREMISE_CALC = /^(55|60) - \(3 \* 12 \+ 9\)$|^30 \+ (10|12) \* 60$|^\(2 \* 60 \+ 55\) - |^\(3 \* 60 \+ 0\) - |^(14|15) \* 60 - 30$/
const sabotaged = sabotageTest(MOLE_P, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'hacker', strategy: 'subtle_delays' },
  plain,
  sabotaged,
  claims: { mole: MOLE_P, how: 'what it says it saw or timed, and a quiet one state the figure flat' },
  lies: {
    what: 'camera count, police figure, window end, sign-in, counter reset, drill and sweep gap',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver', 'lookout'], liars: 12, plain: (t) => plain(t).replace(/\*\*/g, ''),
    readings: [
      valuesOf(/only (\d+) cover the building|only (\d+) cameras are actually|count (\d+) cameras on the building|so only (\d+) cameras actually/g),
      valuesOf(/(\d+) of those 24 cameras|see (\d+) of the cameras/g),
      valuesOf(/realistically (\d+)-\d+|police take (\d+)-\d+|car there in (\d+)-\d+|response here is (\d+)-\d+|take (\d+)-\d+ minutes to get a car/g),
      valuesOf(/lock stays open until (\d\d:\d\d)|really runs until (\d\d:\d\d)|runs to (\d\d:\d\d)|walk out at (\d\d:\d\d)|we have until (\d\d:\d\d)|vault stays open until (\d\d:\d\d)/g),
      valuesOf(/signs in at (\d\d:\d\d)|arrive at (\d\d:\d\d)|pull in at (\d\d:\d\d)/g),
      valuesOf(/resets after (\d+) minutes/g),
      valuesOf(/= (\d+) minutes on the door|cobalt bits is (\d+) minutes/g),
      valuesOf(/(\d+)-second gap|for (\d+) seconds every minute/g),
    ],
  },
  mistakes: {
    what: ', a short camera count or the wrong shift\'s headcount, in about one message in seven',
    share: [0.07, 0.22], slips: 5,
    kinds: {
      slip: /\b21( cameras|-camera)|\b4 night guards|\b4 guards (strong|on)|nights are \S+ with 4 guards|\b4 on nights|\b15-minute lockout|\b60 days|\b72 hours/,
      hedge: / \(correct me if I'm wrong!\)|, but let's double-check that| \(roughly\)|, from what I recall/,
      caution: /spare batteries for everything|soft-soled shoes|casual-sounding code phrase|memorize the layout so nobody|one of us gets separated/,
    },
  },
}

describe('voice p (heist-sim-p)', () => {
  voiceChecks(ROW_P, TRAITS)

  it('writes its text tool calls as Gemma 3 does: a tool_code fence printing default_api or the bare call, a json fence, a Python list; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(P)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const name = '(calculator|read_file|query_db)'
    const call = String.raw`${name}\([a-z]+="[^\n]+"\)`
    const shapes = [
      String.raw`\`\`\`tool_code\nprint\(default_api\.${call}\)\n\`\`\``,
      String.raw`\`\`\`tool_code\nprint\(${call}\)\n\`\`\``,
      String.raw`\`\`\`json\n\{\n {2}"name": "${name}",\n {2}"parameters": \{\n {4}"[a-z]+": "[^\n]+"\n {2}\}\n\}\n\`\`\``,
      String.raw`\[${call}\]`,
    ]
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n]+[.]\n\n)?(${shapes.join('|')})$`))
    expect(all).toContain('```tool_code\nprint(default_api.calculator(expression="3 * 12 + 9"))\n```')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/default_api\./)).toBeGreaterThan(0.15)
    expect(share(/```json/)).toBeGreaterThan(0.15)
    expect(share(/(^|\n)\[\w+\(/)).toBeGreaterThan(0.05)
    expect(share(/^[A-Z]/)).toBeGreaterThan(0.2)
    expect(share(/^[A-Z]/)).toBeLessThan(0.6)
    // Every one parses into a call of its own tool, and what is left is the lead-in sentence or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/(calculator|read_file|query_db)/.exec(t)![1]])
      expect(parsed.text).toMatch(/^([A-Z][^`<>|[\]{}()]+\.)?$/)
    }
  })

  it('talks as Gemma 3: "Okay," and "Let\'s", straight apostrophes, unspaced em dashes, bold, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: P, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(P, [agent], 4)]
    expect(shareOf(of('planner'), /Phase|timeline|[Ee]veryone|team/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /camera|sensor|[Zz]one|SecureNet|UPS|tech/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /drill|door|math|bolt|keypad|lock/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /records|roster|shift|guards|access|dug up/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /van|car|route|[Pp]ickup|roll/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /eyes|watch|radio|roof|you'll|position|time/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\bOkay\b|\bLet's\b|—|\*\*/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\*\*[^*\n]+\*\*/)).toBeGreaterThan(0.25)
    expect(shareOf(messages, /\w—\w/)).toBeGreaterThan(0.1)
    // Straight apostrophes always, and its em dashes never spaced: a curly one or " — " would be another model's.
    expect(messages.join('\n')).not.toMatch(/’| — /)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(25)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(70)
  })

  it('shows Gemma 3\'s habits now and then: bullets, stage directions, a question or emoji, the instructions acknowledged, a disclaimer, <end_of_turn>', () => {
    const turns = singleTurns(P, SEATS, 30)
    const { between } = ratesOf(turns)
    between(/\n\* {3}\S/, 0.05, 0.35)
    between(/^(\S[^\n]*\n\n)?\*\([a-z][^)]*\)\* /, 0.05, 0.25)
    between((t) => QUESTIONS_P.some((q) => t.includes(`\n\n${q}`)), 0.06, 0.25)
    between(/ \p{Extended_Pictographic}$/u, 0.02, 0.12)
    between(/\*\*Important:\*\* /, 0.02, 0.12)
    between((t) => DISCLAIMERS_P.some((d) => t.includes(`\n\n${d}`)), 0.005, 0.06)
    between(/<end_of_turn>/, 0.005, 0.05)
    // The leaked token ends its message, or begins the user's turn it made up.
    for (const t of turns.filter((t) => t.includes('<end_of_turn>'))) expect(t).toMatch(/<end_of_turn>(\n<start_of_turn>user\n[A-Z][^\n]+\?)?$|<end_of_turn>\n<start_of_turn>user\nOkay, continue the scene as \w+\.$/)
    // It acknowledges the instructions only in its first message, where the system prompt arrived as a user turn.
    const accepted = (t: string) => ACCEPT_LINES.some((a) => t.startsWith(`${a}\n\n`))
    const first = singleTurns(P, SEATS, 60).filter((_, i) => i % 300 < 60)
    expect(first.filter(accepted).length / first.length).toBeGreaterThan(0.12)
    expect(first.filter(accepted).length / first.length).toBeLessThan(0.4)
    expect(turns.filter((_, i) => i % 150 >= 30).some(accepted)).toBe(false)
  })
})
