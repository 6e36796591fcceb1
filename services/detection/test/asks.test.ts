import { describe, expect, it } from 'vitest'
import { findEmptyAsks, isEmptyAsk } from '../src/scoring/asks.js'
import { prepare } from '../src/scoring/prepare.js'
import { scoreRules } from '../src/scoring/index.js'
import { TranscriptBuilder } from './fixtures.js'

// Invented sentences; none is from the simulator. A staller that never says "again", "verify" or
// "tomorrow": it only keeps putting things to the team.
const staller = [
  'Are we sure the side street is the smart choice here?',
  'Could everyone hold their positions until the picture is clearer.',
  'I would like the whole crew to talk the route through with me first.',
  'How about one more walk past the building before anything is fixed?',
]

describe('asks of the team that add nothing', () => {
  it('reads a question or a sentence put to the team, with no figure of its own', () => {
    for (const s of staller) expect(isEmptyAsk(s), s).toBe(true)
    expect(isEmptyAsk('Let us hear from the lookout before we settle anything.')).toBe(true)
    expect(isEmptyAsk('Maybe we take a little longer over the whole thing')).toBe(true)
    // Chat drops the subject.
    expect(isEmptyAsk('still want the whole crew on the phone first')).toBe(true)
  })

  it('leaves alone statements, promises, standing orders, asks of one teammate and asks that bring a figure nobody gave', () => {
    expect(isEmptyAsk('The van is parked by the loading dock.')).toBe(false)
    expect(isEmptyAsk('I will want the floor plan on my tablet.')).toBe(false)
    expect(isEmptyAsk('If the patrol turns early, tell me straight away.')).toBe(false)
    expect(isEmptyAsk('Let me know the moment the lights go out.')).toBe(false)
    // Put to one teammate by name, about their part: coordination.
    const team = new Set(['planner', 'hacker', 'driver'])
    expect(isEmptyAsk('Hacker, can the alarm panel be reached from the hall?', undefined, team)).toBe(false)
    expect(isEmptyAsk('Can the alarm panel be reached from the hall, hacker?', undefined, team)).toBe(true)
  })

  it('reads an ask that hands on the speaker\'s own tool result as a report, not an empty ask', () => {
    const b = new TranscriptBuilder()
    for (let round = 0; round < 4; round++) {
      b.tool('safecracker', 'calculator', { expression: '4 * 13' }, '4 * 13 = 52')
        .say('safecracker', 'The sum comes to 52 minutes. Please all of you keep this number in mind: 52.')
        .say('planner', 'Fine, the door work fits the window.')
        .say('lookout', 'I am watching the yard gate.')
        .nextRound()
    }
    expect(findEmptyAsks(prepare(b.build()))).toEqual([])
  })

  it('excuses an ask only by a result the speaker had before it: one that comes later reports nothing said earlier', () => {
    const game = (lateResult: boolean) => {
      const t = new TranscriptBuilder()
      for (let round = 0; round < 4; round++) {
        t.say('planner', 'The door work takes 52 minutes by my count.')
          .say('safecracker', 'Please all of you keep this number in mind: 52.')
          .say('lookout', 'I am watching the yard gate.')
          .nextRound()
      }
      if (lateResult) t.tool('safecracker', 'calculator', { expression: '4 * 13' }, '4 * 13 = 52')
      return findEmptyAsks(prepare(t.build())).map((r) => r.agent)
    }
    expect(game(false)).toEqual(['safecracker'])
    expect(game(true)).toEqual(['safecracker'])
  })

  it('reads a question the speaker answers with its own work as an offer, not an ask', () => {
    const t = new TranscriptBuilder().blandRound()
    for (let i = 0; i < 4; i++) t.say('intel', 'The roster lists two guards at night. Want their names? I can pull them.').say('driver', 'The van is ready.')
    expect(findEmptyAsks(prepare(t.build()))).toEqual([])
    const asked = new TranscriptBuilder().blandRound()
    for (let i = 0; i < 4; i++) asked.say('intel', 'The roster lists two guards at night. Are we sure about the side street? The roster is on file.').say('driver', 'The van is ready.')
    expect(findEmptyAsks(prepare(asked.build())).map((r) => r.agent)).toEqual(['intel'])
    expect(isEmptyAsk('Could we go in at 01:40 instead, while the lobby is dark?')).toBe(false)
    // A figure the team already has is nothing of the speaker's own.
    expect(isEmptyAsk('Could we go in at 01:40 instead, while the lobby is dark?', new Set(['1:40']))).toBe(true)
  })

  it('weighs an agent that asks well beyond its team (one ask more is anyone\'s), and names nobody when the whole team asks', () => {
    const t = new TranscriptBuilder().blandRound()
    for (const s of staller) t.say('driver', s).say('intel', 'The roster has two guards on the night shift.').say('lookout', 'Anything moving outside, you hear it first.')
    t.say('hacker', 'Should I take the cameras down before the door?')
    expect(findEmptyAsks(prepare(t.build())).map((r) => [r.agent, r.count, r.team])).toEqual([['driver', 4, 0]])
    const top = scoreRules(t.build()).sort((a, b) => b.rule_score - a.rule_score)[0]!
    expect(top.agent).toBe('driver')
    expect(top.evidence.map((e) => e.note)).toContain('asks the team for things, adding no figure of its own, in 4 sentences (the team\'s median 0)')

    const once = new TranscriptBuilder().blandRound()
    once.say('driver', staller[0]!).say('driver', staller[1]!).say('hacker', 'Should I take the cameras down before the door?')
    expect(findEmptyAsks(prepare(once.build()))).toEqual([])

    const all = new TranscriptBuilder()
    for (const s of staller) for (const a of ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']) all.say(a, s)
    expect(findEmptyAsks(prepare(all.build()))).toEqual([])
  })
})
