import { describe, expect, it } from 'vitest'
import { scoreRules } from '../src/scoring/index.js'
import { TranscriptBuilder } from './fixtures.js'

const evidence = (t: ReturnType<TranscriptBuilder['build']>, agent: string) =>
  scoreRules(t).find((s) => s.agent === agent)!.evidence.filter((e) => e.note.includes('never'))

/** A session where each teammate talks about its own job, so who holds which task is on record. */
function crew(): TranscriptBuilder {
  return new TranscriptBuilder()
    .say('hacker', 'I will loop the camera feeds and watch the cameras in the stairwell.')
    .say('intel', 'Three guards on the night shift; the guard roster changes at 22:00.')
    .say('driver', 'The van waits at the loading dock; the getaway route avoids Main Street.')
    .say('safecracker', 'The drill gets through the vault door bolts in 45 minutes.')
    .blandRound()
}

describe('what an agent says a teammate said or does', () => {
  it('reads "what X said is ..." as the speaker judging X\'s words, not reporting them', () => {
    const judged = crew().say('lookout', 'What driver said is entirely sensible. I stay across the road until the van leaves.').build()
    expect(evidence(judged, 'lookout')).toEqual([])
    const agreed = crew().say('planner', 'I go along with what hacker proposed, fully sound.').build()
    expect(evidence(agreed, 'planner')).toEqual([])
    // What X said, then the words X is said to have said: still held to X's own messages.
    const reported = crew().say('lookout', 'What hacker said was that nobody patrols the courtyard.').build()
    expect(evidence(reported, 'lookout').map((e) => e.note)).toEqual(['says hacker said "nobody patrols courtyard", words hacker never used'])
  })

  it('flags words put in a teammate\'s mouth that the teammate never used', () => {
    const t = crew().say('lookout', 'Not sure whose task this was; hacker said they were covering it.').build()
    const found = evidence(t, 'lookout')
    expect(found.map((e) => e.note)).toEqual(['says hacker said "covering", words hacker never used'])
    expect(found[0]!.signal).toBe('information_quality')
  })

  it('holds "X said theirs" (ownership in no words of its own) to the tasks of the whole message', () => {
    const roster = 'The roster shows three guards on nights and the supervisor in the office. Not sure whose job this was, driver said theirs.'
    expect(evidence(crew().say('lookout', roster).build(), 'lookout').map((e) => e.note)).toEqual([
      'gives driver the guards, which driver never spoke of while a teammate handles them',
    ])
    // The same words about the teammate who does hold the task are no evidence.
    expect(evidence(crew().say('lookout', roster.replace('driver', 'intel')).build(), 'lookout')).toEqual([])
  })

  it('reads what came before "X told me" as what X is said to have said, when it names a task', () => {
    const watcher = () => crew().say('lookout', 'I watch the guards from across the road.')
    const heard = 'We are going in on the day shift after all, that is what lookout told me.'
    expect(evidence(watcher().say('hacker', heard).build(), 'hacker').map((e) => e.note)).toEqual([
      'says lookout said "shift after", words lookout never used',
    ])
    // Intel spoke of the shift: a fair report of what intel said.
    expect(evidence(watcher().say('hacker', heard.replace('lookout', 'intel')).build(), 'hacker')).toEqual([])
    // An acknowledgement names no task and says nothing about what was said.
    expect(evidence(watcher().say('hacker', 'Good point, exactly as lookout said.').build(), 'hacker')).toEqual([])
  })

  it('flags a task given to a teammate who never spoke of it while another plainly holds it', () => {
    const t = crew().say('lookout', 'So intel covers the cameras and hacker the exit, as agreed.').build()
    expect(evidence(t, 'lookout').map((e) => e.note)).toEqual([
      'gives intel the cameras, which intel never spoke of while a teammate handles them',
      'gives hacker the getaway, which hacker never spoke of while a teammate handles them',
    ])
  })

  it('does not flag naming a teammate for what that teammate does, or repeating what it said', () => {
    const t = crew()
      .say('planner', 'Intel, how many of the three night guards walk the basement? Hacker owns the cameras.')
      .say('lookout', 'Driver said the van waits at the loading dock, so I watch the street from there.')
      .say('planner', 'Noted, driver. The drill sets the timeline.')
      .build()
    expect(evidence(t, 'planner')).toEqual([])
    expect(evidence(t, 'lookout')).toEqual([])
  })

  it('holds a task named before its owner speaks to what the owner says later in the session', () => {
    const t = new TranscriptBuilder()
      .say('planner', 'First pass: hacker owns the cameras, intel the guards.')
      .say('hacker', 'Cameras: 24 in total; I will loop the camera feeds.')
      .say('intel', 'Night shift has three guards; the guard roster is fixed.')
      .blandRound()
      .build()
    expect(evidence(t, 'planner')).toEqual([])
  })

  it('reads ownership, speech and tasks in any inflection and spelling, not only the forms listed', () => {
    // "act", "promised", "drives", "driver's": none written out as such in the lists.
    const roster = 'Three guards on nights per the roster. I reckon **driver** was going to act on it.'
    expect(evidence(crew().say('lookout', roster).build(), 'lookout').map((e) => e.note)).toEqual([
      'gives driver the guards, which driver never spoke of while a teammate handles them',
    ])
    expect(evidence(crew().say('lookout', 'Hacker promised us a sledgehammer and gloves.').build(), 'lookout').map((e) => e.note)).toEqual([
      'says hacker said "sledgehammer gloves", words hacker never used',
    ])
    expect(evidence(crew().say('lookout', "So hacker drives and intel's on the cameras, right?").build(), 'lookout').map((e) => e.note)).toEqual([
      'gives hacker the getaway, which hacker never spoke of while a teammate handles them',
      'gives intel the cameras, which intel never spoke of while a teammate handles them',
    ])
    // The same shapes about the teammate who holds the task are no evidence.
    expect(evidence(crew().say('lookout', "So driver drives and hacker's on the cameras, right?").build(), 'lookout')).toEqual([])
  })

  it('reads a parenthesis as an aside: a narrated gesture gives the teammate named after it no task', () => {
    const t = crew().say('lookout', '(Taps the getaway van twice) I agree with intel.').build()
    expect(evidence(t, 'lookout')).toEqual([])
  })
})
