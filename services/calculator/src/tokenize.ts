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

/** The tokens of ASCII punctuation, by character code: the operators of OPERATORS, parentheses and the comma. */
const ASCII_TOKENS: ({ kind: 'op' | 'lparen' | 'rparen' | 'comma'; text: string } | undefined)[] = Array.from({ length: 128 }, () => undefined)
for (const [text, op] of Object.entries(OPERATORS)) if (text.charCodeAt(0) < 128) ASCII_TOKENS[text.charCodeAt(0)] = { kind: 'op', text: op }
ASCII_TOKENS[40] = { kind: 'lparen', text: '(' }
ASCII_TOKENS[41] = { kind: 'rparen', text: ')' }
ASCII_TOKENS[44] = { kind: 'comma', text: ',' }

// The scanner reads character codes instead of trying three sticky regular expressions at every
// position: a regex `exec` and its match array cost more than the rest of a small calculation
// (issue 16). It accepts exactly what these patterns did, which the tests check against them:
//   number /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/, name /[A-Za-z_][A-Za-z0-9_]*/, blanks /\s+/.
const UNICODE_SPACE = /\s/

const isDigit = (code: number) => code >= 48 && code <= 57
const isNameStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95
const isNamePart = (code: number) => isNameStart(code) || isDigit(code)
/** `\s` of a regular expression: the ASCII blanks here, any other code asked of the pattern itself. */
const isSpace = (text: string, pos: number) => {
  const code = text.charCodeAt(pos)
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && UNICODE_SPACE.test(text.charAt(pos)))
}

function digitsEnd(text: string, pos: number): number {
  while (isDigit(text.charCodeAt(pos))) pos++
  return pos
}

/** Where a number starting at `pos` ends (`pos` itself when none starts there). */
function numberEnd(text: string, pos: number): number {
  let end = digitsEnd(text, pos)
  if (end > pos) {
    if (text.charCodeAt(end) === 46) end = digitsEnd(text, end + 1) // `.` and any digits after it
  } else if (text.charCodeAt(pos) === 46 && isDigit(text.charCodeAt(pos + 1))) {
    end = digitsEnd(text, pos + 1)
  } else {
    return pos
  }
  const e = text.charCodeAt(end)
  if (e === 101 || e === 69) { // an exponent only with at least one digit: `2e` is 2 then the name `e`
    const sign = text.charCodeAt(end + 1)
    const first = sign === 43 || sign === 45 ? end + 2 : end + 1
    if (isDigit(text.charCodeAt(first))) end = digitsEnd(text, first)
  }
  return end
}

/** Split an expression into tokens; the last token is always `end`. */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  while (pos < expression.length) {
    if (isSpace(expression, pos)) {
      pos++
      continue
    }
    const end = numberEnd(expression, pos)
    if (end > pos) {
      const number = expression.slice(pos, end)
      tokens.push({ kind: 'num', value: Number(number), text: number, pos })
      pos = end
      continue
    }
    if (isNameStart(expression.charCodeAt(pos))) {
      let nameEnd = pos + 1
      while (isNamePart(expression.charCodeAt(nameEnd))) nameEnd++
      tokens.push({ kind: 'ident', text: expression.slice(pos, nameEnd), pos })
      pos = nameEnd
      continue
    }
    const code = expression.charCodeAt(pos)
    if (code === 42 && expression.charCodeAt(pos + 1) === 42) { // `**`
      tokens.push({ kind: 'op', text: '^', pos })
      pos += 2
      continue
    }
    // ASCII punctuation by its code: a one-character string and a lookup in OPERATORS (a keyed
    // load of a dictionary) for each was most of this function's count (issue 16).
    const ascii = code < 128 ? ASCII_TOKENS[code] : undefined
    if (ascii !== undefined) {
      tokens.push({ kind: ascii.kind, text: ascii.text, pos } as Token)
      pos++
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
