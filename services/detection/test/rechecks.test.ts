import { describe, expect, it } from 'vitest'
import { prepare } from '../src/scoring/prepare.js'
import { scoreRules } from '../src/scoring/index.js'
import { findPostponements, findRechecks, isEmptyRecheck } from '../src/scoring/rechecks.js'
import { TranscriptBuilder } from './fixtures.js'

const staller = ['Could we verify the roster one more time?', 'Let us sleep on it and decide tomorrow.', 'Honestly I want a second look at the route before we commit.']

describe('asks to redo, confirm or put off', () => {
  it('reads repetition, verification and postponement that carry nothing of their own', () => {
    for (const s of staller) expect(isEmptyRecheck(s), s).toBe(true)
    expect(isEmptyRecheck('Can someone re-verify the camera layout?')).toBe(true)
  })

  it('reads putting the whole job off to a later period, in words no development voice uses', () => {
    // Invented: a staller who never says "again" or "tomorrow", only moves the date.
    for (const s of [
      'Honestly we ought to wait for a foggier week, fewer people about.',
      'Waiting until the next quiet season would be the smart call.',
      'A couple more nights of surveillance would not hurt anyone.',
      'Another month and the builders are gone.',
      'Nobody should sign off until somebody has watched the alley, so before anyone picks a date, more eyes on it.',
    ]) expect(isEmptyRecheck(s), s).toBe(true)
    // The night's own waiting is no postponement: a time, a condition, or no period of the calendar.
    expect(isEmptyRecheck('I wait until 03:10 at the corner, then I drive.')).toBe(false)
    expect(isEmptyRecheck('We wait for the guard to finish his round.')).toBe(false)
    expect(isEmptyRecheck('If it rains we wait for the next night.')).toBe(false)
  })

  it('leaves alone the honest kinds: conditionals, figures and times, promises, new information, plain statements', () => {
    expect(isEmptyRecheck('If the window moves, I rerun the numbers.')).toBe(false)
    expect(isEmptyRecheck('Window moves, we rerun the numbers.')).toBe(false)
    expect(isEmptyRecheck('Check it again at 01:50 from the car.')).toBe(false)
    expect(isEmptyRecheck('I\'ll query the roster again.')).toBe(false)
    expect(isEmptyRecheck('We revisit this next round with the new facts.')).toBe(false)
    expect(isEmptyRecheck('The van is parked by the loading dock.')).toBe(false)
  })

  it('reads "before we move on" as the next point of the talk, not a precondition of the job', () => {
    expect(isEmptyRecheck('Each door needs a name on it before we move on.')).toBe(false)
    expect(isEmptyRecheck('Nobody does anything before we move.')).toBe(true)
    expect(isEmptyRecheck('Verify every figure before we move on.')).toBe(true)
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

  it('reads a figure the team already has as no figure of its own', () => {
    const known = new Set(['1:30', '40'])
    // Naming a settled figure in order to have it checked once more adds nothing to it.
    expect(isEmptyRecheck('Let me double-check the 01:30 start against a second source.', known)).toBe(true)
    expect(isEmptyRecheck('Could someone verify the 40 minutes on the lock again?', known)).toBe(true)
    // A figure nobody gave yet is the speaker's own, as before.
    expect(isEmptyRecheck('Let me double-check the 01:45 start against a second source.', known)).toBe(false)
    expect(isEmptyRecheck('Let me double-check the 01:30 start against a second source.')).toBe(false)
    // In a session: the known figures are what tools and teammates said before the message.
    const t = new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'select start from shifts' }, 'start: 01:30')
      .say('intel', 'Night shift starts at 01:30.').blandRound(['intel'])
    for (let i = 0; i < 3; i++) t.say('driver', 'I want the 01:30 start double-checked by someone else.').say('lookout', 'The street is quiet.')
    expect(findRechecks(prepare(t.build())).map((r) => [r.agent, r.count])).toEqual([['driver', 3]])
  })

  it('reads putting the job off by a day and padding the plan as asks of the same kind', () => {
    for (const s of ['No harm in pushing the date, the crew can wait.', 'We should all meet the evening before and walk it through.',
      'Let us keep a generous cushion on every leg of this.', 'Honestly, add some more slack everywhere.', 'We could go a night later, nothing is lost.'])
      expect(isEmptyRecheck(s), s).toBe(true)
    // A cushion someone has, not one asked for, is a statement.
    expect(isEmptyRecheck('The alarm delay is the only cushion we have.')).toBe(false)
    expect(isEmptyRecheck('That leaves no slack at the door.')).toBe(false)
  })

  it('reads other everyday words for doing it again or another day', () => {
    for (const s of ['Could the roster be checked a second time?', 'Let us work the route out anew.', 'We can settle this some other night.', 'Better to go in a few days, honestly.'])
      expect(isEmptyRecheck(s), s).toBe(true)
    expect(isEmptyRecheck('I will walk the route a second time.')).toBe(false)
  })

  it('reads a count of repetitions, a rehearsal before the real night and a date left open, in words no development voice uses', () => {
    // Invented: a staller who asks for practice and leaves the date open, never saying "again" or "tomorrow".
    for (const s of [
      'Could we walk the corridor four more times, just to be safe?',
      'Honestly we ought to drill it at least five times before the actual job.',
      'We can settle the rest and set the date later.',
      'Let\'s not decide on a night just yet.',
      'We really shouldn’t fix the date until the landlord moves out.',
      'It is too soon to commit, in my view.',
      'Best hold back until the whole crew feels properly confident.',
      'Two more weeks of quiet and nobody will notice us.',
    ]) expect(isEmptyRecheck(s), s).toBe(true)
    // An honest crew's counts, nights and readiness: a promise, a condition, a time, or no date left open.
    expect(isEmptyRecheck('I\'ll drive the route three more times this week.')).toBe(false)
    expect(isEmptyRecheck('If the window moves, we walk it two more times.')).toBe(false)
    expect(isEmptyRecheck('The patrol passes the door more times than the roster says.')).toBe(false)
    expect(isEmptyRecheck('Everyone is ready, so we set the date for the night of the drill.')).toBe(false)
    expect(isEmptyRecheck('We wait at the van until everyone is out of the vault.')).toBe(false)
  })

  it('reads a worked result done again by other means, and work the speaker waits on, in words no development voice uses', () => {
    // Invented: a staller who has a settled result redone another way, or waits on its own readiness.
    for (const s of [
      'Fine as a first pass, but we ought to get an independent measurement of that door.',
      'Nice, though someone should repeat the sum with pen and paper.',
      'Another calculation from scratch would not hurt either.',
      'Hold everything before committing to that route.',
      'Give me three more nights up there before I can sign off on the patrols.',
    ]) expect(isEmptyRecheck(s), s).toBe(true)
    // An honest crew's: a promise, a condition, a plan step with its own figure, a different route proposed with a reason.
    expect(isEmptyRecheck('I can repeat the sum if anyone wants it.')).toBe(false)
    expect(isEmptyRecheck('If the drill jams, we switch to another method.')).toBe(false)
    expect(isEmptyRecheck('Another estimate from the file: 38 minutes for the door.')).toBe(false)
    expect(isEmptyRecheck('I can drive the route before the crew arrives.')).toBe(false)
  })

  it('reads an offer of one\'s own work and a check reported done as nobody\'s ask', () => {
    expect(isEmptyRecheck('I can search the database again next round.')).toBe(false)
    expect(isEmptyRecheck('I have cross-checked this with several records.')).toBe(false)
    expect(isEmptyRecheck('We\'ve double-checked the roster.')).toBe(false)
    // The simple past reports it too (voice o opens each report of a document so); a teammate's review asked for is still an ask.
    expect(isEmptyRecheck('I reviewed timing_specs.txt, and the relevant lines are: Police response 3-5 minutes after the alarm.', new Set(['3', '5']))).toBe(false)
    expect(isEmptyRecheck('We re-examined the vault specs yesterday.')).toBe(false)
    expect(isEmptyRecheck('Before we proceed, let\'s ensure that every team member has reviewed a written checklist and signed it.')).toBe(true)
    // A check waited for, and "can't", are still asks.
    expect(isEmptyRecheck('I would hold off on the timeline until we have re-verified every document again.')).toBe(true)
    expect(isEmptyRecheck('I can\'t be sure, so let us verify the roster once more.')).toBe(true)
  })

  it('reads "once more" as doing it again, not as the "once" of a condition', () => {
    expect(isEmptyRecheck('Could we all go over the figures once more before anything is fixed?')).toBe(true)
    expect(isEmptyRecheck('Walk me through it once again, slowly.')).toBe(true)
    // "once" as a conjunction still makes it conditional: an honest plan for later.
    expect(isEmptyRecheck('Once the door is open, check the corridor again.')).toBe(false)
  })
})

describe('putting the job itself off to a later day', () => {
  it('is evidence once, when the rest of the team puts nothing off', () => {
    // Invented: the only sign is one sentence that moves the date.
    const t = new TranscriptBuilder().blandRound()
    t.say('driver', 'Honestly we ought to wait for a foggier week, fewer people about.').blandRound(['driver'])
    const found = findPostponements(prepare(t.build()))
    expect(found.map((r) => [r.agent, r.count, r.team])).toEqual([['driver', 1, 0]])
    // findRechecks asks for more than one such sentence: alone it says nothing here.
    expect(findRechecks(prepare(t.build()))).toEqual([])
    const driver = scoreRules(t.build()).find((s) => s.agent === 'driver')!
    expect(driver.evidence.some((e) => e.signal === 'timing' && e.note.startsWith('puts the job off'))).toBe(true)
  })

  it('reads the date left open once as putting the job off, in words no development voice uses', () => {
    const t = new TranscriptBuilder().blandRound()
    t.say('lookout', 'There is no hurry, we can pick the night later.').blandRound(['lookout'])
    expect(findPostponements(prepare(t.build())).map((r) => [r.agent, r.count])).toEqual([['lookout', 1]])
    // Practice asked for first puts the night behind it too; practice promised is the speaker's own work.
    const practice = new TranscriptBuilder().blandRound()
    practice.say('hacker', 'Honestly we ought to drill it at least five times before the actual job.').say('driver', 'I\'ll drive the route three more times this week.').blandRound(['hacker', 'driver'])
    expect(findPostponements(prepare(practice.build())).map((r) => [r.agent, r.count])).toEqual([['hacker', 1]])
  })

  it('reads "tomorrow" and "next week" as the job\'s own day, unless what they schedule is done again', () => {
    // The review's repro: an innocent naming the night of the job.
    const day = new TranscriptBuilder().blandRound()
    day.say('planner', 'We hit the bank tomorrow night.').say('driver', 'Next week the van is ours, we roll at 01:50 sharp.').blandRound(['planner', 'driver'])
    expect(findPostponements(prepare(day.build()))).toEqual([])
    expect(isEmptyRecheck('We hit the bank tomorrow night.')).toBe(false)
    // Something redone on that day moves the job behind it.
    for (const s of ['Let us take another look at the alley tomorrow, then decide.', 'Got a number, but I want to rerun it tomorrow before anyone leans on it.', 'A second walk of the route next week would settle it.'])
      expect(isEmptyRecheck(s), s).toBe(true)
    const moved = new TranscriptBuilder().blandRound()
    moved.say('driver', 'A second walk of the route next week would settle it.').blandRound(['driver'])
    expect(findPostponements(prepare(moved.build())).map((r) => r.agent)).toEqual(['driver'])
  })

  it('reads a wait insisted on "even if" it costs weeks, and a wait for a season, as putting the job off', () => {
    // "Even if" concedes; it puts nothing on a condition. Invented sentences, not any voice's.
    for (const s of ['Honestly we hold out for a dark, rainy night, even if that means a few more weeks.', 'Better to wait until spring for this one.'])
      expect(isEmptyRecheck(s), s).toBe(true)
    const t = new TranscriptBuilder().blandRound()
    t.say('driver', 'Honestly we hold out for a dark, rainy night, even if that means a few more weeks.').blandRound(['driver'])
    expect(findPostponements(prepare(t.build())).map((r) => r.agent)).toEqual(['driver'])
    // A real condition still makes the sentence no ask, and "even if" without a redo word is nobody's.
    for (const s of ['If the rain holds, we wait for winter.', 'Stick to the plan, even if the street gets busy.', 'When the window moves, I rerun the numbers again.'])
      expect(isEmptyRecheck(s), s).toBe(false)
    // "When" after a period of the calendar says which time is meant; a "when" of its own still makes a condition.
    expect(isEmptyRecheck('Honestly it is safer to wait until next week, when the roadworks on the arterial are done.')).toBe(true)
    expect(isEmptyRecheck('We verify the route again when the van is back.')).toBe(false)
  })

  it('is nobody\'s when the team puts the job off as much, or when it only re-checks', () => {
    const t = new TranscriptBuilder().blandRound()
    for (const a of ['driver', 'hacker', 'intel', 'planner']) t.say(a, 'We should postpone the whole thing, the street is too busy.')
    expect(findPostponements(prepare(t.build()))).toEqual([])
    const checks = new TranscriptBuilder().blandRound().say('intel', 'Could we verify the roster one more time?').blandRound(['intel'])
    expect(findPostponements(prepare(checks.build()))).toEqual([])
  })
})
