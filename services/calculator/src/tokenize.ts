import { HeistError } from '@heist/shared'

export type Token =
  | { kind: 'num'; value: number; text: string; pos: number }
  | { kind: 'op'; text: '+' | '-' | '*' | '/' | '%' | '^'; pos: number }
  | { kind: 'ident'; text: string; pos: number }
  | { kind: 'lparen' | 'rparen' | 'comma' | 'end'; text: string; pos: number }

/** Operator spellings a model or a person may write, mapped to one canonical operator. */
const OPERATORS: Record<string, '+' | '-' | '*' | '/' | '%' | '^'> = {
  '+': '+',
  '-': '-',
  '\u2212': '-', // − minus sign
  '*': '*',
  '\u00d7': '*', // ×
  '\u22c5': '*', // ⋅
  '/': '/',
  '\u00f7': '/', // ÷
  '%': '%',
  '^': '^',
}

// Sticky patterns match at `lastIndex` only, so the input is never sliced.
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y
const WHITESPACE = /\s+/y

function matchAt(pattern: RegExp, text: string, pos: number): string | null {
  pattern.lastIndex = pos
  return pattern.exec(text)?.[0] ?? null
}

/** Split an expression into tokens; the last token is always `end`. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  while (pos < expression.length) {
    const space = matchAt(WHITESPACE, expression, pos)
    if (space) {
      pos += space.length
      continue
    }
    const number = matchAt(NUMBER, expression, pos)
    if (number) {
      tokens.push({ kind: 'num', value: Number(number), text: number, pos })
      pos += number.length
      continue
    }
    const ident = matchAt(IDENT, expression, pos)
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
    if (op) tokens.push({ kind: 'op', text: op, pos })
    else if (char === '(') tokens.push({ kind: 'lparen', text: char, pos })
    else if (char === ')') tokens.push({ kind: 'rparen', text: char, pos })
    else if (char === ',') tokens.push({ kind: 'comma', text: char, pos })
    else throw new HeistError('CALC_SYNTAX', `unexpected character '${char}' at position ${pos + 1}`, 400, { position: pos + 1 })
    pos += char.length
  }
  tokens.push({ kind: 'end', text: '', pos })
  return tokens
}
