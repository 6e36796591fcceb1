import type { z } from 'zod'
import { ErrorBody } from './contracts/common.js'
import { HeistError } from './errors.js'
import { REQUEST_ID_HEADER } from './logger.js'
import { parseRetryAfter, withRetry, type RetryPolicy, type RetryVerdict } from './retry.js'

/** A non-2xx reply from another service, with its status and (when it sent one) its error code. */
export class UpstreamError extends HeistError {
  constructor(
    readonly service: string,
    readonly upstreamStatus: number,
    code: string,
    message: string,
    readonly body: unknown,
    /** The reply's `Retry-After`, in ms, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    const status = upstreamStatus >= 500 ? 502 : upstreamStatus
    // A 429 passed on keeps the peer's Retry-After, so the caller's caller knows when to come back.
    const headers = status === 429 && retryAfterMs !== undefined ? { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) } : undefined
    super(code, `${service}: ${message}`, status, { service, status: upstreamStatus }, headers)
  }
}

export interface HttpClientOptions {
  /** Name of the service called, for errors and logs. */
  service: string
  baseUrl: string
  timeoutMs?: number
  /** Supplies a bearer token for each request. */
  token?: () => Promise<string>
  /** Retries for network errors, timeouts, 429 and 502/503/504 (the shared {@link RetryPolicy}). */
  retries?: number
  /** Base of the jittered exponential backoff. */
  backoffMs?: number
  /** Longest backoff between two attempts. */
  backoffCapMs?: number
  fetch?: typeof fetch
}

export interface RequestOptions<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
  query?: Record<string, string | number | undefined>
  /** Schema the reply is parsed with before it is returned. */
  schema: S
  headers?: Record<string, string>
  requestId?: string
  timeoutMs?: number
  /** Cancels the call, its retries and the waits between them. */
  signal?: AbortSignal
}

/**
 * A reply's body, read under the call's deadline whatever `fetch` is in use: the read ends
 * with the signal's reason (a `TimeoutError`) and the stream is cancelled to free the socket.
 */
async function readWithin(response: Response, signal: AbortSignal): Promise<string> {
  let onAbort: () => void = () => undefined
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      // The stream may already be errored by fetch itself; cancelling it again is harmless.
      response.body?.cancel(signal.reason).catch(() => undefined)
      reject(signal.reason)
    }
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([response.text(), aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

const RETRYABLE = new Set([429, 502, 503, 504])

/** Transient failures are worth another attempt, after the server's `Retry-After` if it gave one. */
function classify(error: unknown): RetryVerdict {
  if (error instanceof UpstreamError) return RETRYABLE.has(error.upstreamStatus) ? { retryAfterMs: error.retryAfterMs } : false
  return error instanceof HeistError && (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT') ? {} : false
}

/**
 * JSON-over-HTTP client for service-to-service calls: a timeout on every call, optional
 * bearer tokens, retries with backoff, request-id propagation, and replies parsed with zod.
 */
export function createHttpClient(options: HttpClientOptions) {
  const doFetch = options.fetch ?? fetch
  const policy: RetryPolicy = { retries: options.retries ?? 0, baseMs: options.backoffMs ?? 100, capMs: options.backoffCapMs ?? 5_000, maxRetryAfterMs: 30_000 }

  async function attempt<S extends z.ZodType>(req: RequestOptions<S>): Promise<z.output<S>> {
    const url = new URL(req.path.replace(/^\//, ''), options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`)
    for (const [key, value] of Object.entries(req.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value))
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers }
    if (req.body !== undefined) headers['content-type'] = 'application/json'
    if (req.requestId) headers[REQUEST_ID_HEADER] = req.requestId
    if (options.token) headers.authorization = `Bearer ${await options.token()}`
    const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? 10_000
    const signal = req.signal ? AbortSignal.any([req.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs)
    let response: Response
    let text: string
    try {
      response = await doFetch(url, {
        method: req.method ?? (req.body === undefined ? 'GET' : 'POST'),
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal,
      })
      // The body is part of the call: a peer that sends its headers and then stalls is a timeout too.
      text = await readWithin(response, signal)
    } catch (error) {
      if (req.signal?.aborted) throw req.signal.reason
      const timedOut = error instanceof Error && error.name === 'TimeoutError'
      throw new HeistError(timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE', `${options.service} ${timedOut ? 'timed out' : 'is unreachable'} (${url.pathname})`, timedOut ? 504 : 503, { service: options.service })
    }
    let body: unknown = undefined
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(body)
      const code = parsed.success ? parsed.data.error.code : `UPSTREAM_HTTP_${response.status}`
      const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`
      throw new UpstreamError(options.service, response.status, code, message, body, parseRetryAfter(response.headers.get('retry-after')))
    }
    const parsed = req.schema.safeParse(body)
    if (!parsed.success) throw new HeistError('UPSTREAM_BAD_REPLY', `${options.service} sent a reply that does not match its contract`, 502, { issues: parsed.error.issues.slice(0, 5) })
    return parsed.data
  }

  return {
    /** Send one request and parse the reply; retries transient failures; `req.signal` cancels it all. */
    async request<S extends z.ZodType>(req: RequestOptions<S>): Promise<z.output<S>> {
      return withRetry(() => attempt(req), { policy, classify, ...(req.signal ? { signal: req.signal } : {}) })
    },
  }
}
export type HttpClient = ReturnType<typeof createHttpClient>
