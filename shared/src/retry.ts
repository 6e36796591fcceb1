/**
 * The fleet's one retry policy: exponential backoff with full jitter and a cap, a server's
 * `Retry-After` honoured, and an `AbortSignal` that cuts both the wait and further attempts.
 */
export interface RetryPolicy {
  /** Retries after the first attempt (0 = try once). */
  retries: number
  /** Backoff before retry n is drawn from [0, min(capMs, baseMs · 2ⁿ)). */
  baseMs: number
  capMs: number
  /** A `Retry-After` longer than this is not waited for: the error is thrown instead. */
  maxRetryAfterMs?: number
}

/** What a failed attempt says about retrying: not at all, or after the server's delay (if it named one). */
export type RetryVerdict = false | { retryAfterMs?: number }

export interface RetryOptions {
  policy: RetryPolicy
  /** Decides, per error, whether another attempt may help. */
  classify: (error: unknown) => RetryVerdict
  signal?: AbortSignal
  /** Injectable for tests: uniform in [0, 1). */
  random?: () => number
  /** Injectable for tests; must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void
}

/**
 * The delay in ms a `Retry-After` header asks for (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date); undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** The wait before retry number `attempt` (0-based) under `policy`, with full jitter. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt))
}

/** A timer that rejects with the signal's reason when it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Run `attempt` until it succeeds, `classify` refuses an error, the retries are spent or the
 * signal aborts; the last error is thrown as it was.
 */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? abortableSleep
  for (let n = 0; ; n++) {
    options.signal?.throwIfAborted()
    try {
      return await attempt(n)
    } catch (error) {
      if (options.signal?.aborted || n >= options.policy.retries) throw error
      const verdict = options.classify(error)
      if (verdict === false) throw error
      const asked = verdict.retryAfterMs
      if (asked !== undefined && asked > (options.policy.maxRetryAfterMs ?? Infinity)) throw error
      const delayMs = asked ?? backoffDelay(options.policy, n, options.random)
      options.onRetry?.({ attempt: n, delayMs, error })
      await sleep(delayMs, options.signal)
    }
  }
}
