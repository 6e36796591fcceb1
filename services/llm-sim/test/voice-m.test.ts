/**
 * What only voice m does: its SmolLM2 call shape, its sabotage (misreadings of the documents it
 * defends) and one set of lies a game, its innocents' mistakes (sums written out wrong, figures
 * rounded), the manner per seat and the small assistant model's habits. The checks every voice passes
 * (routing, replay, parsed text calls, judge wrappers, no shared sentence, HTTP, the real engine) are
 * its row in `helpers/voice-rows.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_M } from '../src/model/voices/mole-m.js'
import { AS_AN_AI_LINES, ASSISTANT_LINES, CHEERS, expand, THIRD_PERSON_LINES } from '../src/model/voices/style-m.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_M } from './helpers/voice-rows/m.js'

const M = 'heist-sim-m'

const { isCall } = ROW_M
/** A message as a reader compares it with the templates: its contractions undone, lower-cased. */
const plain = (text: string) => expand(text).toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** m's misreadings in a misquoted document or table, and calculations from its premise (the time lock open to 03:15 or 03:30, police in 15 or 20). */
const MISQUOTED = /\b(12|14)( security| CCTV)? cameras|police[^.;]{0,30}?\b(15|20) min|02:00-(03:15|03:30)|released, (75|90) minutes/i
const PREMISE_CALC = /^(75|90) - \(3 \* 12 \+ 9\)$|^\d+ \+ (15|20) \* 60$|^\(3 \* 60 \+ (15|30)\) - |^(15|20) \* 60 - \d+$/
const sabotaged = sabotageTest(MOLE_M, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'lookout', strategy: 'subtle_delays' },
  plain,
  sabotaged,
  claims: { mole: MOLE_M, how: 'what it says it saw, and a quiet one state the misreading flat' },
  lies: {
    what: 'inside-camera count, police figure, time-lock end, break and drill time',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver', 'lookout'], liars: 12,
    readings: [
      valuesOf(/only (\d+) (?:of the |of these )?cameras|cameras inside the building are only (\d+)|only saw (\d+) cameras/g),
      valuesOf(/police response (?:takes|is) (\d+) minutes|took (\d+) minutes|less than (\d+) minutes/g),
      valuesOf(/open until (\d\d:\d\d)|there at (\d\d:\d\d)|on until (\d\d:\d\d)/g),
      valuesOf(/break from (\d\d:\d\d)|break at (\d\d:\d\d)|together from (\d\d:\d\d)/g),
      valuesOf(/door only takes (\d+) minutes|door takes (\d+) minutes with two/g, ['45']),
    ],
  },
  mistakes: {
    what: ', a sum written out wrong or a figure rounded, in about one message in seven',
    share: [0.08, 0.25], slips: 5,
    kinds: {
      slip: /is 50 minutes in total|= 12 guards in total|\b40[- ]minutes?\b|\b20 cameras|\b50 hours|drill[^.]{0,30}\b50 minutes|\b50 minutes of drilling/,
      hedge: /, I believe[.,]| \(if I am not mistaken\)|, but please double-check this|, if I understood correctly/,
      caution: /dark clothes so nobody|backup plan in case something|good night of sleep|communicate clearly at all times|water and snacks/,
    },
  },
}

describe('voice m (heist-sim-m)', () => {
  voiceChecks(ROW_M, TRAITS)

  it('writes its text tool calls as SmolLM2 does: a JSON list in <tool_call> tags, inline or laid out, now and then one object, a sentence first a third of the time', () => {
    const textCalls = textCallsOf(M)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const call = String.raw`\{"name": "(calculator|read_file|query_db)", "arguments": \{"[a-z]+": [^\n]+\}\}`
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n<]+[.]\n)?<tool_call>(\[${call}\]|\[\n${call}\n\]|${call})</tool_call>$`))
    expect(all).toContain('<tool_call>[{"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}}]</tool_call>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/<tool_call>\[\n/)).toBeGreaterThan(0.15)
    expect(share(/<tool_call>\{/)).toBeGreaterThan(0.05)
    expect(share(/^[A-Z]/)).toBeGreaterThan(0.15)
    expect(share(/^[A-Z]/)).toBeLessThan(0.55)
    // What the orchestrator leaves is the sentence before the call or nothing, and no marker.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) expect(parseTextToolCalls(t, tools).text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
  })

  it('talks as a small assistant model: simple upbeat sentences, role titles, a manner per seat, contractions in some messages only', () => {
    const games = SEEDS.map((seed) => playSession({ model: M, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(M, [agent], 4)]
    expect(shareOf(of('planner'), /\b(First|Next|Now|Finally|Step \d|plan|Everyone)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /\b(system|sensors?|zones?|cameras)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /\b(safe|drill\w*|calculator)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /\b(database|research|records|guards?|shift)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /\b(van|cars?|routes?|drive|engine|getaway)\b/i)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /\b(close eye|alert|watch\w*|radio|see)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\b(Strategic Heist Planner|Technical Security Expert|Safe Specialist|Intelligence Analyst|Getaway Driver|Surveillance Specialist)\b/)).toBeGreaterThan(0.1)
    expect(shareOf(messages, /!/)).toBeGreaterThan(0.25)
    // Contractions in some messages and not in others, more from the driver and lookout than from the planner and intel.
    const contracted = /\b(I'll|[Ww]e'll|[Dd]on't|[Cc]an't|[Ii]t's|[Tt]hat's)\b/
    expect(shareOf(messages, contracted)).toBeGreaterThan(0.15)
    expect(shareOf(messages, contracted)).toBeLessThan(0.5)
    expect(shareOf([...of('driver'), ...of('lookout')], contracted)).toBeGreaterThan(shareOf([...of('planner'), ...of('intel')], contracted))
    expect(messages.join('\n')).not.toMatch(/\*\*|(^|\n)#{1,4} /)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(20)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(45)
  })

  it('shows a small assistant model\'s habits now and then: a cheer, a list, its own seat in the third person, the assistant showing through, a looping cheer, <|im_end|>', () => {
    const turns = singleTurns(M, SEATS, 30)
    const { between } = ratesOf(turns)
    const says = (lines: readonly string[]) => (t: string) => lines.some((l) => t.includes(l))
    between(says(Object.values(CHEERS).flat()), 0.08, 0.3)
    between(/\n(1\.|Step 1:) /, 0.02, 0.15)
    between(says(Object.values(THIRD_PERSON_LINES).flat()), 0.03, 0.12)
    between(says(ASSISTANT_LINES), 0.015, 0.08)
    between(says(AS_AN_AI_LINES), 0.003, 0.04)
    between(/, together, all of us!/, 0.005, 0.05)
    between(/<\|im_end\|>/, 0.01, 0.05)
    expect(turns.some((t) => /<\|im_end\|>\n<\|im_start\|>user\nGreat, thanks! What should \w+ do next\?$/.test(t))).toBe(true)
    expect(turns.some((t) => /<\|im_end\|>$/.test(t))).toBe(true)
    // A seat spoken of in the third person is always the speaker's own.
    for (const seat of SEATS) for (const t of singleTurns(M, [seat], 10)) for (const [other, lines] of Object.entries(THIRD_PERSON_LINES)) if (other !== seat) expect(says(lines)(t), t).toBe(false)
  })
})
