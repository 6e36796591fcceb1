import { describe, expect, it } from 'vitest'
import { observe } from '../src/model/facts.js'

describe('observe', () => {
  it('reads a roster quoted on one line row by row, not the next row\'s label with the last count', () => {
    const seen = observe('SHIFTS Day 06:00-14:00 4 guards Evening 14:00-22:00 6 guards Night 22:00-06:00 3 guards')
    expect(seen.get('guards.day')).toBe('4')
    expect(seen.get('guards.evening')).toBe('6')
    expect(seen.get('guards.night')).toBe('3')
    expect(seen.get('shifts.night')).toBe('22:00-06:00')
  })

  it('still reads a count said before its shift, and one said after it', () => {
    expect(observe('There are 3 guards on the night shift.').get('guards.night')).toBe('3')
    expect(observe('Night shift has 3 guards.').get('guards.night')).toBe('3')
    expect(observe('Night shift (22:00-06:00): 3 guards').get('guards.night')).toBe('3')
  })
})
