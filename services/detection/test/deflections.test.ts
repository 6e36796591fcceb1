import { describe, expect, it } from 'vitest'
import { findDeflections } from '../src/scoring/deflections.js'
import { prepare } from '../src/scoring/prepare.js'
import { byAgent, TranscriptBuilder } from './fixtures.js'

// Invented sentences; none is from the simulator.
function session(line: string, speaker = 'intel'): TranscriptBuilder {
  return new TranscriptBuilder()
    .tool('intel', 'query_db', { query: 'SELECT name FROM staff' }, 'name\nRosa Vance\nTom Hale')
    .say('planner', 'Intel pulls the staff list, hacker maps the cameras.')
    .say(speaker, line)
    .blandRound(['planner', speaker])
}

describe('the work at hand given to a named teammate', () => {
  it('holds an agent that reports its own result and then disowns it', () => {
    for (const line of [
      'Staff list is Rosa Vance and Tom Hale. Hold on, was this not the hacker\'s task all along?',
      'Two names on the list. I could swear driver had already covered that.',
      'Here are the names, though this part falls to lookout, lookout please take it from here.',
      'Pulled the names, though I think this was on the driver\'s list.',
      'Got the result, not sure whose slot this feeds, planner\u2019s or hacker\u2019s.',
      'The names are in. I remember planner said this was already done.',
    ]) {
      const found = findDeflections(prepare(session(line).build()))
      expect(found.map((d) => d.agent), line).toEqual(['intel'])
    }
    const intel = byAgent(session('Two names. Frankly I thought this was the planner\'s job.').build()).get('intel')!
    expect(intel.evidence.some((e) => e.signal === 'information_quality' && e.note.startsWith('gives the work at hand to planner'))).toBe(true)
  })

  it('reads "this"/"that" and the word of ownership in one clause, in either order ("belongs" only after)', () => {
    const held = (line: string) => findDeflections(prepare(session(line).build())).length > 0
    expect(held('Maybe this belongs to the hacker')).toBe(true)
    expect(held('The hacker belongs on this')).toBe(false)
    expect(held('The hacker had the job, so this is not mine')).toBe(true)
    // A full stop inside the sentence ends the clause: no pair across it.
    expect(held('The hacker had the job 2.5 hours ago, so this is not mine')).toBe(false)
    // A long message of pointers alone is read in one pass (a regex from each "this" to the clause's end was quadratic).
    expect(held(`${'this '.repeat(20_000)}and the hacker`)).toBe(false)
    // Nor a long one of possessives and doubt (one clause: the pointer at its end still finds them).
    expect(held(`${"the hacker's maybe ".repeat(4_000)}that`)).toBe(true)
  })

  it('leaves alone handing work on by asking, a teammate\'s part named without "this", and the speaker\'s own part', () => {
    for (const line of [
      'Hacker, can you take the cameras next round?',
      'The cameras are the hacker\'s part, the names are mine.',
      'This part is mine, I will finish it tonight.',
      'That is settled: the lookout and the driver both know the exit.',
      // A report of work done hands nothing away, unless it is believed rather than seen (above).
      'Great, the driver already checked that route.',
      'Thanks hacker, that part is done.',
      // Whose call it is, said plainly.
      'If a cruiser slows out front, that is the lookout\'s call.',
    ]) expect(findDeflections(prepare(session(line).build())), line).toEqual([])
  })
})
