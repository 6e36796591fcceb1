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

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/
const WHITESPACE = /^\s+/

/** Split an expression into tokens; the last token is always `end`. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  while (pos < expression.length) {
    const rest = expression.slice(pos)
    const space = WHITESPACE.exec(rest)
    if (space) {
      pos += space[0].length
      continue
    }
    const number = NUMBER.exec(rest)
    if (number) {
      tokens.push({ kind: 'num', value: Number(number[0]), text: number[0], pos })
      pos += number[0].length
      continue
    }
    const ident = IDENT.exec(rest)
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0], pos })
      pos += ident[0].length
      continue
    }
    if (rest.startsWith('**')) {
      tokens.push({ kind: 'op', text: '^', pos })
      pos += 2
      continue
    }
    const char = String.fromCodePoint(rest.codePointAt(0) ?? 0)
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
