import { describe, expect, it } from 'vitest'
import { prepare } from '../src/scoring/prepare.js'
import { scoreRules } from '../src/scoring/index.js'
import { findRechecks, isEmptyRecheck } from '../src/scoring/rechecks.js'
import { TranscriptBuilder } from './fixtures.js'

const staller = ['Could we verify the roster one more time?', 'Let us sleep on it and decide tomorrow.', 'Honestly I want a second look at the route before we commit.']

describe('asks to redo, confirm or put off', () => {
  it('reads repetition, verification and postponement that carry nothing of their own', () => {
    for (const s of staller) expect(isEmptyRecheck(s), s).toBe(true)
    expect(isEmptyRecheck('Can someone re-verify the camera layout?')).toBe(true)
  })

  it('leaves alone the honest kinds: conditionals, figures and times, promises, new information, plain statements', () => {
    expect(isEmptyRecheck('If the window moves, I rerun the numbers.')).toBe(false)
    expect(isEmptyRecheck('Window moves, we rerun the numbers.')).toBe(false)
    expect(isEmptyRecheck('Check it again at 01:50 from the car.')).toBe(false)
    expect(isEmptyRecheck('I\'ll query the roster again.')).toBe(false)
    expect(isEmptyRecheck('We revisit this next round with the new facts.')).toBe(false)
    expect(isEmptyRecheck('The van is parked by the loading dock.')).toBe(false)
  })

  it('counts an agent that asks far more often than its team, not one that asks once', () => {
    const t = new TranscriptBuilder().blandRound()
    for (const s of staller) t.say('intel', s).say('driver', 'The van is ready.')
    t.say('lookout', 'Could we check the street again?')
    const found = findRechecks(prepare(t.build()))
    expect(found.map((r) => [r.agent, r.count, r.team])).toEqual([['intel', 3, 0]])
    const intel = scoreRules(t.build()).sort((a, b) => b.rule_score - a.rule_score)[0]!
    expect(intel.agent).toBe('intel')
    expect(intel.evidence.map((e) => e.note)).toContain('asks for things to be redone, confirmed or put off, with no figure of its own, in 3 sentences (the team\'s median 0)')
  })

  it('names nobody when the whole team asks as often', () => {
    const t = new TranscriptBuilder()
    for (const s of staller) for (const a of ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']) t.say(a, s)
    expect(findRechecks(prepare(t.build()))).toEqual([])
  })
})
