import { HeistError } from '@heist/shared'
import { Scanner, tokenize, type Operator } from './tokenize.js'

/** Limits that keep any expression cheap to evaluate. */
export const CALC_LIMITS = { maxLength: 500, maxDepth: 32, maxExponent: 1000, maxArgs: 20 } as const

export interface FunctionSpec {
  min: number
  max: number
  apply: (args: number[]) => number
}

function roundTo(value: number, digits = 0): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 12) throw new HeistError('CALC_DOMAIN', 'round(x, digits) needs whole digits between 0 and 12')
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** The functions an expression may call: the one table (the tests' tree-walking oracle reads it too). */
export const FUNCTIONS: Record<string, FunctionSpec> = {
  min: { min: 1, max: CALC_LIMITS.maxArgs, apply: (a) => Math.min(...a) },
  max: { min: 1, max: CALC_LIMITS.maxArgs, apply: (a) => Math.max(...a) },
  round: { min: 1, max: 2, apply: ([x = 0, digits]) => roundTo(x, digits) },
  floor: { min: 1, max: 1, apply: ([x = 0]) => Math.floor(x) },
  ceil: { min: 1, max: 1, apply: ([x = 0]) => Math.ceil(x) },
  abs: { min: 1, max: 1, apply: ([x = 0]) => Math.abs(x) },
  sqrt: {
    min: 1,
    max: 1,
    apply: ([x = 0]) => {
      if (x < 0) throw new HeistError('CALC_DOMAIN', 'sqrt of a negative number is not a real number')
      return Math.sqrt(x)
    },
  },
}

export const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E }

export function syntaxError(message: string, pos: number): HeistError {
  return new HeistError('CALC_SYNTAX', `${message} at position ${pos + 1}`, 400, { position: pos + 1 })
}

function describe(scanner: Scanner): string {
  return scanner.kind === 'end' ? 'end of expression' : `'${scanner.text}'`
}

/**
 * A recursive-descent parser that evaluates as it reads (expr → term (± term)*, term → unary
 * (×÷% unary)*, unary → -unary | power, power → primary (^ unary)?), with no token array, tree or
 * closure per call (issue 16). The answers are those of reading every token first, building the
 * tree, then evaluating it (the tests hold it to that version on thousands of expressions):
 * - a character no token has wins over everything: a syntax error first reads the rest;
 * - a syntax error wins over any evaluation error, so an evaluation error is kept, not thrown,
 *   until the whole expression has parsed; of several, the first in evaluation order (operands
 *   left to right, then the operator), except that a call's wrong argument count comes before
 *   any error inside its arguments, as the tree's evaluation checked the count first.
 */
class Evaluator {
  private depth = 0
  private failure: HeistError | undefined

  constructor(private readonly scanner: Scanner) {}

  run(): number {
    const scanner = this.scanner
    scanner.next()
    if (scanner.kind === 'end') throw new HeistError('CALC_SYNTAX', 'expression is empty', 400, { position: 1 })
    const value = this.expression()
    if (!scanner.is('end')) this.syntax(`unexpected ${describe(scanner)}`, scanner.pos)
    if (this.failure) throw this.failure
    return value
  }

  /** Throw a parse error, unless a character further on has no token: that error is the answer then. */
  private syntax(message: string, pos: number): never {
    tokenize(this.scanner.expression)
    throw syntaxError(message, pos)
  }

  /** Keep the first evaluation error; later ones are not errors of this expression's answer. */
  private fail(error: HeistError): number {
    this.failure ??= error
    return Number.NaN
  }

  private enter(pos: number): void {
    if (++this.depth > CALC_LIMITS.maxDepth) {
      tokenize(this.scanner.expression)
      throw new HeistError('CALC_TOO_DEEP', `expression nests deeper than ${CALC_LIMITS.maxDepth} levels at position ${pos + 1}`, 400, { position: pos + 1 })
    }
  }

  private expression(): number {
    const scanner = this.scanner
    let left = this.term()
    while (scanner.kind === 'op' && (scanner.op === '+' || scanner.op === '-')) {
      const op = scanner.op
      const pos = scanner.pos
      scanner.next()
      left = this.binary(op, left, this.term(), pos)
    }
    return left
  }

  private term(): number {
    const scanner = this.scanner
    let left = this.unary()
    while (scanner.kind === 'op' && (scanner.op === '*' || scanner.op === '/' || scanner.op === '%')) {
      const op = scanner.op
      const pos = scanner.pos
      scanner.next()
      left = this.binary(op, left, this.unary(), pos)
    }
    return left
  }

  private unary(): number {
    const scanner = this.scanner
    if (scanner.kind === 'op' && (scanner.op === '-' || scanner.op === '+')) {
      const negate = scanner.op === '-'
      this.enter(scanner.pos)
      scanner.next()
      const operand = this.unary()
      this.depth--
      return negate ? -operand : operand
    }
    return this.power()
  }

  private power(): number {
    const scanner = this.scanner
    const base = this.primary()
    if (scanner.kind !== 'op' || scanner.op !== '^') return base
    // Right-associative: 2^3^2 = 2^(3^2); the exponent may carry a sign (2^-1).
    const pos = scanner.pos
    this.enter(pos)
    scanner.next()
    const exponent = this.unary()
    this.depth--
    return this.binary('^', base, exponent, pos)
  }

  private primary(): number {
    const scanner = this.scanner
    const pos = scanner.pos
    switch (scanner.kind) {
      case 'num': {
        const value = scanner.value
        scanner.next()
        return this.checked(value, pos)
      }
      case 'lparen': {
        this.enter(pos)
        scanner.next()
        const inner = this.expression()
        this.depth--
        if (!scanner.is('rparen')) this.syntax(`expected ')' but found ${describe(scanner)}`, scanner.pos)
        scanner.next()
        return inner
      }
      case 'ident':
        return this.identifier()
      default:
        return this.syntax(scanner.kind === 'end' ? 'expression ends too early' : `unexpected ${describe(scanner)}`, pos)
    }
  }

  private identifier(): number {
    const scanner = this.scanner
    const pos = scanner.pos
    const text = scanner.text
    const name = text.toLowerCase()
    scanner.next()
    if (scanner.kind !== 'lparen') {
      // Own properties only: `constructor` or `__proto__` must not reach Object.prototype.
      const constant = Object.hasOwn(CONSTANTS, name) ? CONSTANTS[name] : undefined
      if (constant === undefined) this.syntax(`unknown name '${text}'`, pos)
      return this.checked(constant, pos)
    }
    if (!Object.hasOwn(FUNCTIONS, name)) this.syntax(`unknown function '${text}' (known: ${Object.keys(FUNCTIONS).join(', ')})`, pos)
    const spec = FUNCTIONS[name] as FunctionSpec
    this.enter(pos)
    scanner.next()
    const failedBefore = this.failure !== undefined
    const args = this.arguments()
    this.depth--
    if (args.length < spec.min || args.length > spec.max) {
      const wanted = spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`
      const error = new HeistError('CALC_SYNTAX', `${name}() takes ${wanted} argument(s), got ${args.length} at position ${pos + 1}`, 400, { position: pos + 1 })
      // The count was checked before the arguments were evaluated: it wins over their errors.
      if (!failedBefore) this.failure = error
      return Number.NaN
    }
    if (this.failure) return Number.NaN
    let value: number
    try {
      value = spec.apply(args)
    } catch (error) {
      if (error instanceof HeistError) return this.fail(error)
      throw error
    }
    return this.checked(value, pos)
  }

  private arguments(): number[] {
    const scanner = this.scanner
    const args: number[] = []
    if (scanner.kind === 'rparen') {
      scanner.next()
      return args
    }
    for (;;) {
      args.push(this.expression())
      if (args.length > CALC_LIMITS.maxArgs) this.syntax(`too many arguments (max ${CALC_LIMITS.maxArgs})`, scanner.pos)
      const closed = scanner.is('rparen')
      if (!closed && !scanner.is('comma')) this.syntax(`expected ',' or ')' but found ${describe(scanner)}`, scanner.pos)
      scanner.next()
      if (closed) return args
    }
  }

  private binary(op: Operator, a: number, b: number, pos: number): number {
    if (this.failure) return Number.NaN
    if ((op === '/' || op === '%') && b === 0) {
      return this.fail(new HeistError('CALC_DIVIDE_BY_ZERO', `${op === '/' ? 'division' : 'modulo'} by zero at position ${pos + 1}`, 400, { position: pos + 1 }))
    }
    if (op === '^') {
      const refused = powerProblem(a, b, pos)
      if (refused) return this.fail(refused)
    }
    return this.checked(applyOperator(op, a, b), pos)
  }

  /** `value` if it is a finite number; else the evaluation error it is, kept. */
  private checked(value: number, pos: number): number {
    if (this.failure) return Number.NaN
    if (Number.isNaN(value)) return this.fail(new HeistError('CALC_DOMAIN', `the result is not a real number at position ${pos + 1}`, 400, { position: pos + 1 }))
    if (!Number.isFinite(value)) return this.fail(new HeistError('CALC_OVERFLOW', `the result is too large at position ${pos + 1}`, 400, { position: pos + 1 }))
    return value
  }
}

/** Why `base ^ exponent` is refused (an exponent too large, zero to a negative power), or undefined. */
function powerProblem(base: number, exponent: number, pos: number): HeistError | undefined {
  if (Math.abs(exponent) > CALC_LIMITS.maxExponent) return new HeistError('CALC_OVERFLOW', `exponent ${exponent} is too large (|exponent| ≤ ${CALC_LIMITS.maxExponent}) at position ${pos + 1}`, 400, { position: pos + 1 })
  if (base === 0 && exponent < 0) return new HeistError('CALC_DIVIDE_BY_ZERO', `0 raised to a negative power divides by zero at position ${pos + 1}`, 400, { position: pos + 1 })
  return undefined
}

function applyOperator(op: Operator, a: number, b: number): number {
  switch (op) {
    case '+': return a + b
    case '-': return a - b
    case '*': return a * b
    case '/': return a / b
    case '%': return a % b
    case '^': return a ** b
  }
}

/** Format a result for a reader: integers exactly, others to 10 significant digits. */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return '0'
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value)
  const text = value.toPrecision(10)
  const [mantissa = text, exponent] = text.split('e')
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa
  return exponent === undefined ? trimmed : `${trimmed}e${exponent}`
}

/** Evaluate an arithmetic expression without `eval`: a scanner and a bounded parser that evaluates as it reads. */
export function calculate(expression: string): { value: number; text: string } {
  if (expression.length > CALC_LIMITS.maxLength) throw new HeistError('CALC_TOO_LONG', `expression is longer than ${CALC_LIMITS.maxLength} characters`)
  const value = new Evaluator(new Scanner(expression)).run()
  const clean = Object.is(value, -0) ? 0 : value
  return { value: clean, text: formatNumber(clean) }
}
