import { encode } from 'gpt-tokenizer'
import { describe, expect, it } from 'vitest'
import { countTokens } from '../src/tokens.js'

const whole = (text: string) => encode(text, { disallowedSpecial: new Set() }).length

/** A seeded generator, so a failure names a reproducible text. */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

describe('countTokens', () => {
  it('counts a long multi-line text exactly as the whole text is counted', () => {
    // Pieces chosen where the pre-tokenizer's rules meet a newline: punctuation before it, "/" and spaces after it, runs of newlines.
    const pieces = ['word', 'Word', ' word', '.', '.\n', '\n', '\n\n', ' \n', '\n ', '/', '\n/', 'x/y', '42', '1234', ':', '**24 cameras**', "it's", '- bullet', '\t', '\r\n', 'é', '🙂', ' ', '  ', '[planner] ', '{"a":1}', 'Round 3 of 5.', 'B-1, no cameras']
    for (let seed = 1; seed <= 300; seed++) {
      const rand = lcg(seed)
      const text = Array.from({ length: 40 + Math.floor(rand() * 200) }, () => pieces[Math.floor(rand() * pieces.length)]).join('')
      expect(countTokens(text), `seed ${seed}`).toBe(whole(text))
    }
  })

  it('counts a system prompt the same after one of its lines changes', () => {
    const base = Array.from({ length: 30 }, (_, i) => `Line ${i}: the guards rotate at 22:00, cameras: 24.`).join('\n')
    const changed = base.replace('Line 7:', 'Line seven, changed:')
    expect(countTokens(base)).toBe(whole(base))
    expect(countTokens(changed)).toBe(whole(changed))
  })
})
