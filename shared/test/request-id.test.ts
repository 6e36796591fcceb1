import { describe, expect, test } from 'vitest'
import { randomRequestId } from '../src/request-id.js'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('randomRequestId', () => {
  test('is a version 4 UUID, as crypto.randomUUID writes one, and never repeats across pool refills', () => {
    const ids = Array.from({ length: 1_000 }, () => randomRequestId())
    for (const id of ids) expect(id).toMatch(UUID_V4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('every random hex digit takes every value (no byte of the pool is skipped or fixed)', () => {
    // 122 random bits: the 30 hex digits other than the version and the variant.
    const seen = Array.from({ length: 36 }, () => new Set<string>())
    for (let i = 0; i < 2_000; i++) [...randomRequestId()].forEach((c, at) => seen[at]!.add(c))
    seen.forEach((values, at) => {
      if ([8, 13, 18, 23].includes(at)) expect([...values]).toEqual(['-'])
      else if (at === 14) expect([...values]).toEqual(['4'])
      else if (at === 19) expect([...values].sort()).toEqual(['8', '9', 'a', 'b'])
      else expect(values.size).toBe(16)
    })
  })
})
