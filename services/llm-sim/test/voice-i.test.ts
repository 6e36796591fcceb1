/**
 * What only voice i does: its Command R call shapes, its sabotage and one set of lies a game, its
 * innocents' mistakes, the registers and the Command R habits. The checks every voice passes
 * (routing, replay, parsed text calls, judge wrappers, no shared sentence, HTTP, the real engine)
 * are its row in `helpers/voice-rows.ts` (checked by voice-table, voice-sentences and voice-engine).
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { Rng } from '../src/model/random.js'
import { MOLE_I } from '../src/model/voices/mole-i.js'
import { additionally, boldTerms, cite, copySlip, OFFERS, OPENERS } from '../src/model/voices/style-i.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_I } from './helpers/voice-rows/i.js'

const I = 'heist-sim-i'

const { isCall } = ROW_I
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))
/** A message as a reader compares it with a template: bold marks off, "Additionally," undone, lower case. */
const plain = (text: string) => text.replace(/\*\*/g, '').replace(/Additionally, /g, '').toLowerCase()

/** i's own readings in a misquoted document or table, and calculations from its premise (a 5 or 10 min lockout, police 9-15 min). */
const MISQUOTED = /guards \((1|2) from 02:00\)|\b(20|21) cameras in total|Police response time: (9-12|10-13|12-15) minutes|-> (5|10) minutes|\b(5|10)-minute lockout/
const PREMISE_CALC = /^(5|10) \+ 3 \* 12 \+ 9$|^30 \+ (9|10|12) \* 60$|^(12|13|15) \* 60 - 30$/

const sabotaged = sabotageTest(MOLE_I, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  plain,
  sabotaged,
  claims: { mole: MOLE_I, how: 'what it claims to have seen, and a quiet one state the reading bare' },
  lies: {
    what: 'false camera count, lockout and police range',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver'], liars: 6,
    readings: [
      (text) => new Set([...text.matchAll(/\b(\d+) (?:working |installed |mounted )?cameras|(\d+) (?:are actually )?installed|it's (\d+) installed/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((n) => n !== '24')), // cameras
      (text) => new Set([...text.matchAll(/lockout (?:drops to|is) (\d+)|costs (?:us )?(\d+) minutes|(\d+)-minute lockout/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((n) => n !== '30')), // lockouts
      (text) => new Set([...text.matchAll(/\b(\d+-\d+) minutes/g)].map((m) => m[1]).filter((r) => r !== '3-5' && r !== '10-15')), // police
    ],
  },
  mistakes: {
    what: ' in about one message in eight',
    share: [0.06, 0.22], slips: 8,
    kinds: {
      slip: /\b25 cameras|there are 25 of them|\b36\b|\b40 minutes in the window|\b20-minute lockout|lose 20 minutes|\b4 night guards|With 4 guards on the night|with 4 guards, compared|\b4 guards cover|With 4 on site|\b4 guards on 22|nights 22:00-06:00, 4 guards|\b60 days|\b24 hours|\b24-hour UPS|\b45 seconds|\b45-second|-> 20 minutes|night [^;]{0,30}with 4 guards/,
      hedge: / \(if I'm reading the docs correctly\)|, though I may be misremembering|, but please double-check that| \(approximately\)/,
      caution: /backup set of radios|fallback meeting point|weather forecast, since rain|side street is clear at that hour|code word for an abort/,
    },
  },
}

describe('voice i (heist-sim-i)', () => {
  voiceChecks(ROW_I, TRAITS)

  it('writes its text tool calls in the Command R family\'s shapes: R\'s Action block after a Plan line or alone, R7B\'s START_ACTION after its tool plan', () => {
    const textCalls = textCallsOf(I)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    for (const t of all) expect(isCall(t), t).toBe(true)
    expect(all.some((t) => /^Action: ```json\n\[\n {4}\{\n {8}"tool_name": "calculator",\n {8}"parameters": \{\n {12}"expression": "3 \* 12 \+ 9"\n {8}\}\n {4}\}\n\]\n```$/.test(t))).toBe(true)
    expect(all.some((t) => /^Plan: I will [^\n]+\.\nAction: ```json\n\[/.test(t))).toBe(true)
    expect(all.some((t) => /^<\|START_THINKING\|>I will [^<]+<\|END_THINKING\|><\|START_ACTION\|>\[\n {4}\{"tool_call_id": "0", "tool_name": "query_db", "parameters": \{"query": "SELECT [^"]+"\}\}\n\]<\|END_ACTION\|>$/.test(t))).toBe(true)
    // The tool plan is all that is left once the orchestrator cuts the call out, and no marker.
    const plans = all.map((t) => parseTextToolCalls(t, Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))).text)
    for (const left of plans) expect(left).toMatch(/^((Plan: )?I will [^`<>|[\]{}]+)?$/)
  })

  it('talks in a register per seat, answer first, with light markdown on names, never on figures', () => {
    const games = SEEDS.map((seed) => playSession({ model: I, seed }))
    const messages = games.flatMap((g) => messagesOf(g))
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(I, [agent], 4)]
    expect(shareOf(of('planner'), /\b(Let's|Here's|I'm proposing|I'd)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('intel'), /\b(Based on|The data indicates|Notably|From the database|Summary of the data|Key point|records)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('safecracker'), /\b(Realistically|Worst case|Here's the math|In my experience|numbers|calculator|Running)\b/)).toBeGreaterThan(0.3)
    expect(shareOf(of('driver'), /\b(Here's the deal|I'll|No sweat|That's the deal|we've got|I'm)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /\b(Got it|Quick question|Just to confirm|I'll|I'd|I'm|I can)\b/)).toBeGreaterThan(0.7)
    const text = messages.map((s) => s.text).join('\n')
    expect(text).toMatch(/\*\*(maintenance window|time lock|loading dock|stairwell B|maintenance corridor|SecureNet|zone [EF]|lockout|night shift|blind spots?)\*\*/)
    expect(text).toMatch(/(^|\n)- [A-Z]/)
    expect(text).not.toMatch(/\*\*\d/)
    expect(text).not.toMatch(/(^|\n)#{1,4} /)
    const words = messages.map((s) => s.text.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(25)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })

  it('shows Command R habits now and then: citation tags in a report, the end-of-turn token, an assistant\'s opener or offer, a round header', () => {
    const turns = singleTurns(I, SEATS, 30)
    const { rate } = ratesOf(turns)
    expect(rate(/<\|END_OF_TURN_TOKEN\|>/)).toBeGreaterThan(0.01)
    expect(rate(/<\|END_OF_TURN_TOKEN\|>/)).toBeLessThan(0.07)
    expect(turns.some((t) => /<\|END_OF_TURN_TOKEN\|><\|START_OF_TURN_TOKEN\|><\|CHATBOT_TOKEN\|>[A-Z]/.test(t))).toBe(true)
    expect(turns.some((t) => /[.!]<\|END_RESPONSE\|><\|END_OF_TURN_TOKEN\|>/.test(t))).toBe(true)
    expect(rate(new RegExp(`^(${OPENERS.join('|').replace(/\./g, '\\.')}) `))).toBeGreaterThan(0.005)
    expect(rate(new RegExp(`\\n\\n(${OFFERS.map((o) => o.replace(/[.!]/g, '\\$&')).join('|')})`))).toBeGreaterThan(0.01)
    expect(rate(/^\*\*Round \d update:\*\*\n\n/)).toBeLessThan(0.07)
    // Citation tags only in reports of a document or a table, around the quoted part and nothing else.
    const reports = SEEDS.flatMap((seed) => playSession({ model: I, seed }).filter((s) => s.calls.length > 0 && !s.calls[0]!.args.expression).map((s) => s.text))
    const cited = reports.filter((t) => t.includes('<co: 0>'))
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.length / reports.length).toBeLessThan(0.3)
    for (const t of cited) expect(t).toMatch(/: <co: 0>[^<]+<\/co: 0>\./)
    expect(turns.filter((t) => t.includes('<co:'))).toEqual([])
  })

  it('styles a message without changing a figure: bold names, "Additionally,", citations', () => {
    expect(boldTerms('Through the loading dock, 24 cameras, the time lock and the lockout.')).toBe('Through the **loading dock**, 24 cameras, the **time lock** and the lockout.')
    expect(additionally('First point here. The door takes 45 minutes.', new Rng(1))).toBe('First point here. Additionally, the door takes 45 minutes.')
    expect(additionally('Only one sentence here.', new Rng(1))).toBe('Only one sentence here.')
    const report = 'I\'ve reviewed vault_specs.txt. Key details: 3-ton steel door; 30-minute lockout. That lines up with the plan.'
    const tagged = Array.from({ length: 20 }, (_, i) => i + 1).map((seed) => cite(report, new Rng(seed))!)
    for (const t of tagged) expect(t.replace(/<\/?co: 0>/g, '').replace('Relevant Documents: 0\nCited Documents: 0\nGrounded answer: ', '')).toBe(report)
    expect(tagged.some((t) => t.startsWith('Relevant Documents: 0\nCited Documents: 0\nGrounded answer: I\'ve reviewed'))).toBe(true)
    expect(cite('No quoted part in this one.', new Rng(1))).toBeNull()
    // An innocent's copying slip changes one figure inside the quote, nothing outside it.
    const rows = 'The query came back with: day 06:00-14:00 with 4 guards; evening 14:00-22:00 with 6 guards; night 22:00-06:00 with 3 guards. These are the documented figures, not rumors.'
    expect(copySlip(rows)).toBe(rows.replace('night 22:00-06:00 with 3 guards', 'night 22:00-06:00 with 4 guards'))
    expect(copySlip(report)).toBeNull()
    expect(copySlip('Key details: 24 cameras in total; 24 hours. That is 24 cameras.')).toBe('Key details: 25 cameras in total; 24 hours. That is 24 cameras.')
  })
})
