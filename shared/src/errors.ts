/**
 * The one error type of the fleet. Every error a client can see carries a stable `code`
 * (SCREAMING_SNAKE, prefixed by its area, e.g. `CALC_DIVIDE_BY_ZERO`) and an HTTP status.
 */
export class HeistError extends Error {
  override readonly name = 'HeistError'
  constructor(
    /** Stable machine-readable code, e.g. `FILE_OUTSIDE_ROOT`. */
    readonly code: string,
    /** Human-readable explanation, safe to show to a client. */
    message: string,
    /** HTTP status the shared error handler answers with. */
    readonly statusCode = 400,
    /** Extra structured detail for the client (never internals). */
    readonly details?: unknown,
    /** Extra response headers, e.g. `WWW-Authenticate`. */
    readonly headers?: Record<string, string>,
  ) {
    super(message)
  }
}

/** True for a {@link HeistError}, also across module copies. */
export function isHeistError(error: unknown): error is HeistError {
  return error instanceof HeistError || (error instanceof Error && error.name === 'HeistError' && 'code' in error)
}

/** 404 helper with a coded error. */
export function notFound(code: string, message: string): HeistError {
  return new HeistError(code, message, 404)
}
