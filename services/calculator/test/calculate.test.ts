import { isHeistError } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { calculate, formatNumber } from '../src/calculate.js'

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
})
