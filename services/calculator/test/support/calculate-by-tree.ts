// The calculator as it was before the one-pass evaluator (issue 16): an AST built from a token
// array, then evaluated. Kept here as calculate.test.ts's oracle only: the one-pass evaluator must
// give the same value or the same error (code and message) for every expression.
// Independent where the two could disagree: parsing and evaluation order (a tree walked after the
// whole expression parsed, against evaluation while reading). Shared, not copied: what both only
// look up (the function table, constants, limits, syntax-error and number formats), which
// calculate.ts owns; a copy of those could only drift, and the comparison would then test the copy.
import { HeistError } from '@heist/shared'
import { CALC_LIMITS, CONSTANTS, FUNCTIONS, formatNumber, syntaxError, type FunctionSpec } from '../../src/calculate.js'
import { tokenize, type Token } from '../../src/tokenize.js'

type Node =
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'neg'; operand: Node }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/' | '%' | '^'; left: Node; right: Node; pos: number }
  | { kind: 'call'; name: string; args: Node[]; pos: number }

function describe(token: Token): string {
  return token.kind === 'end' ? 'end of expression' : `'${token.text}'`
}

/** Recursive-descent parser: expr → term (± term)*, term → unary (×÷% unary)*, unary → -unary | power, power → primary (^ unary)? */
class Parser {
  private index = 0
  private depth = 0
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.expression()
    const next = this.peek()
    if (next.kind !== 'end') throw syntaxError(`unexpected ${describe(next)}`, next.pos)
    return node
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { kind: 'end', text: '', pos: 0 }
  }

  private take(): Token {
    const token = this.peek()
    this.index++
    return token
  }

  private nest<T>(pos: number, inner: () => T): T {
    if (++this.depth > CALC_LIMITS.maxDepth) throw new HeistError('CALC_TOO_DEEP', `expression nests deeper than ${CALC_LIMITS.maxDepth} levels at position ${pos + 1}`, 400, { position: pos + 1 })
    try {
      return inner()
    } finally {
      this.depth--
    }
  }

  private expression(): Node {
    let left = this.term()
    for (let t = this.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-'); t = this.peek()) {
      this.take()
      left = { kind: 'bin', op: t.text, left, right: this.term(), pos: t.pos }
    }
    return left
  }

  private term(): Node {
    let left = this.unary()
    for (let t = this.peek(); t.kind === 'op' && (t.text === '*' || t.text === '/' || t.text === '%'); t = this.peek()) {
      this.take()
      left = { kind: 'bin', op: t.text, left, right: this.unary(), pos: t.pos }
    }
    return left
  }

  private unary(): Node {
    const t = this.peek()
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      this.take()
      const operand = this.nest(t.pos, () => this.unary())
      return t.text === '-' ? { kind: 'neg', operand } : operand
    }
    return this.power()
  }

  private power(): Node {
    const base = this.primary()
    const t = this.peek()
    if (t.kind === 'op' && t.text === '^') {
      this.take()
      // Right-associative: 2^3^2 = 2^(3^2); the exponent may carry a sign (2^-1).
      return { kind: 'bin', op: '^', left: base, right: this.nest(t.pos, () => this.unary()), pos: t.pos }
    }
    return base
  }

  private primary(): Node {
    const t = this.take()
    if (t.kind === 'num') return { kind: 'num', value: t.value, pos: t.pos }
    if (t.kind === 'lparen') {
      const inner = this.nest(t.pos, () => this.expression())
      this.expect('rparen', "')'")
      return inner
    }
    if (t.kind === 'ident') return this.identifier(t)
    throw syntaxError(t.kind === 'end' ? 'expression ends too early' : `unexpected ${describe(t)}`, t.pos)
  }

  private identifier(t: Token & { kind: 'ident' }): Node {
    const name = t.text.toLowerCase()
    if (this.peek().kind !== 'lparen') {
      // Own properties only: `constructor` or `__proto__` must not reach Object.prototype.
      const constant = Object.hasOwn(CONSTANTS, name) ? CONSTANTS[name] : undefined
      if (constant === undefined) throw syntaxError(`unknown name '${t.text}'`, t.pos)
      return { kind: 'num', value: constant, pos: t.pos }
    }
    if (!Object.hasOwn(FUNCTIONS, name)) throw syntaxError(`unknown function '${t.text}' (known: ${Object.keys(FUNCTIONS).join(', ')})`, t.pos)
    this.take()
    const args = this.nest(t.pos, () => this.arguments())
    return { kind: 'call', name, args, pos: t.pos }
  }

  private arguments(): Node[] {
    const args: Node[] = []
    if (this.peek().kind === 'rparen') {
      this.take()
      return args
    }
    for (;;) {
      args.push(this.expression())
      if (args.length > CALC_LIMITS.maxArgs) throw syntaxError(`too many arguments (max ${CALC_LIMITS.maxArgs})`, this.peek().pos)
      const next = this.take()
      if (next.kind === 'rparen') return args
      if (next.kind !== 'comma') throw syntaxError(`expected ',' or ')' but found ${describe(next)}`, next.pos)
    }
  }

  private expect(kind: Token['kind'], label: string): void {
    const t = this.take()
    if (t.kind !== kind) throw syntaxError(`expected ${label} but found ${describe(t)}`, t.pos)
  }
}

function finite(value: number, pos: number): number {
  if (Number.isNaN(value)) throw new HeistError('CALC_DOMAIN', `the result is not a real number at position ${pos + 1}`, 400, { position: pos + 1 })
  if (!Number.isFinite(value)) throw new HeistError('CALC_OVERFLOW', `the result is too large at position ${pos + 1}`, 400, { position: pos + 1 })
  return value
}

function power(base: number, exponent: number, pos: number): number {
  if (Math.abs(exponent) > CALC_LIMITS.maxExponent) throw new HeistError('CALC_OVERFLOW', `exponent ${exponent} is too large (|exponent| ≤ ${CALC_LIMITS.maxExponent}) at position ${pos + 1}`, 400, { position: pos + 1 })
  if (base === 0 && exponent < 0) throw new HeistError('CALC_DIVIDE_BY_ZERO', `0 raised to a negative power divides by zero at position ${pos + 1}`, 400, { position: pos + 1 })
  return base ** exponent
}

function applyOperator(op: '+' | '-' | '*' | '/' | '%' | '^', a: number, b: number, pos: number): number {
  switch (op) {
    case '+': return a + b
    case '-': return a - b
    case '*': return a * b
    case '/': return a / b
    case '%': return a % b
    case '^': return power(a, b, pos)
  }
}

function evaluate(node: Node): number {
  switch (node.kind) {
    case 'num':
      return finite(node.value, node.pos)
    case 'neg':
      return -evaluate(node.operand)
    case 'call': {
      const spec = FUNCTIONS[node.name] as FunctionSpec
      if (node.args.length < spec.min || node.args.length > spec.max) {
        const wanted = spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`
        throw new HeistError('CALC_SYNTAX', `${node.name}() takes ${wanted} argument(s), got ${node.args.length} at position ${node.pos + 1}`, 400, { position: node.pos + 1 })
      }
      return finite(spec.apply(node.args.map(evaluate)), node.pos)
    }
    case 'bin': {
      const a = evaluate(node.left)
      const b = evaluate(node.right)
      if ((node.op === '/' || node.op === '%') && b === 0) {
        throw new HeistError('CALC_DIVIDE_BY_ZERO', `${node.op === '/' ? 'division' : 'modulo'} by zero at position ${node.pos + 1}`, 400, { position: node.pos + 1 })
      }
      return finite(applyOperator(node.op, a, b, node.pos), node.pos)
    }
  }
}

/** Evaluate an arithmetic expression without `eval`: a tokenizer, a bounded parser, an evaluator. */
export function calculateByTree(expression: string): { value: number; text: string } {
  if (expression.length > CALC_LIMITS.maxLength) throw new HeistError('CALC_TOO_LONG', `expression is longer than ${CALC_LIMITS.maxLength} characters`)
  const tokens = tokenize(expression)
  if (tokens.length === 1) throw new HeistError('CALC_SYNTAX', 'expression is empty', 400, { position: 1 })
  const value = evaluate(new Parser(tokens).parse())
  const clean = Object.is(value, -0) ? 0 : value
  return { value: clean, text: formatNumber(clean) }
}
