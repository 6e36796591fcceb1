import { describe, expect, test } from 'vitest'
import { backoffDelay, parseRetryAfter, withRetry, type RetryPolicy } from '../src/retry.js'

const policy: RetryPolicy = { retries: 3, baseMs: 100, capMs: 250, maxRetryAfterMs: 1_000 }
const failing = (errors: unknown[]) => {
  let calls = 0
  return {
    attempt: async () => {
      const error = errors[calls++]
      if (error === undefined) return 'ok'
      throw error
    },
    calls: () => calls,
  }
}

describe('the retry policy', () => {
  test('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3_000)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5_000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  test('backoff is jittered over [0, min(cap, base·2ⁿ))', () => {
    expect([0, 1, 2, 5].map((n) => backoffDelay(policy, n, () => 0.999))).toEqual([99, 199, 249, 249])
    expect(backoffDelay(policy, 4, () => 0)).toBe(0)
  })

  test('waits what the server asked for, and gives up when it asks for more than the policy allows', async () => {
    const waits: number[] = []
    const sleep = async (ms: number) => {
      waits.push(ms)
    }
    const ok = failing([new Error('busy'), new Error('busy')])
    await expect(withRetry(ok.attempt, { policy, classify: () => ({ retryAfterMs: 700 }), sleep })).resolves.toBe('ok')
    expect(waits).toEqual([700, 700])
    const tooLong = failing([new Error('come back tomorrow')])
    await expect(withRetry(tooLong.attempt, { policy, classify: () => ({ retryAfterMs: 86_400_000 }), sleep })).rejects.toThrow('come back tomorrow')
    expect(tooLong.calls()).toBe(1)
  })

  test('an error the classifier refuses, or the last retry, is thrown as it was', async () => {
    const refused = failing([new TypeError('bad request')])
    await expect(withRetry(refused.attempt, { policy, classify: () => false, sleep: async () => undefined })).rejects.toBeInstanceOf(TypeError)
    expect(refused.calls()).toBe(1)
    const spent = failing([1, 2, 3, 4, 5].map((n) => new Error(`fail ${n}`)))
    await expect(withRetry(spent.attempt, { policy, classify: () => ({}), sleep: async () => undefined })).rejects.toThrow('fail 4')
    expect(spent.calls()).toBe(4)
  })

  test('an abort during the wait ends it at once with the abort reason, with no further attempt', async () => {
    const controller = new AbortController()
    const slow = failing([new Error('busy'), new Error('busy')])
    const started = Date.now()
    const run = withRetry(slow.attempt, { policy: { ...policy, maxRetryAfterMs: 60_000 }, classify: () => ({ retryAfterMs: 30_000 }), signal: controller.signal })
    setTimeout(() => controller.abort(new Error('stopped by the operator')), 50)
    await expect(run).rejects.toThrow('stopped by the operator')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(slow.calls()).toBe(1)
  })
})
