import { isHeistError, mulberry32 } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { calculate, formatNumber } from '../src/calculate.js'
import { calculateByTree } from './support/calculate-by-tree.js'

function errorOf(expression: string): { code: string; message: string } {
  try {
    calculate(expression)
  } catch (error) {
    if (isHeistError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error(`${expression} did not fail`)
}

describe('calculate', () => {
  test.each([
    ['45 * 60', '2700'],
    ['10/3', '3.333333333'],
    ['2 + 3 * 4', '14'],
    ['(2 + 3) * 4', '20'],
    ['2^3^2', '512'],
    ['-2^2', '-4'],
    ['2^-1', '0.5'],
    ['17 % 5', '2'],
    ['6 × 7 ÷ 2', '21'],
    ['5 − 8', '-3'],
    ['2**10', '1024'],
    ['--3', '3'],
    ['.5 + 1.25', '1.75'],
    ['0.1 + 0.2', '0.3'],
    ['max(3, 4, 1) + min(2, 9)', '6'],
    ['round(2.5) + floor(1.9) + ceil(1.1)', '6'],
    ['round(3.14159, 2)', '3.14'],
    ['sqrt(16) * abs(-2)', '8'],
    ['3 * 60 * 60', '10800'],
    ['10000 * 3 / 3600', '8.333333333'],
    ['1e3 + 1', '1001'],
    ['2^100', '1.2676506e+30'],
    ['1/3000000', '3.333333333e-7'],
    ['pi * 2', '6.283185307'],
  ])('%s = %s', (expression, expected) => {
    expect(calculate(expression).text).toBe(expected)
  })

  test.each([
    ['1 / 0', 'CALC_DIVIDE_BY_ZERO'],
    ['5 % (2 - 2)', 'CALC_DIVIDE_BY_ZERO'],
    ['0^-1', 'CALC_DIVIDE_BY_ZERO'],
    ['9^9^9^9', 'CALC_OVERFLOW'],
    ['10^1001', 'CALC_OVERFLOW'],
    ['10^308 * 10', 'CALC_OVERFLOW'],
    ['1e400', 'CALC_OVERFLOW'],
    ['sqrt(-1)', 'CALC_DOMAIN'],
    ['(-8)^(1/3)', 'CALC_DOMAIN'],
    ['2 +', 'CALC_SYNTAX'],
    ['2 3', 'CALC_SYNTAX'],
    ['(1 + 2', 'CALC_SYNTAX'],
    ['1 + 2)', 'CALC_SYNTAX'],
    ['', 'CALC_SYNTAX'],
    ['import("fs")', 'CALC_SYNTAX'],
    ['process.exit()', 'CALC_SYNTAX'],
    ['2; 3', 'CALC_SYNTAX'],
    ['sqrt(1, 2)', 'CALC_SYNTAX'],
    ['min()', 'CALC_SYNTAX'],
    ['`1`', 'CALC_SYNTAX'],
    // Names on Object.prototype are not functions or constants of the calculator.
    ['__proto__(1)', 'CALC_SYNTAX'],
    ['constructor(1)', 'CALC_SYNTAX'],
    ['toString(1)', 'CALC_SYNTAX'],
    ['constructor', 'CALC_SYNTAX'],
    ['__proto__ + 1', 'CALC_SYNTAX'],
    [`${'('.repeat(40)}1${')'.repeat(40)}`, 'CALC_TOO_DEEP'],
    [`${'-'.repeat(100)}1`, 'CALC_TOO_DEEP'],
    [`${'2^'.repeat(60)}2`, 'CALC_TOO_DEEP'],
    ['1+'.repeat(300) + '1', 'CALC_TOO_LONG'],
  ])('%s fails with %s', (expression, code) => {
    expect(errorOf(expression).code).toBe(code)
  })

  test('a syntax error names the position', () => {
    expect(errorOf('2 * (3 + ) ').message).toBe("unexpected ')' at position 10")
    expect(errorOf('2 # 3').message).toBe("unexpected character '#' at position 3")
  })

  test('10k nested parentheses fail fast without exhausting the stack', () => {
    const start = performance.now()
    expect(errorOf(`${'('.repeat(10_000)}1${')'.repeat(10_000)}`).code).toBe('CALC_TOO_LONG')
    expect(errorOf('('.repeat(499) + '1').code).toBe('CALC_TOO_DEEP')
    expect(performance.now() - start).toBeLessThan(1_000)
  })

  test('formatNumber never prints -0 and keeps integers exact', () => {
    expect(formatNumber(-0)).toBe('0')
    expect(formatNumber(123456789012)).toBe('123456789012')
  })

  // The one-pass evaluator against the token-array-and-tree version it replaced (issue 16): the
  // same value, or the same error (code, message, details), whichever comes first by the old
  // rules: a bad character, then a syntax error, then the first evaluation error.
  const outcome = (run: (expression: string) => { value: number; text: string }, expression: string) => {
    try {
      return run(expression)
    } catch (error) {
      if (isHeistError(error)) return { code: error.code, message: error.message, status: error.statusCode, details: error.details }
      throw error
    }
  }
  const NUMBERS = ['0', '1', '2', '7', '45', '60', '0.5', '.25', '1e3', '1e999', '10', '1000', '2.5']
  const NAMES = ['max', 'min', 'round', 'sqrt', 'abs', 'floor', 'ceil', 'MAX', 'foo', 'constructor']
  const NOISE = ['#', ')', '(', ',', '', '+', '^', '**', ' ', '−', '×', 'pi', 'e', '.']
  /** A random expression from the calculator's grammar, sometimes broken by one piece of noise. */
  function randomExpression(random: () => number, depth = 0): string {
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!
    const operand = (): string => {
      const r = random()
      if (depth > 3 || r < 0.45) return pick(NUMBERS)
      if (r < 0.55) return pick(['pi', 'e', 'x'])
      if (r < 0.65) return `-${operand()}`
      if (r < 0.8) return `(${randomExpression(random, depth + 1)})`
      return `${pick(NAMES)}(${Array.from({ length: Math.floor(random() * 4) }, () => randomExpression(random, depth + 1)).join(', ')})`
    }
    let text = operand()
    for (let n = Math.floor(random() * 3); n > 0; n--) text += ` ${pick(['+', '-', '*', '/', '%', '^', '**', '÷'])} ${operand()}`
    if (depth === 0 && random() < 0.3) {
      const at = Math.floor(random() * (text.length + 1))
      text = text.slice(0, at) + pick(NOISE) + text.slice(at + (random() < 0.5 ? 1 : 0))
    }
    return text
  }

  test('answers exactly as the tree version on 5 000 random expressions', () => {
    const random = mulberry32(1603)
    const differing: string[] = []
    for (let i = 0; i < 5_000; i++) {
      const expression = randomExpression(random)
      if (JSON.stringify(outcome(calculate, expression)) !== JSON.stringify(outcome(calculateByTree, expression))) differing.push(expression)
    }
    expect(differing).toEqual([])
  })

  test.each([
    '1/0 + max()', 'max(1/0)', 'round(1/0, 2, 3)', 'sqrt(1, 1/0)', '1/0 + (2', '1/0 #', '(((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))) #',
    'max(' + '1,'.repeat(21) + '1)', 'sqrt(-1) + 1/0', '2^2000 + sqrt(-1)', 'abs(sqrt(-1), 1)', '0^-1 * 1e999', 'round(2, 0.5)', 'round(1/0, 0.5)', 'min()', 'pi()', 'foo + 1/0',
  ])('%s: the same answer as the tree version', (expression) => {
    expect(outcome(calculate, expression)).toEqual(outcome(calculateByTree, expression))
  })
})
