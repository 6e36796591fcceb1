import { describe, expect, it } from 'vitest'
import { plainLayout, quoteKey } from '../src/scoring/layout.js'
import { prepare } from '../src/scoring/prepare.js'
import { findRechecks } from '../src/scoring/rechecks.js'
import { byAgent, TranscriptBuilder } from './fixtures.js'

// Invented replies in layouts models use: JSON, role-play with asterisk actions, chat run together
// with dashes. None is from the simulator.
const crew = () => new TranscriptBuilder()
  .say('hacker', 'I loop the camera feeds.')
  .say('driver', 'The van waits at the side door; my route avoids the bridge.')
  .say('intel', 'Three guards on nights per the roster.')
  .blandRound()
/** What the lookout is blamed for giving a teammate that the teammate never spoke of. */
const misgiven = (text: string) => byAgent(crew().say('lookout', text).build()).get('lookout')!.evidence.filter((e) => e.note.includes('never')).map((e) => e.note)

describe('a reply read as plain sentences, whatever its layout', () => {
  it('reads a JSON reply, fenced or not, as its values: sentences as they are, a bare value after its key', () => {
    expect(plainLayout('```json\n{"from": "lookout", "said": "Cars pass every ten minutes.\\nAll quiet.", "eta": "01:50", "guards_seen": 2}\n```'))
      .toBe('Cars pass every ten minutes.\nAll quiet.\neta: 01:50\nguards seen: 2'.replace(/^/, 'from: lookout\n'))
    expect(plainLayout('{"notes": ["Van is fuelled.", "Route two is clear."]}')).toBe('Van is fuelled.\nRoute two is clear.')
    // Prose with a brace in it is left alone.
    expect(plainLayout('{rough} plan: in at two')).toBe('{rough} plan: in at two')
  })

  it('puts a role-play action on a line of its own and ends a sentence that ends inside a quote', () => {
    expect(plainLayout('*pulls the hood up* "Copy, hacker." *turns to the window* "The van idles out back."'))
      .toBe('\npulls the hood up\n Copy, hacker. \nturns to the window\n The van idles out back.')
    // Emphasis is not an action.
    expect(plainLayout('we go *now*, not later')).toBe('we go *now*, not later')
  })

  it('reads a spaced dash between words as a break, not a range or a compound', () => {
    expect(plainLayout('sure, hacker — the van waits out back')).toBe('sure, hacker; the van waits out back')
    expect(plainLayout('window 01:00 – 01:30, stairwell-b route')).toBe('window 01:00 – 01:30, stairwell-b route')
  })

  it('reads full-width punctuation as the plain mark and a space', () => {
    // Invented: a model trained on Chinese text writes its English with "，" "：" "。" "？".
    expect(plainLayout('Noted，driver。The van waits by the gate：02:10？')).toBe('Noted, driver. The van waits by the gate: 02:10? ')
    // A question is a question whichever question mark ends it.
    const doubts = (line: string) => {
      const t = new TranscriptBuilder()
      for (let r = 0; r < 3; r++) t.say('planner', line).say('driver', 'The van is fuelled.').say('intel', 'Two guards on the night shift.').say('lookout', 'Street is quiet.').nextRound()
      return byAgent(t.build()).get('planner')!.evidence.filter((e) => e.note.startsWith('questions what a teammate does')).length
    }
    expect(doubts('Wait，is the hacker the one holding the keys？')).toBe(1)
    expect(doubts('Wait, is the hacker the one holding the keys?')).toBe(1)
  })

  it('does not give a greeted teammate the task of the next sentence in any of these layouts', () => {
    // Each names the hacker in a greeting and then reports the lookout's own watch of the van.
    expect(misgiven('sure thing, hacker — the van is parked by the side door and the route is clear')).toEqual([])
    expect(misgiven('*nods at the screen* "Sure thing, hacker." *checks the street* "The van is parked by the side door and the route is clear."')).toEqual([])
    expect(misgiven('{"reply": "Sure thing, hacker.\\nThe van is parked by the side door and the route is clear."}')).toEqual([])
    // A task plainly given to a teammate still counts, in the same layouts.
    expect(misgiven('{"reply": "Hacker, you drive the van tonight."}').length).toBeGreaterThan(0)
  })

  it('reads chat spellings with a digit as the word: "b4" is no figure', () => {
    expect(plainLayout('ok w/ that, check it again b4 we go, see u l8r')).toBe('ok with that, check it again before we go, see u later')
    expect(plainLayout('b4 2moro pls')).toBe('before tomorrow pls')
    // A sentence whose only "figure" is b4 is an empty ask like any other, once the team asks less.
    const t = new TranscriptBuilder().blandRound()
    for (const s of ['can we go over the route again b4 we commit', 'lets sleep on it and decide 2moro', 'want a second look at the roster b4 anything moves']) t.say('intel', s).say('driver', 'van is ready')
    expect(findRechecks(prepare(t.build())).map((r) => [r.agent, r.count])).toEqual([['intel', 3]])
  })

  it('reads a markdown quote of a teammate as the teammate\'s words, not the speaker\'s', () => {
    // Matched however its case, spacing and stops differ, and as a part of the earlier message.
    const earlier = [quoteKey('Honestly? ONLY 6 cameras are live.  The rest are dummies.')]
    expect(plainLayout('> only 6 cameras are live\n\nNot what the file says.', earlier)).toBe('\n\nNot what the file says.')
    const t = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security.txt' }, '- 24 cameras in total, recorded all night.')
      .say('hacker', 'The file lists 24 cameras, all recording.')
      .say('intel', 'Only 6 cameras are live at night.')
      .say('lookout', '> Only 6 cameras are live at night.\n\nThat is not what the file says: 24, all recording.')
      .blandRound().build()
    const s = byAgent(t)
    expect(s.get('intel')!.evidence.some((e) => e.note.includes('"6'))).toBe(true)
    expect(s.get('lookout')!.evidence.filter((e) => e.note.includes('"6'))).toEqual([])
    // A quote of a JSON reply is matched to it as read: in the text its line break is the two characters "\n".
    const j = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security.txt' }, '- 24 cameras in total, recorded all night.')
      .say('hacker', 'The file lists 24 cameras, all recording.')
      .say('intel', '{"reply": "Cars pass every ten minutes.\\nOnly 6 cameras are live at night."}')
      .say('lookout', '> Only 6 cameras are live at night.\n\nThat is not what the file says: 24, all recording.')
      .blandRound().build()
    expect(byAgent(j).get('lookout')!.evidence.filter((e) => e.note.includes('"6'))).toEqual([])
  })

  it('reads a quote nobody said before as the speaker\'s own words: a new claim in quote marks is still a claim', () => {
    const earlier = [quoteKey('The van is parked two streets away.')]
    expect(plainLayout('> the alarm panel resets at 04:10\nso we have time', earlier)).toBe(' the alarm panel resets at 04:10\nso we have time')
    // Too short to tell whose it is ("> ok"): the speaker's.
    expect(plainLayout('> parked\nfine', earlier)).toBe(' parked\nfine')
    // The speaker's own earlier words quoted back are theirs too.
    const t = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security.txt' }, '- 24 cameras in total, recorded all night.')
      .say('hacker', 'The file lists 24 cameras, all recording.')
      .say('lookout', '> Only 6 cameras are live at night.\n\nSo we walk past most of them.')
      .blandRound().build()
    expect(byAgent(t).get('lookout')!.evidence.some((e) => e.note.includes('"6'))).toBe(true)
  })

  it('does not read spaced multiplication as a role-play action', () => {
    for (const sum of ['12 * 3 * 2 = 72 cameras in all', 'it\'s 45 * 60 = 2700 seconds, so 2700 * 2 = 5400 for both', 'it\'s 45 minutes *times 60 = 2700 seconds*, not 3000'])
      expect(plainLayout(sum)).toBe(sum)
    // Actions that end in a stop, or name a figure in words, still are.
    expect(plainLayout('*sighs heavily.* "Fine." *counts two guards on the roof*')).toBe('\nsighs heavily.\n Fine. \ncounts two guards on the roof\n')
  })

  it('reads a long line with one asterisk in linear work: an action is at most 200 characters', () => {
    // 30 000 characters after a lone "*", mostly blanks (padding, a pasted table): the old pattern
    // tried every end for every blank (quadratic: ~0.6 s for this test alone, 60 ms for a line of words);
    // the bounded one looks at most 200 characters ahead once. Behaviour asserted, no clock.
    for (const long of [`note * ${' '.repeat(30_000)}done`, `note * ${'the van waits out back and '.repeat(750)}done`]) {
      expect(long.length).toBeGreaterThan(20_000)
      expect(plainLayout(long)).toBe(long)
    }
    // An action longer than the bound is left as it is.
    const longAction = `*${'walks on '.repeat(30)}slowly*`
    expect(plainLayout(longAction)).toBe(longAction)
  })

  it('reads tool talk from what an agent says, not from the gestures it narrates', () => {
    // Everyone works from the documents; the lookout, who calls no tool, narrates touching the prints in
    // every reply. A gesture at a prop is no talk of a tool it did not use.
    const session = (lookout: (i: number) => string) => {
      const t = new TranscriptBuilder()
      for (let i = 0; i < 4; i++) {
        t.tool('hacker', 'read_file', { filename: 'layout.txt' }, 'Side door on Elm Street, alarmed after 22:00.').say('hacker', 'Side door on Elm is alarmed late, I will cut it.')
          .say('planner', 'Good, we keep the timeline as agreed.').say('intel', 'Two guards walk the lobby at night.')
          .say('lookout', lookout(i)).say('driver', 'The car stays round the corner.').say('safecracker', 'I bring the quiet drill.')
      }
      return byAgent(t.build(), { phrases: true }).get('lookout')!.evidence.filter((e) => e.note.startsWith('talks about tools')).length
    }
    expect(session((i) => `*taps the blueprints on the table* "Street's quiet, round ${i + 1}."`)).toBe(0)
    expect(session((i) => `*rolls out the floor plan and the old blueprints* "Nothing moving out front, round ${i + 1}."`)).toBe(0)
    // Said out loud, the same reference is talk of the file reader, as before.
    expect(session((i) => `I went through the blueprints again, round ${i + 1}, street is quiet.`)).toBe(1)
  })
})
