/**
 * Counts failed authentication attempts per key (a caller address) in a sliding window. Once a
 * key reaches the limit, its further failures are refused with 429 until the oldest leaves the
 * window; successes are never counted nor refused (see `authenticateClient`).
 */
export interface FailureLimiterOptions {
  /** Failures allowed per key within the window. */
  limit: number
  windowMs: number
  now: () => number
  /** Keys tracked at most; the least recently failed are forgotten first. */
  maxKeys?: number
}

export interface FailureLimiter {
  /** Seconds until `keys` may try again, or 0 when none of them is blocked. */
  retryAfterS(keys: readonly string[]): number
  /** Record one failed attempt under each key. */
  fail(keys: readonly string[]): void
}

export function createFailureLimiter(options: FailureLimiterOptions): FailureLimiter {
  const maxKeys = options.maxKeys ?? 10_000
  // Per key, the times of its recent failures, oldest first, never more than `limit`.
  const failures = new Map<string, number[]>()

  function recent(key: string, now: number): number[] {
    const times = failures.get(key)
    if (!times) return []
    while (times.length > 0 && (times[0] ?? 0) + options.windowMs <= now) times.shift()
    if (times.length === 0) failures.delete(key)
    return times
  }

  return {
    retryAfterS(keys) {
      const now = options.now()
      let waitMs = 0
      for (const key of keys) {
        const times = recent(key, now)
        if (times.length >= options.limit) waitMs = Math.max(waitMs, (times[0] ?? now) + options.windowMs - now)
      }
      return Math.ceil(waitMs / 1000)
    },
    fail(keys) {
      const now = options.now()
      for (const key of keys) {
        const times = recent(key, now)
        times.push(now)
        if (times.length > options.limit) times.shift()
        failures.delete(key)
        failures.set(key, times)
      }
      while (failures.size > maxKeys) failures.delete(failures.keys().next().value as string)
    },
  }
}
