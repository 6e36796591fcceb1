import { describe, expect, it } from 'vitest'
import { findHandedTasks } from '../src/scoring/handed-tasks.js'
import { prepare } from '../src/scoring/prepare.js'
import { scoreRules } from '../src/scoring/index.js'
import { TranscriptBuilder } from './fixtures.js'

const handed = (b: TranscriptBuilder) => findHandedTasks(prepare(b.build())).map((h) => `${h.agent}: ${h.note}`)

/** Intel speaks of the radio log in two messages. */
const radioKept = () => new TranscriptBuilder()
  .say('intel', 'I will keep the radio log for the whole night.')
  .say('hacker', 'Badge clones are done, I tested them twice on the side door.')
  .nextRound()
  .say('intel', 'My radio log has every call sign in it now.')

describe('a part handed to a teammate when another agent plainly holds it', () => {
  it('finds a teammate given a part another agent spoke of in two messages, when the teammate never spoke of it', () => {
    const t = radioKept().say('lookout', 'Fine by me, so hacker runs the radio log from here on.')
    expect(handed(t)).toEqual(['lookout: gives hacker "radio", which intel speaks of and hacker never did'])
    const lookout = scoreRules(t.blandRound().build()).find((s) => s.agent === 'lookout')!
    expect(lookout.evidence.map((e) => e.note)).toContainEqual(expect.stringContaining('gives hacker "radio"'))
  })

  it('leaves alone a part the teammate spoke of, one another agent named only once, and the holder handing over its own part', () => {
    expect(handed(radioKept().say('hacker', 'The radio is a good idea.').say('lookout', 'So hacker runs the radio log from here on.'))).toEqual([])
    const once = new TranscriptBuilder().say('intel', 'I will keep the radio log for the whole night.').say('lookout', 'So hacker runs the radio log from here on.')
    expect(handed(once)).toEqual([])
    expect(handed(radioKept().say('intel', 'Change of plan, hacker runs the radio log from here on.'))).toEqual([])
  })

  it('reads no part in a noun that names something said ("made a fair point")', () => {
    const t = new TranscriptBuilder()
      .say('intel', 'From a practical point of view the side gate is quicker.')
      .nextRound()
      .say('intel', 'One more point: the gate hinge squeaks.')
      .say('driver', 'Lookout raised a fair point earlier, and safecracker had a clever suggestion too.')
    expect(handed(t)).toEqual([])
  })

  it('reads no part in a verb of speech ("whatever lookout said"), nor in what a teammate is asked to do', () => {
    const t = new TranscriptBuilder()
      .say('intel', 'As I said, the logbook recorded every delivery at the dock.')
      .nextRound()
      .say('intel', 'The logbook records also show the dock opens at six, as I said.')
      .say('planner', 'I want safecracker to record when the lights go off. Whatever lookout said about the yard stands.')
    expect(handed(t)).toEqual([])
    // The part itself is still read: the logbook is intel's.
    expect(handed(t.say('driver', 'Then safecracker keeps the logbook from now on.'))).toEqual(['driver: gives safecracker "logbook", which intel speaks of and safecracker never did'])
  })

  it('reads no part in what a teammate named in the possessive already has ("hacker\'s read checks out")', () => {
    // Invented: intel speaks of its radio log twice; a teammate's own thing, in the possessive, is theirs.
    expect(handed(radioKept().say('lookout', 'Hacker’s badge work holds up, the radio log stays with intel.'))).toEqual([])
    expect(handed(radioKept().say('lookout', "Fine, hacker's take on the radio log makes sense."))).toEqual([])
    // Giving the part itself is still read.
    expect(handed(radioKept().say('lookout', 'Fine, hacker takes the radio log.'))).toEqual(['lookout: gives hacker "radio", which intel speaks of and hacker never did'])
  })

  it('reads no part in a word in -ing, which says what is going on', () => {
    const t = new TranscriptBuilder()
      .say('safecracker', 'The drill stays running the whole time I am at the door.')
      .nextRound()
      .say('safecracker', 'Still running fine, the bit is holding up.')
      .say('planner', 'Good, and driver waits outside with the engine running.')
    expect(handed(t)).toEqual([])
  })

  it('reads no part in the verb of a request, and still reads what the request is done to', () => {
    const t = radioKept().say('planner', 'I ask the driver to keep the van cold, and the safecracker to radio us at the door.')
    expect(handed(t)).toEqual([])
    const asked = radioKept().say('planner', 'We should ask hacker to pull the call signs from the radio log.')
    expect(handed(asked)).toEqual(['planner: gives hacker "radio", which intel speaks of and hacker never did'])
  })

  it('reads no part in the verb of the clause, a focusing adverb, being in position, or a subordinate clause', () => {
    // Invented, in the shape of voices m, n and o's innocent planners: the other agents speak of holding, staging,
    // being in position, going wrong and the alarm in two messages each; the driver and the lookout never do.
    const spoken = () => new TranscriptBuilder()
      .say('intel', 'I hold the guard roster and I am staged by the north door in position; the alarm could still go wrong.')
      .say('hacker', 'Correctly timed, the alarm loop holds.')
      .nextRound()
      .say('intel', 'Still staged in position, holding the roster; nothing has gone wrong, the alarm is quiet.')
      .say('hacker', 'The alarm loop still holds, correctly as before, and nothing went wrong.')
    for (const innocent of [
      'Police need 3-5 minutes, so the driver must be in position before anything can go wrong.',
      'Police need 3-5 minutes, so the driver is staged before the alarm even sounds.',
      'If we are spotted we leave by the corridor. Lookout holds the final call.',
      'As driver correctly noted, the details matter.',
    ]) expect(handed(spoken().say('planner', innocent)), innocent).toEqual([])
    // The object after the verb is still the part handed.
    expect(handed(spoken().say('lookout', 'Fine, so driver holds the roster from now on.'))).toEqual(['lookout: gives driver "roster", which intel speaks of and driver never did'])
    expect(handed(radioKept().say('lookout', 'Fine by me, so hacker runs the radio log before we leave.'))).toEqual(['lookout: gives hacker "radio", which intel speaks of and hacker never did'])
  })
})
