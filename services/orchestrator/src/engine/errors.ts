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
