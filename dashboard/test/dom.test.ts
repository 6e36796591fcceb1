import { describe, expect, test } from 'vitest'
import { newestWins, pct, pctApart } from '../src/dom.js'

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

describe('newestWins: replies and frames that repaint one view', () => {
  test('an older reply paints while the newer request is out, but never over what a newer one painted', () => {
    const order = newestWins()
    const detail = order.begin()
    const guess = order.begin()
    expect(guess()).toBe(true)
    expect(detail()).toBe(false)
    const again = order.begin()
    const later = order.begin()
    expect(again()).toBe(true)
    expect(later()).toBe(true)
  })
})
