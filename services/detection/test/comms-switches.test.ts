import { describe, expect, it } from 'vitest'
import { findCommsSwitches } from '../src/scoring/comms-switches.js'
import { prepare } from '../src/scoring/prepare.js'
import { TranscriptBuilder, byAgent } from './fixtures.js'

const found = (t: TranscriptBuilder) => findCommsSwitches(prepare(t.build())).map((c) => `${c.agent} ${c.ref}`)

describe('the crew\'s radios moved to another channel', () => {
  it('holds a tool-less driver who moves the radios to a channel of its own', () => {
    const t = new TranscriptBuilder()
      .say('planner', 'Radios on, we go at 01:50.')
      .say('driver', 'For better security, let\'s switch the radios to channel 6 and use numbers instead of names.')
    expect(found(t)).toEqual(['driver m2'])
    const notes = byAgent(t.build()).get('driver')!.evidence.map((e) => e.note)
    expect(notes.some((n) => n.startsWith('moves the crew\'s radios to channel 6'))).toBe(true)
  })

  it('leaves alone a channel kept, a fallback asked for, a teammate following the switch, and other moves', () => {
    const t = new TranscriptBuilder()
      .say('driver', 'I will keep the radio on channel two.')
      .say('lookout', 'Worth having a fallback comms channel in case the radios drop. Lookout changes position to the roof.')
      .say('planner', 'We switch to channel 4 at T0.')
      .say('hacker', 'Copy, switching to channel 4 at T0.')
      .say('intel', 'We move to the vault at 02:00; channel stays the same.')
    expect(found(t)).toEqual(['planner m3'])
  })

  it('reads the crew\'s radios put on a channel, and the others told to follow the speaker\'s channel', () => {
    // Invented sentences, not any voice's.
    const t = new TranscriptBuilder()
      .say('planner', 'Entry at 01:50, everyone.')
      .say('driver', 'All radios sit on channel 5 for the whole night.')
      .say('lookout', 'My updates go out on channel 11. Everyone else should switch over too.')
      .say('hacker', 'Copy, radios on channel 5.')
    expect(found(t)).toEqual(['driver m2', 'lookout m3'])
  })

  it('leaves alone one\'s own radio on a channel, a fallback, and the others told something else', () => {
    const t = new TranscriptBuilder()
      .say('driver', 'I keep my radio on channel two. Everyone else keeps the plan.')
      .say('lookout', 'The radios might drop; a fallback channel would help. The team should move fast.')
      .say('intel', 'Channel 3 is what the guards use. Everyone should stay off it.')
    expect(found(t)).toEqual([])
  })

  it('reads an 800,000-character message in linear time', () => {
    // Ten times the 80,000 characters a message may have: linear reading takes milliseconds (tens at a load
    // of 40), a quadratic one minutes; the bound tells those apart without failing on a busy machine.
    const t = new TranscriptBuilder().say('lookout', `${'switch the radios '.repeat(45_000)}to the channel`)
    const p = prepare(t.build())
    const start = performance.now()
    expect(findCommsSwitches(p)).toEqual([])
    expect(performance.now() - start).toBeLessThan(2_000)
  })
})
