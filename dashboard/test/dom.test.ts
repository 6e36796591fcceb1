import { describe, expect, test } from 'vitest'
import { pct, pctApart } from '../src/dom.js'

describe('pctApart: a score beside its threshold', () => {
  test('whole percents when they already tell the two apart', () => {
    expect(pctApart(0.48, 0.35)).toEqual(['48%', '35%'])
  })

  test('as many decimals as it takes to show which is larger', () => {
    expect(pctApart(0.2851, 0.2878)).toEqual(['28.5%', '28.8%'])
    expect(pctApart(0.28551, 0.28559)).toEqual(['28.55%', '28.56%'])
  })

  test('equal values, or values apart only past two decimals, stay short', () => {
    expect(pctApart(0.3, 0.3)).toEqual(['30%', '30%'])
    expect(pctApart(0.285501, 0.285502)).toEqual(['28.55%', '28.55%'])
  })

  test('pct stays whole', () => {
    expect(pct(0.2855)).toBe('29%')
    expect(pct(null)).toBe('–')
  })
})
