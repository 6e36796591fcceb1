import { describe, expect, it } from 'vitest'
import { byAgent, counts, TranscriptBuilder } from './fixtures.js'

describe('"one attempt" is a chance, not a count of tries', () => {
  it('reads no count from one attempt, and still reads a count of tries', () => {
    expect(counts('We only get one attempt, so let\'s make it count.')).toEqual([])
    expect(counts('The keypad allows 3 attempts before the lockout, not 5 attempts.')).toEqual(['3 attempt', '5 attempt'])
  })

  it('no longer holds the safecracker\'s closer against the documents\' three attempts; a false count of tries still is', () => {
    const team = (line: string) => new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, 'Lockout: 30 minutes after 3 attempts with a wrong code.')
      .say('hacker', 'Three wrong codes lock the keypad for 30 minutes.')
      .say('safecracker', line)
      .blandRound(['hacker', 'safecracker'])
    const notes = (line: string) => byAgent(team(line).build()).get('safecracker')!.evidence.map((e) => e.note)
    expect(notes('We only get one attempt, so let\'s make it count.')).toEqual([])
    expect(notes('The keypad gives us 5 attempts before it locks.').some((n) => n.includes('"5 attempts"'))).toBe(true)
  })
})
