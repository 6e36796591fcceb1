import { describe, expect, it } from 'vitest'
import { QUIET_LINES, SABOTAGE_LINES, simulateCompletion, STRATEGIES, tokenCount, type ChatCompletionRequest, type Strategy } from '../src/model/index.js'
import { summaryRequest } from '@heist/memory/summariser'
import { detectionRequest, playSession, playTurn, TEAM, TOOLS, type Said } from './helpers/scenario.js'

function textOf(request: ChatCompletionRequest): string {
  return simulateCompletion(request).choices[0].message.content ?? ''
}

/** The fixed opening words of every sabotage line, before its first slot. */
const SABOTAGE_OPENINGS = [...Object.values(SABOTAGE_LINES), ...Object.values(QUIET_LINES)].flat().map((line) => line.split('{')[0]!.trim()).filter((opening) => opening.length >= 15)

/** A template as a pattern: its fixed text, any slot value. */
function templatePattern(template: string): RegExp {
  return new RegExp(template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'))
}

/** The tell-tale words of each strategy's loud lines; quiet lines are matched by their template. */
const BEHAVIOUR: Record<Strategy, RegExp> = {
  timing_errors: /\b(push|faster|padded|earlier than|shift change is at|ten is plenty|no need to rush|hurry|more room|start later|closer to)\b/i,
  false_info: /\b(only \d+ of the cameras|down to \d+ guards|cameras are off|after \d+ wrong codes|moved to days|opening date|only kept \d+ hours|\d+-second delay|more like \d+ minutes|stale)\b/i,
  coordination_chaos: /\b(I thought|I assumed|confused|front lobby|split up|or right after|myself then|did the plan change|not sure whose|or was it)\b/i,
  subtle_delays: /\b(one more time|wait a day|double-check|dry run|re-confirm|another round|second recon|hold off|run it again|second source)\b/i,
  wrong_tools: /\b(flaky|unreliable|unavailable|thermal lance|loop the camera|cut through|go by feel|out of date|throwing errors|instead of the file reader)\b/i,
}

describe('simulateCompletion', () => {
  it('answers the same request identically, and a different seed differently', () => {
    const history = playSession({ rounds: 1 }).slice(0, 3)
    const again = playSession({ rounds: 1 }, { fresh: true }).slice(0, 3)
    expect(again).toEqual(history)
    const request: ChatCompletionRequest = { model: 'x', messages: [{ role: 'system', content: "You are driver, the team's Getaway Driver." }, { role: 'user', content: 'Round 3 of 5. It is your turn, driver.' }] }
    expect(simulateCompletion(request)).toEqual(simulateCompletion(structuredClone(request)))
    const seeds = new Set([1, 2, 3, 4, 5, 6].map((seed) => textOf({ ...request, seed })))
    expect(seeds.size).toBeGreaterThan(1)
  })

  it('calls a tool whose arguments match the schema when an agent with tools needs facts', () => {
    const turn = playTurn(TEAM[2]!, [], 1, {})
    expect(turn.calls).toHaveLength(1)
    expect(turn.calls[0]!.name).toBe('calculator')
    expect(Object.keys(turn.calls[0]!.args)).toEqual(['expression'])
    const hacker = playTurn(TEAM[1]!, [], 1, {})
    expect(hacker.calls[0]!.args.filename).toMatch(/^(vault_specs|security_system|bank_layout|guard_roster|timing_specs)\.txt$/)
    const intel = playTurn(TEAM[3]!, [], 1, {})
    expect(intel.calls[0]!.args.query).toMatch(/^SELECT .+ FROM \w+/)
  })

  it('uses tool results in the follow-up: the calculator number, the file and database facts', () => {
    const session = playSession({ rounds: 2 })
    for (const said of session.filter((s) => s.calls.length > 0)) {
      const result = said.calls.at(-1)!.result
      if (said.agent === 'safecracker') expect(said.text).toContain(result.split('=').at(-1)!.trim().replace(/(\.\d\d)\d+$/, '$1'))
      if (said.agent === 'intel') expect(said.text).toMatch(/22:00-06:00 with 3 guards/)
      if (said.agent === 'hacker') expect(said.text).toContain(said.calls[0]!.args.filename as string)
    }
    expect(session.filter((s) => s.agent === 'safecracker' && s.text.includes('= 45'))).toHaveLength(1)
  })

  it('says so plausibly when a tool call failed', () => {
    const messages: ChatCompletionRequest['messages'] = [
      { role: 'system', content: "You are hacker, the team's Technical Security Expert." },
      { role: 'user', content: 'Round 1 of 5. It is your turn, hacker.' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'read_file', arguments: '{"filename":"vault_specs.txt"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'ERROR FILE_NOT_FOUND: no document named vault_specs.txt' },
    ]
    const text = textOf({ model: 'm', messages, tools: [TOOLS.read_file!] })
    expect(text).toMatch(/error|failed/i)
    expect(text).toContain('FILE_NOT_FOUND')
  })

  it('plays five rounds without an agent repeating itself', () => {
    const session = playSession({ seed: 7 })
    expect(session).toHaveLength(30)
    for (const member of TEAM) {
      const own = session.filter((s) => s.agent === member.name).map((s) => s.text)
      expect(new Set(own).size).toBe(5)
      for (const text of own) {
        const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/).length
        expect(sentences).toBeGreaterThanOrEqual(1)
        expect(sentences).toBeLessThanOrEqual(4)
      }
    }
  })

  it('keeps a ten-round session free of repeated messages', () => {
    const session = playSession({ rounds: 10, seed: 11 })
    for (const member of TEAM) {
      const own = session.filter((s) => s.agent === member.name).map((s) => s.text)
      expect(new Set(own).size, own.join('\n')).toBe(10)
    }
  })

  it.each(STRATEGIES)('a %s mole shows that behaviour in some, not all, of its messages', (strategy) => {
    const shown: number[] = []
    for (const member of TEAM) {
      const own = playSession({ mole: { name: member.name, strategy }, seed: 3 }).filter((s) => s.agent === member.name)
      const quiet = QUIET_LINES[strategy].map(templatePattern)
      const hits = own.filter((s) => BEHAVIOUR[strategy].test(s.text) || quiet.some((q) => q.test(s.text))).length
      expect(hits, `${member.name} as ${strategy}: ${own.map((s) => s.text).join(' | ')}`).toBeGreaterThanOrEqual(2)
      shown.push(hits)
      for (const said of own) expect(said.text).not.toMatch(/sabotage|\bmole\b|mission/i)
    }
    expect(shown.some((n) => n < 5)).toBe(true)
  })

  it('never puts sabotage lines in an innocent agent\'s mouth', () => {
    const sessions: Said[] = [1, 2, 3, 4].flatMap((seed) => playSession({ seed }))
    for (const said of sessions) {
      for (const opening of SABOTAGE_OPENINGS) expect(said.text, said.text).not.toContain(opening)
      expect(said.text).not.toMatch(/sabotage|\bmole\b/i)
    }
  })

  it('lets innocent agents make an occasional honest mistake', () => {
    const sessions = [1, 2, 3, 4, 5, 6].flatMap((seed) => playSession({ seed }))
    const hedged = sessions.filter((s) => /, (I think|probably|if I remember right|as far as I know)\.|\b(Maybe|Perhaps|might)\b/.test(s.text))
    expect(hedged.length).toBeGreaterThan(0)
    expect(hedged.length / sessions.length).toBeLessThan(0.25)
  })

  it('writes a summary with the key facts, within the token budget', () => {
    const session = playSession({ rounds: 2 }).map((s) => ({ agent: s.agent, content: s.text }))
    // The memory service's own request builder: a change to its prompt the simulator does not read fails here.
    const summaryOf = (maxTokens: number) => textOf({ model: 'm', messages: summaryRequest('- planner: Entry at 01:50 via the loading dock.', session, maxTokens).messages })
    const summary = summaryOf(120)
    expect(tokenCount(summary)).toBeLessThanOrEqual(120)
    expect(summary).toMatch(/45/)
    expect(summary).toMatch(/02:00-02:45|22:00-06:00/)
    expect(summary).toContain('01:50')
    expect(tokenCount(summaryOf(30))).toBeLessThanOrEqual(30)
  })

  it('returns detection JSON that covers every agent and ranks first a mole whose figures contradict the tools', () => {
    // The judge reads behaviour, not one voice's phrases: a false_info mole is found by its figures.
    const session = playSession({ mole: { name: 'driver', strategy: 'false_info' }, seed: 1 })
    const content = textOf(detectionRequest(session))
    const parsed = JSON.parse(content) as { scores: { agent: string; score: number; reason: string }[] }
    expect(parsed.scores.map((s) => s.agent)).toEqual(TEAM.map((m) => m.name))
    for (const score of parsed.scores) {
      expect(score.score).toBeGreaterThanOrEqual(0)
      expect(score.score).toBeLessThanOrEqual(1)
      expect(score.reason.length).toBeGreaterThan(10)
    }
    expect([...parsed.scores].sort((a, b) => b.score - a.score)[0]!.agent).toBe('driver')
  })

  it('fills any other JSON request from its schema, and json_object with an object', () => {
    const schema = { type: 'object', properties: { verdict: { type: 'string', enum: ['go', 'abort'] }, confidence: { type: 'number', minimum: 0, maximum: 1 }, notes: { type: 'array', items: { type: 'string' } } }, required: ['verdict', 'confidence', 'notes'] }
    const content = textOf({ model: 'm', messages: [{ role: 'user', content: 'Go or abort?' }], response_format: { type: 'json_schema', json_schema: { name: 'v', schema } } })
    const value = JSON.parse(content) as { verdict: string; confidence: number; notes: string[] }
    expect(['go', 'abort']).toContain(value.verdict)
    expect(value.confidence).toBeGreaterThanOrEqual(0)
    expect(Array.isArray(value.notes)).toBe(true)
    expect(JSON.parse(textOf({ model: 'm', messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_object' } }))).toBeTypeOf('object')
  })

  it('acknowledges an operator order and respects tool_choice', () => {
    const order = 'Use the loading dock, not stairwell B'
    const said = playTurn(TEAM[4]!, [], 2, { orders: { driver: order } })
    expect(said.text).toContain(order)
    const base: ChatCompletionRequest = { model: 'm', messages: [{ role: 'system', content: "You are intel, the team's Intelligence Analyst." }, { role: 'user', content: 'Round 5 of 5. It is your turn, intel.' }], tools: [TOOLS.query_db!] }
    expect(simulateCompletion({ ...base, tool_choice: 'none' }).choices[0].message.tool_calls).toBeUndefined()
    const forced = simulateCompletion({ ...base, tool_choice: { type: 'function', function: { name: 'query_db' } } })
    expect(forced.choices[0].finish_reason).toBe('tool_calls')
    expect(forced.choices[0].message.tool_calls![0]!.function.name).toBe('query_db')
  })

  it('speaks as a generic teammate for an unknown persona, and honours max_tokens', () => {
    const request: ChatCompletionRequest = { model: 'm', messages: [{ role: 'system', content: "You are medic, the team's Field Medic." }, { role: 'user', content: 'Round 2 of 5. It is your turn, medic.' }] }
    const completion = simulateCompletion(request)
    expect(completion.choices[0].message.content!.length).toBeGreaterThan(10)
    const short = simulateCompletion({ ...request, max_tokens: 3 })
    expect(short.choices[0].finish_reason).toBe('length')
    expect(short.usage.completion_tokens).toBeLessThanOrEqual(3)
  })
})
