import { HeistError } from '@heist/shared'

export interface RunQueueOptions {
  /** Detection runs at the same time (each is CPU plus a model call). */
  concurrency: number
  /** Runs that may wait for a slot; one more is refused with 429. */
  maxWaiting: number
  /** What `Retry-After` tells a refused caller, in seconds. */
  retryAfterS: number
}

/**
 * Bounded detection work: at most `concurrency` runs, at most `maxWaiting` queued, the rest
 * refused at once with 429 and `Retry-After`. Requests for a session already being scored
 * share that run instead of starting another.
 */
export function createRunQueue(options: RunQueueOptions) {
  let running = 0
  const waiting: (() => void)[] = []
  const inFlight = new Map<string, Promise<unknown>>()

  async function slot<T>(task: () => Promise<T>): Promise<T> {
    if (running >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const same = inFlight.get(key)
      if (same) return same as Promise<T>
      if (running >= options.concurrency && waiting.length >= options.maxWaiting) {
        throw new HeistError('DETECTION_BUSY', `${running} detection runs are in progress and ${waiting.length} are waiting; retry in ${options.retryAfterS} s`, 429,
          undefined, { 'retry-after': String(options.retryAfterS) })
      }
      const promise = slot(task).finally(() => inFlight.delete(key))
      inFlight.set(key, promise)
      return promise
    },
    stats: () => ({ running, waiting: waiting.length }),
  }
}
export type RunQueue = ReturnType<typeof createRunQueue>
