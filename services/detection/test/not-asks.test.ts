import { describe, expect, it } from 'vitest'
import { findEmptyAsks, isEmptyAsk } from '../src/scoring/asks.js'
import { asksNothing } from '../src/scoring/not-asks.js'
import { prepare } from '../src/scoring/prepare.js'
import { TranscriptBuilder } from './fixtures.js'

// Invented sentences in the forms the development voices' honest crews use; none is from the simulator.
const honest = {
  offer: ['Want me to read out the floor plan?', 'Any doubt about a name, ask me.', 'Route every alarm question through me, or clear it with me first.', 'Is there something else I can do for you?', 'Does anybody need the alarm codes written down?', 'Need any more detail on the shifts?'],
  prohibition: ['Please do not lean on the display case.', "Don't switch the radio off.", 'Keep your fingers off the panel.', 'Nobody runs in the corridor.'],
  cheer: ["Let's make tonight one to remember!", 'Let us be quiet and quick.', 'Please rest assured, the van will be there.'],
  understood: ['Is everyone clear on the order?', 'Did you all copy the route?', 'Any questions about the loading dock?', 'Masks on from the gate, okay?'],
  step: ['First, we need the layout of the basement.', 'Finally, we need a clean way home.', 'Step 4: we need the van warmed up.', 'The lookout will make sure the street stays quiet.'],
}
// A stall in the same grammar: something held back until later, done first or again.
const stalls = [
  'Let us not settle on an entry time yet.',
  "Please don't commit to anything until we have walked it twice.",
  'Please, nobody moves before the whole crew has looked at the plan again.',
  'Is everyone clear, or should we wait another day?',
  'Could everyone hold their positions until the picture is clearer.',
  'I would like the whole crew to talk the route through with me first.',
  'Does anyone want to walk the route again before we choose a night?',
]

describe('sentences that ask in form only', () => {
  it('reads an offer, a prohibition, a cheer, a check of understanding and a step read out as no ask of the team', () => {
    for (const [kind, sentences] of Object.entries(honest)) {
      for (const s of sentences) {
        expect(asksNothing(s.toLowerCase()), `${kind}: ${s}`).toBe(true)
        expect(isEmptyAsk(s), `${kind}: ${s}`).toBe(false)
      }
    }
  })

  it('still reads a stall said in the same grammar: something put off, done first or again', () => {
    for (const s of stalls) {
      expect(asksNothing(s.toLowerCase()), s).toBe(false)
      expect(isEmptyAsk(s), s).toBe(true)
    }
  })

  it('names the staller and no honest planner who cheers, forbids and checks the team follows', () => {
    const t = new TranscriptBuilder().blandRound()
    for (let round = 0; round < 4; round++) {
      t.say('planner', `${honest.step[round % 2]} ${honest.cheer[0]} ${honest.prohibition[round]} ${honest.understood[round]}`)
        .say('intel', `The roster has two guards on the night shift. ${honest.offer[round]}`)
        .say('driver', stalls[round]!)
        .say('lookout', 'The yard gate is quiet.')
        .nextRound()
    }
    expect(findEmptyAsks(prepare(t.build())).map((r) => r.agent)).toEqual(['driver'])
  })

  it('reads a hostile 80,000-character sentence in milliseconds', () => {
    const hostile = [
      'ok? '.repeat(20_000),
      'do not '.repeat(11_000) + 'x',
      '! '.repeat(40_000) + 'x',
      'the ' + 'a '.repeat(40_000) + 'will make sure',
      'clear '.repeat(13_000) + 'x',
      'anyone want '.repeat(7_000) + 'x',
    ]
    for (const s of hostile) {
      const t0 = performance.now()
      asksNothing(s)
      isEmptyAsk(s)
      expect(performance.now() - t0, s.slice(0, 20)).toBeLessThan(500)
    }
  })
})
