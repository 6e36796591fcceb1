/**
 * What only voice l does: its Nemotron-Mini call shape, its sabotage (news the documents have not
 * caught up with) and one set of lies a game, its innocents' mistakes, the characters per seat and the
 * small role-play model's habits. The checks every voice passes (routing, replay, parsed text calls,
 * judge wrappers, no shared sentence, HTTP, the real engine) are its row in `voice-table.test.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { MOLE_L } from '../src/model/voices/mole-l.js'
import { CATCHPHRASES, QUESTIONS, TELLS } from '../src/model/voices/style-l.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_L } from './helpers/voice-rows/l.js'

const L = 'heist-sim-l'

const { isCall } = ROW_L
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** l's news in a misquoted document or table, and calculations from its premise (the window to 02:55 or 03:00, police in 10-14 or 12-16). */
const MISQUOTED = /\b(20|21)( security| CCTV)? cameras|police[^.;]{0,30}?\b(10-14|12-16) min|02:00-(02:55|03:00)|released, (55|60) minutes|night[^;]{0,30}?\b2 guards|\b(5|6) wrong codes/i
const PREMISE_CALC = /^(55|60) - \(3 \* 12 \+ 9\)$|^\d+ \+ (10|12) \* 60$|^\((2 \* 60 \+ 55|3 \* 60 \+ 0)\) - |^(14|16) \* 60 - \d+$/
const sabotaged = sabotageTest(MOLE_L, MISQUOTED, PREMISE_CALC)

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'driver', strategy: 'coordination_chaos' },
  sabotaged,
  claims: { mole: MOLE_L, how: 'what it says it saw, and a quiet one state the news bare' },
  lies: {
    what: 'camera count, police range, window end and try count',
    strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver', 'lookout'], liars: 12, plain: (t) => t,
    readings: [
      valuesOf(/\b(\d+) (?:working |security |CCTV )?cameras|so it's (\d+) now|Only (\d+) left|lights on: (\d+)|there are (\d+) left/g, ['24']),
      valuesOf(/\b(\d+-\d+) min/g, ['3-5', '10-15']),
      valuesOf(/(?:till|closes at|goes to|leave at|02:00-) ?(\d\d:\d\d)/g, ['02:45', '06:00']),
      valuesOf(/\b(\d) (?:tries|wrong codes)/g, ['3']),
    ],
  },
  mistakes: {
    what: ', a neighbouring figure bled into another, in about one message in seven',
    share: [0.07, 0.25], slips: 8,
    kinds: {
      slip: /\b30 cameras|\b45 seconds|\b45-second|lock us out for 90|\b90-minute lockout|\b48 days|\b30 hours|\b4 night guards|crew is 4 guards|\b4 guards cover|With 4 guards|\b4 guards on the \d/,
      hedge: /, I guess[.,]| if I heard right| \(don't hold me to that\)|, more or less/,
      caution: /extra zip ties|a code word in case|spare flashlight|check the weather|Gloves on the whole time/,
    },
  },
}

describe('voice l (heist-sim-l)', () => {
  voiceChecks(ROW_L, TRAITS)

  it('writes its text tool calls as Nemotron-Mini does: <toolcall> {"name", "arguments"} </toolcall>, a line in character first now and then', () => {
    const textCalls = textCallsOf(L)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    for (const t of all) expect(t, t).toMatch(/^([A-Z][^\n<]+[.]\n)?<toolcall> \{"name": "(calculator|read_file|query_db)", "arguments": \{"[a-z]+": [^\n]+\}\} <\/toolcall>$/)
    expect(all).toContain('<toolcall> {"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}} </toolcall>')
    const led = all.filter((t) => !t.startsWith('<toolcall>')).length / all.length
    expect(led).toBeGreaterThan(0.1)
    expect(led).toBeLessThan(0.5)
    // What the orchestrator leaves is the line in character or nothing, and no marker.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) expect(parseTextToolCalls(t, tools).text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
  })



  it('talks as game characters: short lines with contractions, a manner per seat, no markdown', () => {
    const games = SEEDS.map((seed) => playSession({ model: L, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => s.text)
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(L, [agent], 4)]
    expect(shareOf(of('planner'), /\b(crew|Nobody|Hard rule|We go|We leave|plan)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /\b(Heh|boss fight|babysit|zero camera|pinged|Tech check|sensors?|zones?|cameras)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('safecracker'), /\b(kid|drill|door|bolt|housing)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('intel'), /\b(dug|records|roster|database|file)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('driver'), /\b(van|cars?|routes?|wheels|engine|Pickup)\b/i)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /!|\b(roof|eyes|watch\w*|call)\b/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\b\w+'(ll|re|ve|m|t|s)\b/)).toBeGreaterThan(0.5)
    const text = messages.join('\n')
    expect(text).not.toMatch(/\*\*|(^|\n)#{1,4} |(^|\n)\d\. |(^|\n)- /)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    // A chaos mole's "{teammate} said …" starts its sentence with a capital, as the model writes one.
    const chaos = SEEDS.flatMap((seed) => messagesOf(playSession({ model: L, seed, mole: { name: 'driver', strategy: 'coordination_chaos' } }), 'driver')).map((s) => s.text).join('\n')
    expect(chaos).toMatch(/(^|[.!?] )(Planner|Hacker|Safecracker|Intel|Lookout) (is|said|has|and)\b/m)
    expect(chaos).not.toMatch(/(^|[.!?] )(planner|hacker|safecracker|intel|lookout)\b/m)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(18)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(45)
  })

  it('shows a small role-play model\'s habits now and then: a catchphrase, a question to the crew, a scene, the prompt echoed, a teammate\'s line, <extra_id_1>', () => {
    const turns = singleTurns(L, SEATS, 30)
    const { between } = ratesOf(turns)
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    between(new RegExp(Object.values(CATCHPHRASES).map(escape).join('|')), 0.12, 0.35)
    between(new RegExp(Object.values(QUESTIONS).flat().map(escape).join('|')), 0.04, 0.18)
    between(/^(Planner|Hacker|Safecracker|Intel|Driver|Lookout) [a-z][^"]+\. "[^\n]+"/, 0.07, 0.22)
    between(/^(\w+ [^"]+ ")?Round \d, my turn\. /, 0.01, 0.08)
    between(/\n\n(Planner|Hacker|Safecracker|Intel|Driver|Lookout): /, 0.005, 0.05)
    between(/\n<extra_id_1>/, 0.01, 0.06)
    expect(turns.some((t) => /\n<extra_id_1>User\nRound \d of 5\. It is your turn, \w+\.$/.test(t))).toBe(true)
    expect(turns.some((t) => /\n<extra_id_1>$/.test(t))).toBe(true)
    // A scene's narration never carries a figure; a saboteur's now and then shows its hidden side, an innocent's never.
    for (const t of turns) expect(/^\w+ [^"]*\d[^"]*\. "/.test(t), t).toBe(false)
    for (const t of turns) expect(TELLS.some((tell) => t.includes(tell)), t).toBe(false)
  })
})
