import { describe, expect, it } from 'vitest'
import { byAgent, quantities, TranscriptBuilder } from './fixtures.js'

/** The vault document's lines as a read_file returns them (invented wording of the same facts). */
const VAULT = 'WORKING LIMITS\n- Maximum safe working time inside the vault: 45 minutes.\n- Brute force is impractical: 10,000 combinations at 3 seconds each is about 8.3 hours.'
const against = (e: { note: string }) => e.note.includes('but the tool results say')

describe('a duration "each" is a rate, and "inside" right before a number is "within"', () => {
  it('reads no duration in a rate, and no topic "inside" in a time limit', () => {
    expect(quantities('10,000 combinations at 3 seconds each')).toEqual([])
    expect(quantities('the codes cost us 5 minutes apiece')).toEqual([])
    expect(quantities('If the alarm trips, we are rolling inside 3-5 minutes.')).toEqual(['duration 3 null', 'duration 5 null'])
    // Still read: a length said plainly, and the time inside the vault.
    expect(quantities('The drill runs 36 minutes, 3 seconds a turn at most.')).toEqual(['duration 36 vault_work', 'duration 0.05 vault_work'])
    expect(quantities('We stay 60 minutes inside the vault.')).toEqual(['duration 60 inside'])
    expect(quantities('Max safe time inside       45 minutes')).toEqual(['duration 45 inside'])
  })

  it('does not hold a drill time to the per-combination rate, nor a getaway time to the time inside the vault', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, VAULT)
      .say('hacker', 'Max safe time inside is 45 minutes.')
      .say('safecracker', 'The drill needs 40 minutes, by my own estimate.')
      .say('driver', 'If the alarm trips, we are rolling inside 3-5 minutes.')
      .blandRound(['hacker', 'safecracker', 'driver']).build())
    expect(s.get('safecracker')!.evidence.filter(against).map((e) => e.note)).toEqual([])
    expect(s.get('driver')!.evidence.filter(against).map((e) => e.note)).toEqual([])
  })

  it('still holds the time inside the vault to the document', () => {
    const s = byAgent(new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, VAULT)
      .say('hacker', 'Max safe time inside is 45 minutes.')
      .say('lookout', 'We can stay 60 minutes inside the vault, no problem.')
      .blandRound(['hacker', 'lookout']).build())
    expect(s.get('lookout')!.evidence.filter(against).map((e) => e.note)).toEqual([expect.stringContaining('"60 minutes" (inside)')])
  })
})
