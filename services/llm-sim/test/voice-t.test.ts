/**
 * What only voice t does: its InternLM plugin-call shapes, its sabotage ("cross-references" of the
 * documents) and one set of lies a game, its innocents' mistakes (figures recalled instead of read:
 * footage doubled, the UPS as three days, 40 minutes inside, five wrong codes, a fourth night guard),
 * the manner per seat and the habits of InternLM3's assistant tuning. The checks every voice passes
 * (routing, replay, parsed text calls, judge wrappers, no shared sentence, HTTP, the real engine) are
 * its row in `helpers/voice-rows.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_T } from '../src/model/voices/mole-t.js'
import { COMPLIANCE_NOTES, IDENTITY_NOTES, OFFERS_T } from '../src/model/voices/style-t.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_T } from './helpers/voice-rows/t.js'

const T = 'heist-sim-t'

const { isCall } = ROW_T
/** A message as a reader compares it with the templates: the "Regarding …:" opener and the numbered layout off, lower-cased. */
const plain = (text: string) => text.replace(/^Regarding [a-z ]+: /, '').replace(/\n+(?:\d+\. )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** t's cross-references in a misquoted document or table, and calculations from its premise (close 02:55 or 03:05, night police 10-13 or 12-15). */
const MISQUOTED = /\b(18|20)( security| CCTV)? cameras|police[^.;]{0,30}?\b(10-13|12-15) min|02:00-(02:55|03:05)/i
const PREMISE_CALC = /^(55|65) - \(3 \* 12 \+ 9\)$|^30 \+ (10|12) \* 60$|^\(2 \* 60 \+ 55\) - |^\(3 \* 60 \+ 5\) - |^(13|15) \* 60 - 30$/
const sabotaged = sabotageTest(MOLE_T, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'intel', strategy: 'wrong_tools' },
  plain,
  sabotaged,
  claims: { mole: MOLE_T, how: 'what it says it saw or drove, and a quiet one state its conclusion flat' },
  lies: {
    what: 'close time, night police range, camera count, standby count and meeting point',
    strategies: ['false_info', 'timing_errors', 'coordination_chaos'], seats: ['hacker', 'driver', 'lookout'], liars: 12,
    readings: [
      valuesOf(/open until (\d\d:\d\d)|until about (\d\d:\d\d)|only left at (\d\d:\d\d)|stay on until (\d\d:\d\d)|02:00-(\d\d:\d\d)/g, ['02:45']),
      valuesOf(/\b(\d+-\d+) minutes/g, ['3-5', '10-15']),
      valuesOf(/only (\d+) record continuously|only (\d+) of these record|counted only (\d+) cameras|only (\d+) cameras record/g),
      valuesOf(/(\d+) of the 24 cameras are on standby|(\d+) cameras are on standby|(\d+) of the cameras counted here|that (\d+) cameras in this building/g),
      valuesOf(/meeting point is now (.+?), at|meeting place is (.+?), at|wait at (.+?) instead|pickup point is (.+?) now|position to (.+?);/g),
    ],
  },
  mistakes: {
    what: ', figures recalled instead of read, in about one message in seven',
    share: [0.06, 0.22], slips: 5,
    kinds: {
      slip: /\b180 days\b|\b72 hours\b|\b40 minutes inside|inside is 40 minutes|at most 40 minutes|\b5 wrong (codes|attempts)|after 5 wrong|\b4 night guards|takes over with 4 guards|has 4 guards|\b4 at night|with 4 guards on duty|\b4 guards on 22:00|22:00-06:00, 4 guards/,
      hedge: / \(pending verification\)|, according to my current understanding|, if I read the data correctly| \(to be confirmed by the team\)/,
      caution: /flashlight with a red filter|backup meeting point in case the radios|wear gloves during the whole process|weather forecast for that night|emergency contact number in memory/,
    },
  },
}

describe('voice t (heist-sim-t)', () => {
  voiceChecks(ROW_T, TRAITS)

  it('writes its text tool calls as InternLM\'s plugin action: whole, cut at <|action_end|>, the first token dropped, or the tokens stripped; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(T)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const object = String.raw`\{"name": "(calculator|read_file|query_db)", "parameters": \{"[a-z]+": "[^\n]+"\}\}`
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n<]+\.)?((<\|action_start\|>)?<\|plugin\|>\n${object}(<\|action_end\|>)?|\n${object})$|^${object}$`))
    expect(all).toContain('<|action_start|><|plugin|>\n{"name": "calculator", "parameters": {"expression": "3 * 12 + 9"}}<|action_end|>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/<\|action_start\|><\|plugin\|>\n.+<\|action_end\|>$/)).toBeGreaterThan(0.3)
    expect(share(/<\|action_start\|><\|plugin\|>\n[^\n]+\}$/)).toBeGreaterThan(0.08)
    expect(share(/(^|[^>])<\|plugin\|>/)).toBeGreaterThan(0.03)
    expect(share(/^([^\n<]+\n)?\{"name"/)).toBeGreaterThan(0.08)
    // The sentence first, on the same line as the action, in most of them.
    expect(share(/^[A-Z][^\n<]+\.(<\||\n\{)/)).toBeGreaterThan(0.5)
    // Every one parses into a call of its own tool, and what is left is the sentence or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/"name": "(\w+)"/.exec(t)![1]])
      expect(parsed.text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
    }
  })

  it('talks as InternLM3 in a role: straight punctuation, a bold label first, calques, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: T, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(T, [agent], 4)]
    expect(shareOf(of('planner'), /[Dd]ivision of labor|timeline|time point|\*\*(Phase objective|Entry plan|Vault phase|Escape plan|Final timeline|Confirmed figures):\*\*/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /Risk level|[Zz]one|cameras|blind spots?|SecureNet|sensor/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /Calculation|×|drill|bolt|keypad|lock/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /Query conclusion|According to|roster|shift|guards|level/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /[Rr]oute|van|car|[Ee]stimated time|[Ee]xit|[Pp]ickup/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /Monitoring|at the first time|position|[Ww]atch|[Rr]adio|report/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\*\*[A-Z][^*\n]{1,30}:\*\*/)).toBeGreaterThan(0.1)
    expect(shareOf(messages, /at the first time|the whole process|[Dd]ivision of labor|[Pp]lease pay special attention|Calculation process/)).toBeGreaterThan(0.03)
    // Straight punctuation only: curly quotes or dashes would be another model's.
    expect(messages.join('\n')).not.toMatch(/[’‘“”—–]/)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(18)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(55)
  })

  it('shows InternLM3\'s habits now and then: "Regarding …:", numbered points, an offer at any time, a length note, its identity, <|im_end|>', () => {
    const turns = singleTurns(T, SEATS, 30)
    const { between } = ratesOf(turns)
    between(/^Regarding (the reconnaissance|the entry plan|the vault work|the escape route|the final plan): /, 0.03, 0.15)
    between(/\n1\. [^\n]+\n2\. /, 0.02, 0.2)
    between((t) => Object.values(OFFERS_T).some((o) => t.includes(`\n\n${o}`)), 0.02, 0.12)
    between((t) => COMPLIANCE_NOTES.some((n) => t.includes(` ${n}`)), 0.003, 0.05)
    between((t) => IDENTITY_NOTES.some((n) => t.includes(`\n\n${n}`)), 0.002, 0.04)
    between((t) => t.endsWith('<|im_end|>'), 0.005, 0.05)
    // Nothing of that before the model has something to answer: no "Regarding …:" in a first message.
    for (const seat of SEATS) expect(singleTurns(T, [seat], 60).slice(0, 60).filter((t) => t.startsWith('Regarding '))).toEqual([])
  })
})
