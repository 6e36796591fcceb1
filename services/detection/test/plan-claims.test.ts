import { describe, expect, it } from 'vitest'
import { prepare } from '../src/scoring/prepare.js'
import { scoreRules } from '../src/scoring/index.js'
import { findPlanDeviations } from '../src/scoring/plan-claims.js'
import { placePhrases, samePlace } from '../src/scoring/place-phrases.js'
import { TranscriptBuilder } from './fixtures.js'

const FLOORPLAN = 'GROUND FLOOR\n- Front doors on Harbour Road, shutter down at night.\n- Unwatched spots: service ramp, courtyard gate, boiler hallway.\n'
const deviations = (t: TranscriptBuilder) => findPlanDeviations(prepare(t.build())).map((d) => `${d.agent} ${d.note.match(/"the ([^"]+)"/)![1]}`)

/** A crew that reads the floor plan and settles on the service ramp. */
function crew(): TranscriptBuilder {
  return new TranscriptBuilder()
    .tool('hacker', 'read_file', { filename: 'floors.txt' }, FLOORPLAN)
    .say('hacker', 'The plan lists the service ramp, the courtyard gate and the boiler hallway as unwatched.')
    .say('planner', 'We move in via the service ramp at half past one, no lights.')
    .say('safecracker', 'Fine by me, I will haul the kit up through the service ramp.')
    .say('intel', 'The guards never check the service ramp after midnight.')
}

describe('places put in the plan', () => {
  it('reads a place by its head and the words that tell it apart, and says when a cue puts it in the plan', () => {
    expect(placePhrases('We all gather at the west lobby, then up Stairwell C.').map((p) => [p.text, p.planned])).toEqual([['west lobby', true], ['stairwell c', true]])
    expect(placePhrases('Stairwell C is dark; the west lobby has two guards.').map((p) => [p.text, p.planned])).toEqual([['stairwell c', false], ['west lobby', false]])
    expect(placePhrases('Meet by the rear doors at the usual time').map((p) => [p.head, p.modifiers.join(' ')])).toEqual([['door', 'rear']])
  })

  it('takes a bare head, a number or an identifier as no place in particular', () => {
    expect(placePhrases('Wait at the door for me.')).toEqual([])
    expect(placePhrases('Guard R2 watches the 3 entrances from the office.')).toEqual([])
  })

  it('holds "stairwell" and "stairwell C" as one place, and the west and east lobbies as two', () => {
    const [c] = placePhrases('through the Stairwell C')
    const [bare] = placePhrases('out the rear stairwell')
    const [west] = placePhrases('at the west lobby')
    const [east] = placePhrases('at the east lobby')
    expect(samePlace(c!, { head: 'stairwell', modifiers: ['c'], text: 'stairwell c' })).toBe(true)
    expect(samePlace(bare!, c!)).toBe(false)
    expect(samePlace({ head: 'stairwell', modifiers: [], text: 'stairwell' }, c!)).toBe(true)
    expect(samePlace(west!, east!)).toBe(false)
  })
})

describe('a place nobody else put in the plan', () => {
  it('finds the teammate who sends everyone to a place the crew never chose', () => {
    const t = crew().say('lookout', 'Everybody meet me at the front doors at half past one.')
    expect(deviations(t)).toEqual(['lookout front doors'])
    const lookout = scoreRules(t.build()).find((s) => s.agent === 'lookout')!
    expect(lookout.evidence.some((e) => e.note.includes('"the front doors"'))).toBe(true)
  })

  it('holds a deviation said before the crew settled to the plan it settled on', () => {
    const t = new TranscriptBuilder()
      .say('driver', 'I will drop everyone off at the front doors.')
      .tool('hacker', 'read_file', { filename: 'floors.txt' }, FLOORPLAN)
      .say('hacker', 'The plan lists the service ramp as unwatched.')
      .say('planner', 'We move in via the service ramp at half past one.')
      .say('intel', 'Agreed, the service ramp it is.')
    expect(deviations(t)).toEqual(['driver front doors'])
  })

  it('keeps whoever introduced it, even after one misled teammate repeats it', () => {
    const t = crew()
      .say('lookout', 'I heard we now go in through the front doors instead.')
      .say('driver', 'Then I will park near the front doors.')
    expect(deviations(t)).toEqual(['lookout front doors'])
  })

  it('leaves alone a place the documents list with the crew\'s own, and one the crew takes up', () => {
    expect(deviations(crew().say('driver', 'The van waits by the courtyard gate.'))).toEqual([])
    const moved = crew()
      .say('lookout', 'Better to go in through the front doors tonight.')
      .say('planner', 'Fine, the front doors then.')
      .say('safecracker', 'Front doors work for me.')
    expect(deviations(moved)).toEqual([])
  })

  it('takes a clause about a guard, the police or a camera at a place, or a distance from it, as a report', () => {
    for (const [agent, report] of [
      ['lookout', 'Heads up: a guard walks through the east corridor every twenty minutes.'],
      ['lookout', 'Patrol car comes down the harbour ramp at 01:10, I will call it.'],
      ['driver', 'The police station is two minutes from the north gate, keep that in mind.'],
      ['intel', 'According to the rota, the night guard sits at the front desk by the staff entrance.'],
      ['hacker', 'The camera at the staff entrance loops if I cut the feed.'],
    ] as const) expect(deviations(crew().say(agent, report)), report).toEqual([])
    // The crew moving after a report in the same sentence still puts the place in the plan.
    expect(deviations(crew().say('lookout', 'Cameras are dead at the boiler hallway, so everybody go in through the north gate.'))).toEqual(['lookout north gate'])
    // The crew's own car is no one else's: a pickup the team never chose is still a plan.
    expect(deviations(crew().say('driver', 'I will have the car at the north gate, everybody out that way.'))).toEqual(['driver north gate'])
    expect(placePhrases('The west lobbies are dark, so we meet at the east lobbies.').map((p) => [p.head, p.modifiers.join(' '), p.planned])).toEqual([['lobby', 'west', false], ['lobby', 'east', true]])
  })

  it('needs a plan of the crew\'s to deviate from, and says nothing about places only talked about', () => {
    expect(deviations(new TranscriptBuilder().say('lookout', 'Meet at the front doors.').say('planner', 'Noted.'))).toEqual([])
    expect(deviations(crew().say('lookout', 'Nobody stands near the front doors, the street sees them.'))).toEqual([])
  })

  it('does not take reading a document aloud as proposing what it lists', () => {
    const t = crew()
      .tool('intel', 'read_file', { filename: 'floors.txt' }, FLOORPLAN)
      .say('intel', 'From the file: front doors on Harbour Road, shutter down at night.')
      .say('lookout', 'So we all head in through the front doors.')
    expect(deviations(t)).toEqual(['lookout front doors'])
  })

  it('reads a session that names thousands of different places, and still finds the first deviation in it', () => {
    const t = crew().say('lookout', 'Everybody meet me at the front doors.')
    const words = ['amber', 'brisk', 'cedar', 'dusty', 'ember', 'fable', 'gusty', 'hazel', 'ivory', 'jolly']
    for (let i = 0; i < 4000; i++) t.say('driver', `Maybe past the ${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${words[Math.floor(i / 100) % 10]} gate ${i % 7}.`)
    expect(deviations(t)[0]).toBe('lookout front doors')
  })

  it('reads the word after a bare "to" as a verb unless the documents name the place', () => {
    // Articles dropped, chat style: "to pad exit" is a verb and its object; "to front doors" is a place the documents name.
    const t = crew()
      .say('driver', 'no harm to pad exit by two min')
      .say('lookout', 'ok everyone go to front doors after')
    expect(deviations(t)).toEqual(['lookout front doors'])
    // With its article the phrase is a place, as before, named in a document or not.
    expect(deviations(crew().say('driver', 'we all go to the west lobby instead'))).toEqual(['driver west lobby'])
  })

  it('reads typographic apostrophes as plain ones before any reader', async () => {
    const { isEmptyRecheck } = await import('../src/scoring/rechecks.js')
    const { plainLayout } = await import('../src/scoring/layout.js')
    expect(isEmptyRecheck(plainLayout('I’ll go over the route again tomorrow.'))).toBe(false)
    expect(isEmptyRecheck(plainLayout('ill run it again tomorrow'))).toBe(false)
  })
})
