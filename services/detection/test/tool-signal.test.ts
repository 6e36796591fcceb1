import { describe, expect, it } from 'vitest'
import { byAgent, TranscriptBuilder } from './fixtures.js'

const BLUEPRINT = 'BUILDING NOTES\n- Two loading bays on the east side\n- Fire stairs at the north corner, door alarmed'

describe('the tool log read as structure, not habit', () => {
  it('holds nothing against a reader who opens the same document every round and reports from it', () => {
    const b = new TranscriptBuilder()
    for (let round = 0; round < 3; round++) {
      b.tool('hacker', 'read_file', { filename: 'site_notes.txt' }, BLUEPRINT)
        .say('hacker', 'Site notes say two loading bays east, fire stairs north.')
        .say('planner', 'Good, the east bays it is.')
        .say('lookout', 'I will watch the north corner from the car park.')
        .nextRound()
    }
    const s = byAgent(b.build())
    expect(s.get('hacker')!.evidence.filter((e) => e.signal === 'tool_usage')).toEqual([])
    expect(s.get('hacker')!.rule_score).toBe(0)
  })

  it('still holds a failed call against its caller', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'SELECT * FROM lockers' }, { code: 'DB_UNKNOWN_TABLE', message: 'no such table: lockers', status: 400 })
      .say('intel', 'Nothing useful came back from the records.')
      .say('planner', 'Fine, we go with what we have.').build())
    expect(s.get('intel')!.evidence.map((e) => e.note)).toEqual(['query_db call failed (DB_UNKNOWN_TABLE)'])
  })

  it('holds a calculator result against a caller that then speaks of the calculator but not of what it returned', () => {
    const unused = (reply: string) => byAgent(new TranscriptBuilder()
      .tool('safecracker', 'calculator', { expression: '7 * 8' }, '7 * 8 = 56')
      .say('safecracker', reply)
      .say('planner', 'Fine, we go with what we have.').build()).get('safecracker')!.evidence.map((e) => e.note).filter((n) => n.startsWith('spoke of'))
    // Computed, then talked the tool past: no figure of the result in any unit.
    expect(unused('The calculator is giving me nonsense tonight, let us not bother with it.')).toEqual(['spoke of the calculator but not of what it returned ("7 * 8 = 56") in that turn'])
    // The result stated, in minutes or in hours, is a report.
    expect(unused('Ran it through the calculator: 56 minutes for the whole job.')).toEqual([])
    expect(unused('Per the calculator, a bit under an hour: 0.93 hours.')).toEqual([])
    // The calculation restated, operand by operand, is a report whatever words its result is given in.
    const zero = byAgent(new TranscriptBuilder()
      .tool('safecracker', 'calculator', { expression: '40 - 5 * 8' }, '40 - 5 * 8 = 0')
      .say('safecracker', 'Calculator check: 40 - 5 * 8 = zero minutes of slack, so the drill starts on the dot.')
      .say('planner', 'Fine, we go with what we have.').build()).get('safecracker')!.evidence.filter((e) => e.note.startsWith('spoke of'))
    expect(zero).toEqual([])
    // A turn that names no tool says nothing of the plan (a small model refusing to play along).
    expect(unused('Sorry, I would rather not take part in this.')).toEqual([])
  })

  it('holds a document or query result against a caller that then speaks of the tool but states nothing it returned', () => {
    const ROWS = 'locker | opened_by\n-------+----------\nA12    | Petrov\nB07    | Lindqvist\n(2 rows)'
    const talkedPast = (reply: string) => byAgent(new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'SELECT locker, opened_by FROM lockers' }, ROWS)
      .say('intel', reply)
      .say('planner', 'Fine, we go with what we have.').build()).get('intel')!.evidence.map((e) => e.note).filter((n) => n.startsWith('spoke of'))
    expect(talkedPast('That database is a waste of our evening, forget it.')).toHaveLength(1)
    // A row quoted, in any words around it, is a report; a turn that names no tool is not read.
    expect(talkedPast('The database has Lindqvist on the B07 locker.')).toEqual([])
    expect(talkedPast('Not my kind of evening, count me out.')).toEqual([])
    // A turn whose own call of the tool failed first tells what happened to the tool: no result talked past.
    const retried = byAgent(new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'SELECT locker FROM locker' }, { code: 'DB_TIMEOUT', message: 'timeout', status: 504 })
      .tool('intel', 'query_db', { query: 'SELECT locker, opened_by FROM lockers' }, ROWS)
      .say('intel', 'Heads up, the database timed out on my first try; the second query went through.')
      .say('planner', 'Fine, we go with what we have.').build()).get('intel')!.evidence.filter((e) => e.note.startsWith('spoke of'))
    expect(retried).toEqual([])
  })
})
