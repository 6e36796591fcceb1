import { isHeistError, mulberry32 } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { tokenize, type Token } from '../src/tokenize.js'

/**
 * The tokenizer as it was written with sticky regular expressions: the definition of what the
 * character scanner must accept. Kept here as the test's oracle only.
 */
function tokenizeByPatterns(expression: string): Token[] | string {
  const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y
  const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y
  const WHITESPACE = /\s+/y
  const OPERATORS: Record<string, Token['text']> = { '+': '+', '-': '-', '\u2212': '-', '*': '*', '\u00d7': '*', '\u22c5': '*', '/': '/', '\u00f7': '/', '%': '%', '^': '^' }
  const at = (pattern: RegExp, pos: number) => {
    pattern.lastIndex = pos
    return pattern.exec(expression)?.[0] ?? null
  }
  const tokens: Token[] = []
  let pos = 0
  while (pos < expression.length) {
    const space = at(WHITESPACE, pos)
    if (space) {
      pos += space.length
      continue
    }
    const number = at(NUMBER, pos)
    if (number) {
      tokens.push({ kind: 'num', value: Number(number), text: number, pos })
      pos += number.length
      continue
    }
    const ident = at(IDENT, pos)
    if (ident) {
      tokens.push({ kind: 'ident', text: ident, pos })
      pos += ident.length
      continue
    }
    if (expression.startsWith('**', pos)) {
      tokens.push({ kind: 'op', text: '^', pos })
      pos += 2
      continue
    }
    const char = String.fromCodePoint(expression.codePointAt(pos) ?? 0)
    const op = OPERATORS[char]
    if (op) tokens.push({ kind: 'op', text: op, pos } as Token)
    else if (char === '(' || char === ')' || char === ',') tokens.push({ kind: char === '(' ? 'lparen' : char === ')' ? 'rparen' : 'comma', text: char, pos })
    else return `unexpected character '${char}' at position ${pos + 1}`
    pos += char.length
  }
  tokens.push({ kind: 'end', text: '', pos })
  return tokens
}

function tokenizeOrError(expression: string): Token[] | string {
  try {
    return tokenize(expression)
  } catch (error) {
    if (isHeistError(error) && error.code === 'CALC_SYNTAX') return error.message
    throw error
  }
}

// Every kind of character the patterns tell apart: digits, dots, exponents and their signs,
// names, ASCII and Unicode blanks (U+00A0, U+2028, U+3000, U+FEFF), a blank-looking non-blank
// (U+200B), operators in both spellings, a character outside the BMP, and rejected ones.
const ALPHABET = [...'0123456789..eeEE++--_aZxm(),*/%^ \t\n\r\v\f;$`', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u2212', '\u00d7', '\u22c5', '\u00f7', '\u{1d7d8}', 'é', '**']

describe('tokenize', () => {
  test.each([
    '45 * 60 + max(3, 4)', '1.e5', '1.5e-3', '.5', '2e', '2e+', '2E+7x', '1..2', '12.', '.', 'e5', '_a1 b_2', '3\u00a0+\u20284', '2**3', '\u{1d7d8}', '7\u200b',
  ])('%j is split as the patterns split it', (expression) => {
    expect(tokenizeOrError(expression)).toEqual(tokenizeByPatterns(expression))
  })

  test('5 000 random expressions are split exactly as the patterns split them', () => {
    const random = mulberry32(16)
    const differing: string[] = []
    for (let i = 0; i < 5_000; i++) {
      const length = 1 + Math.floor(random() * 12)
      const expression = Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('')
      if (JSON.stringify(tokenizeOrError(expression)) !== JSON.stringify(tokenizeByPatterns(expression))) differing.push(expression)
    }
    expect(differing).toEqual([])
  })
})
