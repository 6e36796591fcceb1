import { describe, expect, it } from 'vitest'
import { byAgent, TranscriptBuilder } from './fixtures.js'

/** Invented document lines with the facts of the game's documents: a lockout, a handover window, a drill bit, the time inside. */
const SPECS = 'Wrong code entered 3 times -> 30-minute lockout.\nShift changes leave a 10-15 minute handover window.\nDrill bit change: 2 minutes.\nMax safe time inside       45 minutes'
const against = (e: { note: string }) => e.note.includes('but the tool results say')

describe('a figure on a topic the tools give figures for is held to them, whatever another topic gives', () => {
  it('holds "10 minutes per wrong code" to the 30-minute lockout, though the handover window gives 10 minutes', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, SPECS)
      .say('hacker', 'Three wrong codes and we are locked out for 30 minutes.')
      .say('safecracker', 'Remember the lockout: 10 minutes per wrong code, so one slip costs us the window.')
      .blandRound(['hacker', 'safecracker']).build())
    expect(s.get('safecracker')!.evidence.filter(against).map((e) => e.note)).toEqual([expect.stringContaining('"10 minutes" (lockout)')])
  })

  it('still excuses a figure the calculator computed, and one whose topic no tool result gives', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, SPECS)
      .tool('safecracker', 'calculator', { expression: '3 * 12 + 9' }, '3 * 12 + 9 = 45')
      .say('safecracker', 'Three housings at 12 minutes plus 9 of setup: 45 minutes.')
      // The drill's 45 is the team's arithmetic (it is also the 45 minutes inside); the getaway has no figure of its own.
      .say('planner', 'So the drill needs 45 minutes, and the getaway drive is 10 minutes.')
      .blandRound(['hacker', 'safecracker', 'planner']).build())
    expect(s.get('planner')!.evidence.filter(against).map((e) => e.note)).toEqual([])
  })
})
