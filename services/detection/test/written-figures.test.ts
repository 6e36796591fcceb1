import { describe, expect, it } from 'vitest'
import { extractQuantities } from '../src/scoring/facts.js'
import { writtenNumbers } from '../src/scoring/numbers.js'
import { tokenize } from '../src/scoring/index.js'
import { placePhrases } from '../src/scoring/place-phrases.js'
import { byAgent, TranscriptBuilder } from './fixtures.js'

// Invented sentences in the styles real small models write: numbers as words, other clock formats,
// lowercase chat, markdown, run-ons. None is from the simulator.
const read = (text: string) => extractQuantities(tokenize(text)).map((q) => `${q.kind} ${q.value}${q.ambiguous ? '~' : ''}`)
const SECURITY = '- 24 cameras in total.\n- Police response time: 3-5 minutes from the alarm.\n- The gate motor opens in 90 seconds.'

describe('figures however they are written', () => {
  it('reads numbers written as words, whole: "forty-five" is 45, not 5', () => {
    expect(read('the cutting takes forty-five minutes')).toEqual(['duration 45'])
    expect(read('twenty four cams on the plan')).toEqual(['count 24'])
    expect(read('we counted two dozen cameras and a dozen guards')).toEqual(['count 24', 'count 12'])
    expect(read('ninety seconds for the gate')).toEqual(['duration 1.5'])
    // "zero cams there" says a place has none; it is no count of the building's cameras.
    expect(read('zero cams there')).toEqual([])
  })

  it('reads a count given after its noun, as the predicate of its clause', () => {
    expect(read('honestly the guards on nights are just two, and one sleeps')).toEqual(['count 2'])
    expect(read('Word is the total of sensors was 7.')).toEqual(['count 7'])
    // "count" after the noun it counts.
    expect(read('The working camera count is 11 — the others are empty shells.')).toEqual(['count 11'])
    expect(read('the guard count was 5, and nobody checked it')).toEqual(['count 5'])
    expect(read('the body count is 3')).toEqual([])
    // A number that goes on to something else, or a clause the noun is not in, is no count of it.
    expect(read('the guards are 3 minutes away')).toEqual(['duration 3'])
    expect(read('the guards on B-1 are 2 floors down')).toEqual([])
    expect(read('we have cameras, and the plan is 5')).toEqual([])
  })

  it('reads halves, quarters and compound lengths', () => {
    expect(read('half an hour for the response')).toEqual(['duration 30'])
    expect(read('an hour and a half inside, then two and a half hours of driving')).toEqual(['duration 90', 'duration 150'])
    expect(read('a quarter of an hour, or three quarters of an hour, or half a minute')).toEqual(['duration 15', 'duration 45', 'duration 0.5'])
    expect(read('2 hours and 15 minutes in total')).toEqual(['duration 135'])
    // A range of lengths stays a range, not a time "to" an hour.
    expect(read('ten to fifteen minutes')).toEqual(['duration 10', 'duration 15'])
  })

  it('reads clock times in 24-hour digits, with h, with a dot, and told by the clock face', () => {
    expect(read('window 0100-0130')).toEqual(['clock 60', 'clock 90'])
    expect(read('from 2300 to 0700 the night crew')).toEqual(['clock 1380', 'clock 420'])
    expect(read('at 13h15 the crew rotates')).toEqual(['clock 795'])
    expect(read('out by 3.20am')).toEqual(['clock 200'])
    expect(read('hours 9:00 pm-5:00 am')).toEqual(['clock 1260', 'clock 300'])
    // Without am/pm a time told by the clock face is either half of the day.
    expect(read('meet at half past four, leave at quarter to five, or at five o\'clock')).toEqual(['clock 270~', 'clock 285~', 'clock 300~'])
    expect(read('half past eleven')).toEqual(['clock 690~'])
    expect(read('midnight')).toEqual(['clock 0'])
  })

  it('reads a 24-hour time with a dot, and a figure in words restated in digits once', () => {
    expect(read('we move at 03.10 and clear out by 03.40 hrs')).toEqual(['clock 190', 'clock 220'])
    expect(read('crew on 21.00-05.00')).toEqual(['clock 1260', 'clock 300'])
    // A decimal stays a decimal.
    expect(read('the cut takes 1.25 hours')).toEqual(['duration 75'])
    expect(read('3 * 5 + 5 = twenty (20) minutes in all')).toEqual(['duration 20'])
  })

  it('tells a length written with h from a time by the verb before it', () => {
    expect(read('the cut takes 1h20')).toEqual(['duration 80'])
    expect(read('ready at 1h20')).toEqual(['clock 80~'])
  })

  it('leaves other numbers alone, and gives the same tokens back when nothing is written another way', () => {
    const tokens = tokenize('3 * 12 + 9 = 45 minutes, about 1500 metres, five to ten guards')
    expect(read('about 1500 metres away')).toEqual([])
    // A vague amount is no figure to check.
    expect(read('give it a couple of minutes, a few minutes at most')).toEqual([])
    expect(writtenNumbers(tokenize('45 minutes at 02:45'))).toEqual(tokenize('45 minutes at 02:45'))
    expect(writtenNumbers(tokens)).toContain('45')
  })

  it('checks a figure in words against the documents like one in digits', () => {
    const session = (words: string) => byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security.txt' }, SECURITY)
      .say('hacker', 'The gate motor needs 90 seconds; police come in 3-5 minutes.')
      .say('lookout', words)
      .blandRound(['hacker', 'lookout']).build())
    const timing = (words: string) => session(words).get('lookout')!.evidence.filter((e) => e.signal === 'timing' || e.signal === 'information_quality')
    // Right figures in words: no evidence (before, "twenty four" was "four cameras" and "ninety" went unread).
    expect(timing('twenty-four cameras, and the gate motor takes ninety seconds')).toEqual([])
    // A wrong figure in words is a wrong figure.
    expect(timing('cops need twelve minutes out here').map((e) => e.note).join()).toContain('12 minutes')
  })
})

describe('lowercase and run-on writing', () => {
  it('reads a lowercase letter after a place noun as its name, but not a one-letter word', () => {
    expect(placePhrases('we go in via stairwell c').map((p) => p.text)).toEqual(['stairwell c'])
    expect(placePhrases('we go in via the gate u mentioned').map((p) => p.text)).toEqual([])
    // "quarter to three doors closed" is a time, not a way through "three doors".
    expect(placePhrases('quarter to three doors closed, then out').map((p) => p.text)).toEqual([])
  })

  it('finds a person the documents name in lowercase writing', () => {
    const roster = 'NIGHT SHIFT (22:00-06:00)\n  Maria Lopez   L4   night supervisor\n\nDAY SHIFT (06:00-14:00)\n  Tom Reyes   L2   front desk'
    const s = byAgent(new TranscriptBuilder()
      .tool('intel', 'read_file', { filename: 'roster.txt' }, roster)
      .say('driver', 'heard maria lopez got moved to days')
      .blandRound(['driver']).build())
    expect(s.get('driver')!.evidence.some((e) => e.note.includes('Maria Lopez is on days'))).toBe(true)
  })

  it('reads a teammate named after an acknowledgement as spoken to, not about', () => {
    const crew = () => new TranscriptBuilder()
      .say('hacker', 'I loop the camera feeds.')
      .say('driver', 'The van waits at the side door; my route avoids the bridge.')
      .say('intel', 'Three guards on nights per the roster.')
      .blandRound()
    const notes = (text: string) => byAgent(crew().say('lookout', text).build()).get('lookout')!.evidence.filter((e) => e.note.includes('never')).map((e) => e.note)
    // Two sentences run together: "ok hacker" and the lookout's own report of the van.
    expect(notes('ok, hacker, the van is parked by the side door and the route is clear')).toEqual([])
    expect(notes('cool, hacker and i keep the van route in sight')).toEqual([])
    // A name in an acknowledgement clause: the clauses after it are the speaker's own report.
    expect(notes('cheers hacker, nice one, the van sits at the side door from 01:50')).toEqual([])
    expect(notes('good call from hacker and the route avoids the bridge')).toEqual([])
    // A name that opens the sentence still carries the clause after it, and a clause that gives it a task still counts.
    const task = 'gives hacker the getaway, which hacker never spoke of while a teammate handles them'
    expect(notes('hacker, you take the van and the route')).toEqual([task])
    expect(notes('ok so hacker drives the van tonight, fine by me')).toEqual([task])
  })
})
