/**
 * What only voice r does: its Mistral Small 3.2 call shapes, its sabotage (practical "adjustments")
 * and one set of lies a game, its innocents' mistakes (a figure carried along unchecked), the manner
 * per seat and the habits of Mistral's instruction tuning. The checks every voice passes (routing,
 * replay, parsed text calls, judge wrappers, no shared sentence, HTTP, the real engine) are its row in
 * `helpers/voice-rows.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_R } from '../src/model/voices/mole-r.js'
import { ALRIGHT_LINE, INVENTED_INSTRUCTIONS, OFFERS_R } from '../src/model/voices/style-r.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_R } from './helpers/voice-rows/r.js'

const R = 'heist-sim-r'

const { isCall } = ROW_R
/** A message as a reader compares it with the templates: a leaked `</s>` and what follows off, the numbered layout and the note label off, lower-cased. */
const plain = (text: string) => text.replace(/<\/s>[\s\S]*$/, '').replace(/\*\*Note\*\*: /g, '').replace(/\n+(?:\d+\. )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** r's adjustments in a misquoted document or table, and calculations from its premise (release 01:45 or 01:50, zone E 90 or 120 s, police 9-12 or 10-14). */
const MISQUOTED = /\b(18|20)( security| CCTV)? cameras|\b(90|120)[- ]seconds?|police[^.;]{0,30}?\b(9-12|10-14) min|01:(45|50)-02:45/i
const PREMISE_CALC = /^(60|55) - \(3 \* 12 \+ 9\)$|^(90|120) \+ (9|10) \* 60$|^\(2 \* 60 \+ 45\) - \(1 \* 60 \+ (35|40)\)$|^(12|14) \* 60 - (90|120)$/
const sabotaged = sabotageTest(MOLE_R, MISQUOTED, PREMISE_CALC, plain)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'hacker', strategy: 'timing_errors' },
  plain,
  sabotaged,
  claims: { mole: MOLE_R, how: 'what it says it checked itself, and a quiet one state the adjusted figure flat' },
  lies: {
    what: 'release time, police range, camera split, zone E delay and user-code lockout',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver', 'lookout'], liars: 12,
    readings: [
      valuesOf(/releases at (\d\d:\d\d)|lit up at (\d\d:\d\d)|came on at (\d\d:\d\d)|release at (\d\d:\d\d)/g),
      valuesOf(/go in at (\d\d:\d\d)|entry at (\d\d:\d\d)/g, ['01:50']),
      valuesOf(/\b(\d+-\d+) minutes/g, ['3-5', '10-15']),
      valuesOf(/system has (\d+)|records (\d+) cameras/g),
      valuesOf(/(\d+) of the (?:24 are|cameras are in there|cameras belong)/g),
      valuesOf(/(\d+)-second entry delay|entry delay of (\d+) seconds|delay in zone e is (\d+) seconds/g),
      valuesOf(/keypad for (\d+) minutes|(\d+) minutes for a user code/g),
    ],
  },
  mistakes: {
    what: ', a figure carried along unchecked, in about one message in eight',
    share: [0.06, 0.22], slips: 5,
    kinds: {
      slip: /\b35( minutes|-minute)|\b60 minutes inside|stay 60 minutes|\b5 wrong (codes|ones)|\b15( seconds|-second)|\b96 hours/,
      hedge: / \(to be confirmed\)|, unless the documents say otherwise|, as far as I can tell| \(I'd double-check this\)/,
      caution: /printed copy of the schedule|if the radios stop working|spare set of batteries|second meeting point|gloves from the moment/,
    },
  },
}

describe('voice r (heist-sim-r)', () => {
  voiceChecks(ROW_R, TRAITS)

  it('writes its text tool calls as Mistral Small 3.2 does: [TOOL_CALLS]name[ARGS]{…}, the name right before the arguments, or the older list; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(R)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const name = '(calculator|read_file|query_db)'
    const args = String.raw`\{"[a-z]+": "[^\n]+"\}`
    const shapes = [String.raw`\[TOOL_CALLS\]${name}\[ARGS\]${args}`, String.raw`\[TOOL_CALLS\]${name}${args}`, String.raw`\[TOOL_CALLS\]\[\{"name": "${name}", "arguments": ${args}\}\]`]
    for (const t of all) expect(t, t).toMatch(new RegExp(String.raw`^([A-Z][^\n[]+[.]\n\n)?(${shapes.join('|')})$`))
    expect(all).toContain('[TOOL_CALLS]calculator[ARGS]{"expression": "3 * 12 + 9"}')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/\[ARGS\]/)).toBeGreaterThan(0.45)
    expect(share(/\[TOOL_CALLS\]\[/)).toBeGreaterThan(0.05)
    expect(share(/\[TOOL_CALLS\]\w+\{/)).toBeGreaterThan(0.03)
    expect(share(/^[A-Z]/)).toBeGreaterThan(0.1)
    expect(share(/^[A-Z]/)).toBeLessThan(0.5)
    // Every one parses into a call of its own tool, and what is left is the lead-in sentence or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/(calculator|read_file|query_db)/.exec(t)![1]])
      expect(parsed.text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
    }
  })

  it('always acts in round 2, once the plan takes shape', () => {
    let forced = 0
    let games = 0
    for (const seed of SEEDS) {
      for (const [i, strategy] of (['false_info', 'coordination_chaos', 'subtle_delays', 'wrong_tools'] as const).entries()) {
        const mole = SEATS[(seed + i) % SEATS.length]!
        const round2 = playSession({ model: R, seed, mole: { name: mole, strategy } }).filter((s) => s.agent === mole && s.round === 2)
        games++
        if (round2.some((s) => sabotaged(s, strategy))) forced++
      }
    }
    // A turn that is only a text call (or a report of a tool) says nothing of its own.
    expect(forced / games).toBeGreaterThan(0.7)
  })

  it('talks as Mistral Small: straight apostrophes, plain hyphens, Title Case labels with the colon outside, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: R, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(R, [agent], 4)]
    expect(shareOf(of('planner'), /breakdown|schedule|plan|\*\*[A-Z][a-z]+ [A-Z][a-z]+\*\*:/)).toBeGreaterThan(0.4)
    expect(shareOf(of('hacker'), /Practically speaking|[Zz]one|sensors?|cameras|SecureNet/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /drill|housings?|door|keypad|rig/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /From the records|roster|tables|records|shifts?|guards/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /van|cars?|routes?|drive|[Pp]olice/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /Copy|call it in|time checks?|watch|radio|view/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\*\*[A-Z][a-z]+(?: [A-Z][a-z]+)*\*\*: /)).toBeGreaterThan(0.08)
    // Its labels keep the colon outside the bold, and its punctuation is the keyboard's.
    expect(messages.join('\n')).not.toMatch(/\*\*[^*\n]+:\*\*/)
    expect(messages.join('\n')).not.toMatch(/[’‘“”—–]/)
    expect(shareOf(messages, /\b\w+'(ll|s|re|t|m|d|ve)\b/)).toBeGreaterThan(0.2)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(20)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(50)
  })

  it('shows Mistral Small\'s habits now and then: "Alright, team.", numbered points, a note, an offer, its last opening again, </s> written out; never a safety note', () => {
    const turns = singleTurns(R, SEATS, 30)
    const { between } = ratesOf(turns)
    between((t) => t.startsWith(`${ALRIGHT_LINE} `), 0.04, 0.18)
    between(/\n1\. [^\n]+\n2\. /, 0.03, 0.25)
    between(/\n\n\*\*Note\*\*: [A-Z]/, 0.02, 0.12)
    between((t) => Object.values(OFFERS_R).flat().some((o) => t.replace(/<\/s>[\s\S]*$/, '').endsWith(`\n\n${o}`)), 0.03, 0.15)
    between(/<\/s>/, 0.003, 0.04)
    const leaked = turns.filter((t) => t.includes('</s>'))
    for (const t of leaked) expect(t, t).toMatch(/<\/s>(\[INST\] [^[]+ \[\/INST\])?$/)
    expect(leaked.some((t) => INVENTED_INSTRUCTIONS.some((i) => t.includes(i.split('{')[0]!)))).toBe(true)
    expect(turns.join('\n')).not.toMatch(/fictional|disclaimer|I can't help|as an AI/i)
    // Its repetition: in a whole game a seat now and then opens on the first sentence of its previous message.
    const echoes = SEEDS.flatMap((seed) => playSession({ model: R, seed })).reduce((count, said, i, all) => {
      const before = all.slice(0, i).filter((s) => s.agent === said.agent && !isCall(s.text)).at(-1)
      const first = before?.text.split(/(?<=[.!?])\s+/)[0]
      return count + (first && first.split(' ').length >= 5 && said.text.startsWith(`${first} `) ? 1 : 0)
    }, 0)
    expect(echoes).toBeGreaterThan(2)
  })
})
