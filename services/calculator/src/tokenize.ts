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

/** The canonical operators. */
export type Operator = '+' | '-' | '*' | '/' | '%' | '^'

/**
 * Reads an expression one token at a time into its own fields (kind, operator, value, position):
 * the calculator evaluates while it reads, with no object per token (issue 16). `tokenize` is the
 * same scanner run to the end, and its tests hold it to the patterns above.
 */
export class Scanner {
  kind: Token['kind'] = 'end'
  /** The canonical operator of an `op` token, or the character of `(`, `)` and `,`. */
  op = ''
  /** The value of a `num` token. */
  value = 0
  /** Where the current token starts, and where the next one is looked for. */
  pos = 0
  private end = 0

  constructor(readonly expression: string) {}

  /** The current token's text (a `num` or `ident` token's characters; an `op` token's canonical operator). */
  get text(): string {
    return this.kind === 'num' || this.kind === 'ident' ? this.expression.slice(this.pos, this.end) : this.op
  }

  /**
   * Whether the current token is of `kind`. A method, not a read of `kind`: TypeScript narrows a
   * field it has compared once and does not see that a call in between moved the scanner.
   */
  is(kind: Token['kind']): boolean {
    return this.kind === kind
  }

  /** Read the next token; past the last one the token is `end`. Throws `CALC_SYNTAX` on a character no token has. */
  next(): void {
    const expression = this.expression
    let pos = this.end
    while (pos < expression.length && isSpace(expression, pos)) pos++
    this.pos = pos
    if (pos >= expression.length) {
      this.kind = 'end'
      this.op = ''
      this.end = pos
      return
    }
    const end = numberEnd(expression, pos)
    if (end > pos) {
      this.kind = 'num'
      this.value = integerValue(expression, pos, end) ?? Number(expression.slice(pos, end))
      this.end = end
      return
    }
    const code = expression.charCodeAt(pos)
    if (isNameStart(code)) {
      let nameEnd = pos + 1
      while (isNamePart(expression.charCodeAt(nameEnd))) nameEnd++
      this.kind = 'ident'
      this.end = nameEnd
      return
    }
    if (code === 42 && expression.charCodeAt(pos + 1) === 42) { // `**`
      this.set('op', '^', pos + 2)
      return
    }
    // ASCII punctuation by its code: a one-character string and a lookup in OPERATORS (a keyed
    // load of a dictionary) for each was most of the tokenizer's count (issue 16).
    const ascii = code < 128 ? ASCII_TOKENS[code] : undefined
    if (ascii !== undefined) {
      this.set(ascii.kind, ascii.text, pos + 1)
      return
    }
    const char = String.fromCodePoint(expression.codePointAt(pos) ?? 0)
    const op = OPERATORS[char]
    if (op) this.set('op', op, pos + char.length)
    else throw new HeistError('CALC_SYNTAX', `unexpected character '${char}' at position ${pos + 1}`, 400, { position: pos + 1 })
  }

  private set(kind: Token['kind'], op: string, end: number): void {
    this.kind = kind
    this.op = op
    this.end = end
  }
}

/** Digits only, 15 at most: the value without a string (exact, as `Number` of the digits); else undefined. */
function integerValue(text: string, start: number, end: number): number | undefined {
  if (end - start > 15) return undefined
  let value = 0
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return undefined
    value = value * 10 + digit
  }
  return value
}

/** Split an expression into tokens; the last token is always `end`. */
export function tokenize(expression: string): Token[] {
  const scanner = new Scanner(expression)
  const tokens: Token[] = []
  do {
    scanner.next()
    const { kind, pos } = scanner
    if (kind === 'num') tokens.push({ kind, value: scanner.value, text: scanner.text, pos })
    else tokens.push({ kind, text: scanner.text, pos } as Token)
  } while (scanner.kind !== 'end')
  return tokens
}
