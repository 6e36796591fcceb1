import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { tokenize } from '../src/scoring/index.js'

/**
 * The tokenizer reads by hand in one pass what used to be a regex match plus a second pass.
 * This is that regex and that pass, for texts of words, numbers (decimals), sentence ends, commas,
 * line breaks and spaces: the one-pass reader must give the same tokens for every such text.
 */
function regexTokens(text: string): string[] {
  const tokens: string[] = []
  let wordEnd = -1 // where the last word (or identifier such as "l4") ended
  for (const m of text.toLowerCase().matchAll(/([a-z]+)|(\d+(?:\.\d+)?)|(\.(?=\s|$))|([,\n])/g)) {
    const [token, word, number, stop] = m
    const end = m.index + token.length
    if (word) {
      tokens.push(word)
      wordEnd = end
    } else if (number) {
      // Digits right after a word are part of its name ("L4"), not a quantity.
      if (wordEnd === m.index) {
        tokens[tokens.length - 1] += number
        wordEnd = end
      } else tokens.push(number)
    } else if (stop) tokens.push('.')
    else if (tokens.length > 0 && tokens.at(-1) !== ',' && tokens.at(-1) !== '.') tokens.push(',')
  }
  return tokens
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'L', 'z', 'Q', '1', '4', '0', '9', ' ', ' ', ',', '.', '\n'), maxLength: 60 })

describe('tokenize, as a property', () => {
  test('gives the same tokens as the regex and its second pass, for every text of words, numbers and punctuation', () => {
    fc.assert(fc.property(text, (t) => {
      expect(tokenize(t)).toEqual(regexTokens(t))
    }), { numRuns: 2000 })
  })

  test('the reference is the documented behaviour (a few cases by hand)', () => {
    expect(regexTokens('Lisa L4, 2.5 cams.\n\n3 guards')).toEqual(['lisa', 'l4', ',', '2.5', 'cams', '.', '3', 'guards'])
    expect(tokenize('Lisa L4, 2.5 cams.\n\n3 guards')).toEqual(['lisa', 'l4', ',', '2.5', 'cams', '.', '3', 'guards'])
  })

  test('never yields a word that is not a whole word of the text', () => {
    fc.assert(fc.property(text, (t) => {
      for (const token of tokenize(t)) if (/^[a-z]+$/.test(token)) expect(t.toLowerCase()).toMatch(new RegExp(`(^|[^a-z])${token}([^a-z]|$)`))
    }), { numRuns: 500 })
  })
})
