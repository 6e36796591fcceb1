import { describe, expect, test } from 'vitest'
import { outcomeText } from '../src/outcome-text.js'

describe('the words of an evaluation', () => {
  test('a right "nobody" in a control game does not say a mole was found', () => {
    expect(outcomeText('success', 'nobody')).toMatch(/^SUCCESS — right call: there is no mole/)
    expect(outcomeText('success', 'nobody')).not.toMatch(/found the mole/)
  })

  test('a wrong accusation does not claim a saboteur exists (in a control game there is none)', () => {
    expect(outcomeText('failure', 'hacker')).toBe('FAILURE — wrong call: you accused an innocent crew member.')
    expect(outcomeText('failure', 'hacker')).not.toMatch(/saboteur|mole/)
  })

  test('a right accusation, a wrong "nobody", and no guess at all', () => {
    expect(outcomeText('success', 'driver')).toBe('SUCCESS — you found the mole; the heist goes ahead.')
    expect(outcomeText('failure', 'nobody')).toBe('FAILURE — wrong call: there was a mole, and it got away with it.')
    expect(outcomeText('busted', null)).toMatch(/^BUSTED — no one was accused/)
  })
})
