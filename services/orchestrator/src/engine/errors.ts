import { HeistError } from '@heist/shared'

/** The model could not be reached or kept failing after its retries; the session pauses. */
export class ModelUnavailableError extends HeistError {
  constructor(message: string, override readonly cause?: unknown) {
    super('MODEL_UNAVAILABLE', message, 503)
  }
}

export function isModelUnavailable(error: unknown): error is ModelUnavailableError {
  return error instanceof HeistError && error.code === 'MODEL_UNAVAILABLE'
}

/** True when `error` is the abort of a stopped session (not a failure to report). */
export function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof Error && error.name === 'AbortError')
}

export function sessionConflict(message: string): HeistError {
  return new HeistError('SESSION_CONFLICT', message, 409)
}

/**
 * `work`, unless `signal` aborts first: then reject with the abort at once. A stopped session
 * must not wait out a hung tool's or memory service's timeouts and retries (shutdown waits on it).
 */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  if (signal.aborted) {
    work.catch(() => undefined)
    return Promise.reject(signal.reason)
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
