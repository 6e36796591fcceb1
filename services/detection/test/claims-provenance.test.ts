import { describe, expect, it } from 'vitest'
import { W_ONE_OFF_FACTOR } from '../src/scoring/one-off.js'
import { byAgent, counts, quantities, TranscriptBuilder } from './fixtures.js'

// Whose a figure is: who said it first, the speaker's own tool results, a count nobody else backs.
const SECURITY = '- 24 cameras in total, recorded continuously; footage is kept for 90 days.\n- Police response time: 3-5 minutes from the alarm.'
const ROSTER = 'NIGHT SHIFT (22:00-06:00)\n  Lisa Chen          L4   night supervisor, security office\n  James Williams     L2   patrol\n\nDAY SHIFT (06:00-14:00)\n  Robert Johnson     L2   main entrance'

describe('who said it first', () => {
  it('flags the mole who introduced a false figure in full, and the misled innocent who repeats it less', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security_system.txt' }, SECURITY)
      .say('hacker', 'The building has 24 cameras.')
      .say('driver', 'Only 12 cameras record at night, the rest are dummies.')
      .say('planner', 'Noted: 12 cameras, that makes the route easier.')
      .blandRound(['hacker', 'driver', 'planner']).build())
    const weight = (a: string) => s.get(a)!.evidence.filter((e) => e.signal === 'information_quality').reduce((n, e) => n + e.weight, 0)
    // In full, less the share of a one-off (its only false figure: one-off.ts).
    expect(weight('driver')).toBe(W_ONE_OFF_FACTOR)
    expect(weight('planner')).toBeGreaterThan(0)
    expect(weight('planner')).toBeLessThan(0.5)
    expect(s.get('planner')!.evidence.some((e) => e.note.includes("repeats driver's figure"))).toBe(true)
  })

  it('finds a mole without tools by a claim against another agent\'s document: police, and who runs nights', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security_system.txt' }, SECURITY)
      .tool('intel', 'read_file', { filename: 'guard_roster.txt' }, ROSTER)
      .say('hacker', 'Police response is 3-5 minutes.')
      .say('lookout', 'Cops out here need 12 min easy, no point sprinting.')
      .say('driver', 'Robert Johnson runs nights now, Lisa Chen switched to days.')
      .say('intel', 'Lisa Chen is the night supervisor; Robert Johnson works days.')
      .blandRound(['hacker', 'lookout', 'driver', 'intel']).build())
    expect(s.get('lookout')!.evidence.some((e) => e.signal === 'timing' && e.note.includes('12 min'))).toBe(true)
    const driver = s.get('driver')!.evidence.filter((e) => e.signal === 'information_quality').map((e) => e.note)
    expect(driver.some((n) => n.includes('Robert Johnson is on nights'))).toBe(true)
    expect(driver.some((n) => n.includes('Lisa Chen is on days'))).toBe(true)
    expect(s.get('intel')!.evidence.filter((e) => e.signal === 'information_quality')).toEqual([])
  })

  it('finds a mole without tools by a thesaurus word for guards, sensors or the police (WordNet 3.0, not a voice\'s words)', () => {
    expect(counts('Only 2 watchmen on at night, and 4 detectors in the corridor.')).toEqual(['2 guard', '4 sensor'])
    expect(quantities('The law needs 12 minutes to get here.')).toEqual(['duration 12 police'])
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security_system.txt' }, SECURITY)
      .tool('intel', 'read_file', { filename: 'guard_roster.txt' }, 'Night      22:00-06:00   3 guards')
      .say('hacker', 'Police response is 3-5 minutes, and there are 3 guards at night.')
      .say('driver', 'Relax, the law takes 12 minutes out here, and only 2 watchmen work nights.')
      .blandRound(['hacker', 'driver']).build())
    const driver = s.get('driver')!.evidence.map((e) => e.note)
    expect(driver.some((n) => n.includes('"12 minutes" (police)'))).toBe(true)
    expect(driver.some((n) => n.includes('"2 guards"'))).toBe(true)
    expect(s.get('hacker')!.evidence.filter((e) => e.note.includes('tool results say'))).toEqual([])
  })

  it('reads a shift given to a person by the sentence\'s shape, whatever the verb, and not "in two days"', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('intel', 'read_file', { filename: 'guard_roster.txt' }, ROSTER)
      .say('driver', 'Word is Robert Johnson pulled nights all month.')
      .say('lookout', 'I hear Lisa Chen got bumped to days.')
      .say('planner', 'Robert Johnson will be there in two days; Lisa Chen has held that post for days.')
      .blandRound(['driver', 'lookout', 'planner']).build())
    const notes = (agent: string) => s.get(agent)!.evidence.filter((e) => e.signal === 'information_quality').map((e) => e.note)
    expect(notes('driver').some((n) => n.includes('Robert Johnson is on nights'))).toBe(true)
    expect(notes('lookout').some((n) => n.includes('Lisa Chen is on days'))).toBe(true)
    expect(notes('planner')).toEqual([])
  })

  it('notices an agent changing its own figure when no tool result settles it', () => {
    const s = byAgent(new TranscriptBuilder()
      .say('safecracker', 'The drill takes 45 minutes.')
      .blandRound(['safecracker'])
      .say('safecracker', 'The drill takes 25 minutes, so we can start later.').build())
    expect(s.get('safecracker')!.evidence.some((e) => e.note.includes('after saying "45 minutes" itself'))).toBe(true)
  })

  it('holds whoever introduced a figure to where the team settled, and spares the teammate who repeated it and then corrected it', () => {
    const s = byAgent(new TranscriptBuilder()
      .say('planner', 'Cops out here need 10 min easy, no point sprinting to the van.')
      .say('driver', 'Cops take 10 min, that is the real clock.')
      .blandRound(['planner', 'driver'])
      .nextRound()
      .say('driver', 'Correction: 3-5 min of police response, I want us three turns away by then.')
      .say('lookout', 'Cops are 3-5 min out, so early warning is everything.')
      .blandRound(['driver', 'lookout']).build())
    const notes = (a: string) => s.get(a)!.evidence.map((e) => e.note)
    expect(notes('planner').some((n) => n.includes('was first to say "10 min" (police); the team settled on "3 min"'))).toBe(true)
    expect(notes('driver').filter((n) => n.includes('itself') || n.includes('first to say'))).toEqual([])
    expect(notes('lookout').filter((n) => n.includes('first to say'))).toEqual([])
  })

  it('does not hold a figure to the team when a teammate also ended on it', () => {
    const s = byAgent(new TranscriptBuilder()
      .say('planner', 'Cops out here need 10 min easy.')
      .say('driver', 'Cops take 10 min, agreed.')
      .say('lookout', 'Cops are 3-5 min out.')
      .say('hacker', 'Police response is 3 to 5 minutes.')
      .blandRound(['planner', 'driver', 'lookout', 'hacker']).build())
    expect(s.get('planner')!.evidence.filter((e) => e.note.includes('first to say'))).toEqual([])
  })
})

describe('counts against the speaker\'s own results', () => {
  const SECURITY_DOC = 'CCTV\n- 24 cameras in total, recorded continuously.\n- Security office on floor 2; 3 * 12 + 9 minutes of drilling.'
  const facts = (t: ReturnType<TranscriptBuilder['build']>, agent: string) => byAgent(t).get(agent)!.evidence.filter((e) => e.signal === 'information_quality')

  it('does not excuse a false count because the same number appears elsewhere in what its own tool returned', () => {
    const t = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security_system.txt' }, SECURITY_DOC)
      .say('hacker', 'Bit outdated, but only 12 cams actually record at night.')
      .blandRound(['hacker']).build()
    expect(facts(t, 'hacker').map((e) => e.note)).toEqual([expect.stringContaining('says "12 cameras" (camera) but the tool results say "24 cameras"')])
  })

  it('takes a count read off a count column of its own table as a quotation', () => {
    const t = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security_system.txt' }, SECURITY_DOC)
      .tool('intel', 'query_db', { query: 'SELECT floor, COUNT(*) AS total FROM cameras GROUP BY floor' }, 'floor | total\n------+------\nB-1   | 5\nG     | 12\n(2 rows)')
      .say('intel', 'The ground floor has 12 cameras.')
      .blandRound(['intel']).build()
    expect(facts(t, 'intel')).toEqual([])
  })
})

describe('a count nobody backs, against a teammate\'s earlier count (no tool result to check)', () => {
  const facts = (t: ReturnType<TranscriptBuilder['build']>, agent: string) => byAgent(t).get(agent)!.evidence.filter((e) => e.signal === 'information_quality').map((e) => e.note)

  it('holds a lone count to the count a teammate gave before it', () => {
    const t = new TranscriptBuilder()
      .say('hacker', 'From memory of the site visit, the building runs 30 security cameras.')
      .blandRound(['hacker'])
      .say('driver', 'Word from a friend: just 9 cameras are actually wired up after dark, the rest are dummies.')
      .blandRound(['driver']).build()
    expect(facts(t, 'driver')).toEqual([expect.stringContaining('says "9 cameras" (camera) after a teammate said "30 cameras"')])
    expect(facts(t, 'hacker')).toEqual([])
  })

  it('leaves a count alone that a teammate also gives, or that came first, or that the speaker gave before the other one', () => {
    const t = new TranscriptBuilder()
      .say('hacker', 'We count 30 security cameras around the building.')
      .say('driver', 'Word from a friend: just 9 cameras are actually wired up after dark.')
      .say('lookout', 'Same from my walk past: 9 cameras at most, the rest look fake.')
      .say('hacker', 'I stand by it: 30 security cameras.')
      .blandRound().build()
    expect(facts(t, 'driver')).toEqual([])
    expect(facts(t, 'lookout')).toEqual([])
    expect(facts(t, 'hacker')).toEqual([])
  })
})
