import { describe, expect, test } from 'vitest'
import { waitFor } from './poll.js'

describe('waitFor', () => {
  test('returns the first value that satisfies the condition', async () => {
    let n = 0
    expect(await waitFor('n to reach 3', () => ++n, (v) => v >= 3, 1_000)).toBe(3)
  })

  test('fails on timeout, naming what it waited for and the last value', async () => {
    await expect(waitFor('the answer', () => 41, (v) => v === 42, 50)).rejects.toThrow(/timed out after 50 ms waiting for the answer; last value: 41/)
  })

  test('polls again after a probe error and reports the last one', async () => {
    await expect(waitFor('a service', () => { throw new Error('ECONNREFUSED') }, Boolean, 50)).rejects.toThrow(/last error: ECONNREFUSED/)
  })
})
