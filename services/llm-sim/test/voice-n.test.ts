/**
 * What only voice n does: its gpt-oss harmony call shapes, its sabotage ("corrections" of the
 * documents) and one set of lies a game, its innocents' mistakes (the setup dropped from the door job,
 * the evening row read as the night, the UPS halved, the footage shortened), the manner per seat and
 * the habits of gpt-oss's chat tuning. The checks every voice passes (routing, replay, parsed text
 * calls, judge wrappers, no shared sentence, HTTP, the real engine) are its row in `helpers/voice-rows/n.ts`, and those of its own play
 * (sabotage, claims, one set of lies, honest mistakes) its `TRAITS` below, for `helpers/voice-checks.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_N } from '../src/model/voices/mole-n.js'
import { OFFERS, REFUSAL_LINE, TABLE_HEAD } from '../src/model/voices/style-n.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_N } from './helpers/voice-rows/n.js'

const N = 'heist-sim-n'

const { isCall } = ROW_N
/** A message as a reader compares it with the templates: citation marks and the bullet layout off, lower-cased. */
const plain = (text: string) => text.replace(/【[^】]*】/g, '').replace(/\n+(?:- )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** n's corrections in a misquoted document or table, and calculations from its premise (relock 02:55 or 03:00, dwell 45 or 60 s, police 8-10 or 9-12). */
const MISQUOTED = /\b(16|18)( security| CCTV)? cameras|\b(45|60)[- ]seconds?|police[^.;]{0,30}?\b(8-10|9-12) min|02:00-(02:55|03:00)/i
const PREMISE_CALC = /^(55|60) - \(3 \* 12 \+ 9\)$|^(45|60) \+ (8|9) \* 60$|^\(2 \* 60 \+ 55\) - |^\(3 \* 60 \+ 0\) - |^(10|12) \* 60 - (45|60)$/
const sabotaged = sabotageTest(MOLE_N, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'intel', strategy: 'wrong_tools' },
  plain,
  sabotaged,
  claims: { mole: MOLE_N, how: 'what it says it saw or timed, and a quiet one state the corrected figure flat' },
  lies: {
    what: 'live-camera count, dummy count, dwell, police figure, relock and early leaver',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver', 'lookout'], liars: 12,
    readings: [
      valuesOf(/only (\d+) actually record|live camera count is (\d+)|live cameras: (\d+)|(\d+) cameras with status|only (\d+) of these cameras/g),
      valuesOf(/(\d+) of the 24 cameras are dummies|(\d+) housings are empty|(\d+) of the cameras were never wired|(\d+) of the camera housings it counts/g),
      valuesOf(/dwell is (\d+) s|dwell: (\d+) s|dwell to (\d+) s/g, ['30']),
      valuesOf(/(\d+)–\d+ min/g, ['3']),
      valuesOf(/relocks at (\d\d:\d\d)|still on until (\d\d:\d\d)|stayed on until (\d\d:\d\d)/g),
      valuesOf(/clocks out at (\d\d:\d\d)|leaves at (\d\d:\d\d)|left at (\d\d:\d\d)|out at (\d\d:\d\d)|is off at (\d\d:\d\d)/g),
    ],
  },
  mistakes: {
    what: ', the setup dropped or the wrong roster row, in about one message in eight',
    share: [0.06, 0.22], slips: 5,
    kinds: {
      slip: /\b36(‑| )min\b(?! of pure)|door job to 36\b|drill is 36\b|eats 36\b|nights \S+ with 6 guards|\b6 night guards|\b6 guards on\b|\b6 on shift|\/ 6 night\b|\b24 h\b|\b30 days\b/,
      hedge: / \(unverified\)| — worth a double‑check| \(if I’m reading the doc right\)| \(from memory\)/,
      caution: /5‑min contingency buffer|one abort word that everyone|Gloves on, phones off|fallback comms channel|Keep the plan on paper only/,
    },
  },
}

describe('voice n (heist-sim-n)', () => {
  voiceChecks(ROW_N, TRAITS)

  it('writes its text tool calls as gpt-oss does in harmony: whole, from the channel on, json as a word, or tokens stripped; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(N)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const head = String.raw`commentary to=functions\.(calculator|read_file|query_db)`
    const args = String.raw`\{"[a-z]+":"[^\n]+"\}`
    const shapes = [
      String.raw`<\|start\|>assistant<\|channel\|>${head} <\|constrain\|>json<\|message\|>${args}<\|call\|>`,
      String.raw`<\|channel\|>${head} <\|constrain\|>json<\|message\|>${args}`,
      String.raw`<\|channel\|>${head} json<\|message\|>${args}<\|call\|>`,
      String.raw`${head} json${args}`,
    ]
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n<]+[.]\n)?(${shapes.join('|')})$`))
    expect(all).toContain('<|start|>assistant<|channel|>commentary to=functions.calculator <|constrain|>json<|message|>{"expression":"3 * 12 + 9"}<|call|>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/<\|start\|>/)).toBeGreaterThan(0.2)
    expect(share(/(^|\n)commentary to=/)).toBeGreaterThan(0.05)
    expect(share(/^[A-Z]/)).toBeLessThan(0.35)
    // Every one parses into a call of its own tool, and what is left is the preamble or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/to=functions\.(\w+)/.exec(t)![1]])
      expect(parsed.text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
    }
  })

  it('talks as gpt-oss: typographic punctuation, curly contractions only, bold labels, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: N, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(N, [agent], 4)]
    expect(shareOf(of('planner'), /T‑\d+|T0|T\+|[Oo]wner|timeline/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /attack surface|dwell|PIR|[Zz]one|fail‑|SecureNet|cameras/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /×|≈|drill|bolt|`/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /[Ss]ource|[Cc]onfidence|tables?|roster|shift|guards/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /[Rr]oute|van|[Ww]heels|car|ETA|roll/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /Status|[Ee]yes|position|[Ww]atch|[Rr]adio|[Ll]ogg/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /[’—–→≈×‑]/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\*\*[A-Z][^*\n]{1,30}:\*\*/)).toBeGreaterThan(0.2)
    // Its contractions are always curly: a straight apostrophe in one would be another model's.
    expect(messages.join('\n')).not.toMatch(/\b\w+'(ll|s|re|t|m|d|ve)\b/)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(18)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(50)
  })

  it('shows gpt-oss\'s habits now and then: bullets, a title, a bottom line, a table, an offer, a citation mark, a flat refusal', () => {
    const turns = singleTurns(N, SEATS, 30)
    const { between } = ratesOf(turns)
    between(/\n- /, 0.08, 0.45)
    between(/^\*\*[A-Z][a-z]+( [a-z]+)? — round \d\*\*\n\n/, 0.02, 0.15)
    between(/\n---\n\*\*Bottom line:\*\* in at \d\d:\d\d, out by \d\d:\d\d, van rolls \d\d:\d\d\.$/, 0.015, 0.12)
    between((t) => t.includes(TABLE_HEAD), 0.008, 0.08)
    between((t) => Object.values(OFFERS).flat().some((o) => t.endsWith(`\n\n${o}`)), 0.03, 0.15)
    between(/【\d†L\d+-L\d+】[.!?]/, 0.01, 0.08)
    between((t) => t === REFUSAL_LINE, 0.002, 0.04)
    // A refusal is the whole message, and never the first one (its introduction).
    // singleTurns lists a seat's turns round by round, so its first 60 are round 1.
    for (const seat of SEATS) expect(singleTurns(N, [seat], 60).slice(0, 60)).not.toContain(REFUSAL_LINE)
  })
})

