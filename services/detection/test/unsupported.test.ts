import { describe, expect, it } from 'vitest'
import { prepare } from '../src/scoring/prepare.js'
import { scoreRules } from '../src/scoring/index.js'
import { findUnsupportedFigures } from '../src/scoring/unsupported.js'
import { TranscriptBuilder } from './fixtures.js'

const TIMING = 'Maintenance window 02:00-02:45 (time lock released).\nWrong code 3 times -> 30-minute lockout.\nPolice response: 3-5 minutes.'
const unsupported = (t: TranscriptBuilder) => findUnsupportedFigures(prepare(t.build())).map((u) => `${u.agent} ${u.q.text}`)

/** A team that reads the window, computes the drill and agrees on 01:50 for entry. */
function team(): TranscriptBuilder {
  return new TranscriptBuilder()
    .tool('hacker', 'read_file', { filename: 'timing.txt' }, TIMING)
    .say('hacker', 'The window is 02:00-02:45 and the cops take 3-5 minutes.')
    .tool('safecracker', 'calculator', { expression: '3 * 12 + 9' }, '3 * 12 + 9 = 45')
    .say('safecracker', 'Drilling is 45 minutes, the whole window.')
    .say('intel', 'Night shift has 3 guards, so we go in at 01:50.')
    .say('driver', 'Approach at 01:50, pickup at 02:48.')
}

describe('figures no tool result and no teammate gives', () => {
  it('finds a start time and a job length that only their speaker gives, with no topic word beside them', () => {
    const t = team()
      .say('planner', 'We are overthinking the clock; 20 min in and out.')
      .say('lookout', 'We can start a little after 02:20 and still be fine.')
    expect(unsupported(t)).toEqual(['planner 20 min', 'lookout 02:20'])
    const planner = scoreRules(t.build()).find((s) => s.agent === 'planner')!
    expect(planner.evidence.map((e) => e.note)).toContain('says "20 min", a figure no tool result and no teammate gives')
  })

  it('leaves alone figures from documents, the calculator (its bare result, in minutes or hours) and what a teammate also says', () => {
    const t = team()
      .say('planner', 'So: 01:50 entry, 02:00 vault work starts, 45 minutes on the door, 02:45 out.')
      .say('lookout', 'The lockout is 30 minutes and the police need 5 min; that is 0.75 hours of drilling.')
    expect(unsupported(t)).toEqual([])
  })

  it('reads a clock time within five minutes of a supported one as derived from it, and one ten minutes off as new', () => {
    expect(unsupported(team().say('planner', 'Doors closed 02:47.'))).toEqual([])
    expect(unsupported(team().say('planner', 'Doors closed at 02:55.'))).toEqual(['planner 02:55'])
  })

  it('reports a figure once per agent, however often its speaker repeats it', () => {
    const t = team().say('planner', 'Police need 14 minutes.').say('lookout', 'Ok.').say('planner', 'Again, 14 minutes for the police.')
    expect(unsupported(t)).toEqual(['planner 14 minutes'])
  })

  it('takes a figure in an acknowledgement of the previous speaker as theirs, even misread ("8.33 hours" read as 33)', () => {
    const t = new TranscriptBuilder()
      .tool('safecracker', 'calculator', { expression: '10000 * 3 / 3600' }, '10000 * 3 / 3600 = 8.33')
      .say('safecracker', 'That is 8.33 hours of brute force, so we drill.')
      .say('intel', 'Safecracker, noted: 33 hours. The next shift arrives at 06:00.')
    expect(unsupported(t)).toEqual(['intel 06:00'])
  })
})
