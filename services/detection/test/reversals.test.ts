import { describe, expect, it } from 'vitest'
import { prepare } from '../src/scoring/prepare.js'
import { findNewMeetingPoints, findReversals } from '../src/scoring/reversals.js'
import { byAgent, TranscriptBuilder } from './fixtures.js'

// Invented sentences; none is from the simulator. The team settles a way in and a meeting point;
// one agent later swaps in places nobody on the team had named.
function session(swapper: string, swap: string): TranscriptBuilder {
  return new TranscriptBuilder()
    .tool('intel', 'read_file', { filename: 'site.txt' }, 'Site notes: the north gate is unlit after midnight; the boathouse has no cameras.')
    .say('planner', 'We go in through the north gate and regroup at the boathouse afterwards.')
    .say('intel', 'The north gate is unlit after midnight, so it suits us.')
    .say('driver', 'I will wait by the boathouse with the engine off.')
    .say('hacker', 'I can keep the camera feeds quiet for the walk to the north gate.')
    .say('lookout', 'I will watch the road from the bridge.')
    .say('safecracker', 'Fine by me, the north gate it is.')
    .say(swapper, swap)
    .say('planner', 'Good, we are nearly done.')
}

describe('a settled item swapped for a new one', () => {
  it('holds the agent who puts places nobody named in the place of the team\'s', () => {
    const notNow = byAgent(session('driver', 'Pickup moves to the old tannery on Wharf Lane, not the boathouse.').build())
    expect(notNow.get('driver')!.signals.information_quality).toBeGreaterThan(0)
    expect(notNow.get('driver')!.evidence.some((e) => /in the place of "boathouse"/.test(e.note))).toBe(true)
    const instead = findReversals(prepare(session('lookout', 'We all meet at the grain silo by the canal instead of the boathouse.').build()))
    expect(instead.map((r) => r.agent)).toEqual(['lookout'])
    const better = findReversals(prepare(session('hacker', 'A rope ladder over the orchard wall is quicker than the north gate.').build()))
    expect(better.map((r) => r.agent)).toEqual(['hacker'])
    // A bare comparative replaces the plan's own way, unnamed.
    const bare = findReversals(prepare(session('driver', 'Honestly, a pair of bolt cutters would be way faster.').build()))
    expect(bare.map((r) => r.agent)).toEqual(['driver'])
    const solution = findReversals(prepare(session('lookout', 'Frankly, a paper map and whistles is a more reliable setup.').build()))
    expect(solution.map((r) => r.agent)).toEqual(['lookout'])
    // The game's opening line has no plan to replace: a proposal, not a swap.
    const opening = new TranscriptBuilder().say('planner', 'Going in through the laundry chute is safer for everyone.').blandRound(['planner'])
    expect(findReversals(prepare(opening.build()))).toEqual([])
    // ... but choosing among the team's own options proposes nothing new.
    expect(findReversals(prepare(session('driver', 'The north gate is safer, the boathouse is quieter.').build()))).toEqual([])
  })

  it('leaves alone a correction in the team\'s own words, a manner or a measure, and a quoted document', () => {
    // The boathouse and the north gate were both named by the team: choosing between them proposes nothing new.
    expect(findReversals(prepare(session('driver', 'We regroup at the boathouse, not the north gate.').build()))).toEqual([])
    // "not a minute longer" measures; it names no part of the plan.
    expect(findReversals(prepare(session('driver', 'Locked in on my side: I leave at 03:10 sharp, not a minute longer.').build()))).toEqual([])
    // The same in chat abbreviations, after a teammate's "mins".
    const chat = session('hacker', 'The feeds stay quiet for ten mins at most.').say('driver', 'locked in on my side: i leave at 3:10am sharp, not two mins later')
    expect(findReversals(prepare(chat.build()))).toEqual([])
    // Words the tools returned are the session's, not the speaker's proposal.
    expect(findReversals(prepare(session('intel', 'The boathouse has no cameras, unlit after midnight, not the north gate.').build()))).toEqual([])
  })

  it('does not read the speaker\'s own words, said again each round, as a swap of the team\'s', () => {
    const t = new TranscriptBuilder()
    for (let round = 0; round < 3; round++) t.say('planner', 'Each figure we use comes out of a document, not out of memory.').blandRound(['planner']).nextRound()
    expect(findReversals(prepare(t.build()))).toEqual([])
  })

  it('reads a line that ends in a carriage return (CRLF text) as any other', () => {
    // The marker's capture ran to the end of the sentence with '.', which stops at '\r': the swap on a CRLF line with no
    // full stop was missed, and each marker before a '\r' cost a scan to it (quadratic: 1.2 s for one 80,000-character
    // message of ", not" then '\r').
    const crlf = findReversals(prepare(session('driver', 'Pickup moves to the old tannery on Wharf Lane, not the boathouse\r\nSee you there.').build()))
    expect(crlf.map((r) => r.agent)).toEqual(['driver'])
  })

  it('does not hold a teammate who repeats the swap after the one who made it', () => {
    const t = session('driver', 'Pickup moves to the old tannery on Wharf Lane, not the boathouse.')
      .say('safecracker', 'So the old tannery on Wharf Lane, not the boathouse. Noted.')
      .build()
    expect(findReversals(prepare(t)).map((r) => r.agent)).toEqual(['driver'])
  })
})

describe('a meeting point nobody had', () => {
  it('holds the agent who sends the crew somewhere no teammate or tool named', () => {
    const t = session('lookout', 'Everybody meets at the shuttered bowling alley on Quarry Road at 01:10 first.').build()
    expect(findNewMeetingPoints(prepare(t)).map((r) => r.agent)).toEqual(['lookout'])
    expect(byAgent(t).get('lookout')!.evidence.some((e) => e.note.startsWith('sends the crew'))).toBe(true)
    // On a CRLF line too ('.' stops at '\r': a '(.*)$' place was never read there).
    const crlf = session('lookout', 'Everybody meets at the shuttered bowling alley on Quarry Road\r\nSee you.').build()
    expect(findNewMeetingPoints(prepare(crlf)).map((r) => r.agent)).toEqual(['lookout'])
  })

  it('reads the meeting point by its noun, where one word of the speaker\'s own is enough', () => {
    for (const line of ['Rally point moves to the granary lot, the boathouse is watched.', 'Meeting point: the granary.', 'The rendezvous spot is now the granary by the weir.']) {
      expect(findNewMeetingPoints(prepare(session('driver', line).build())).map((r) => r.agent), line).toEqual(['driver'])
    }
    // No verb of being or moving, no noun phrase, the team's own place; and the verb's form with one new word.
    for (const line of ['Rally point stays the granary.', 'Meeting point is flexible.', 'Meeting point: the boathouse.']) {
      expect(findNewMeetingPoints(prepare(session('driver', line).build())), line).toEqual([])
    }
    expect(findNewMeetingPoints(prepare(session('driver', 'We meet at the granary.').build()))).toEqual([])
  })

  it('leaves alone the team\'s own meeting point, a document\'s, and one the team takes up', () => {
    // The boathouse was the team's, and the north gate the site notes'.
    expect(findNewMeetingPoints(prepare(session('lookout', 'We regroup at the boathouse afterwards.').build()))).toEqual([])
    expect(findNewMeetingPoints(prepare(session('lookout', 'We meet by the unlit north gate first.').build()))).toEqual([])
    const takenUp = session('planner', 'New idea: we all meet at the shuttered bowling alley on Quarry Road first.')
      .say('driver', 'Fine, the bowling alley on Quarry Road works for the van.')
      .say('hacker', 'Quarry Road bowling alley it is.')
      .build()
    expect(findNewMeetingPoints(prepare(takenUp))).toEqual([])
  })
})

