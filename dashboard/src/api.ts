import type { ErrorBody } from '@heist/shared/contracts/common'

const TOKEN_KEY = 'heist.operatorToken'

/**
 * The operator token arrives once in the address (`?token=`), is kept in localStorage and
 * removed from the address bar so it is not bookmarked or shared by accident.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(location.href)
  const token = url.searchParams.get('token')
  if (!token) return
  localStorage.setItem(TOKEN_KEY, token)
  url.searchParams.delete('token')
  history.replaceState(null, '', url.pathname + url.search + url.hash)
}

export const operatorToken = (): string | null => localStorage.getItem(TOKEN_KEY)
export const setOperatorToken = (token: string) => localStorage.setItem(TOKEN_KEY, token.trim())
export const forgetOperatorToken = () => localStorage.removeItem(TOKEN_KEY)

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

/** How long the page waits for the dashboard; detection runs a model, so it gets longer (its server side gives up at 120 s). */
const TIMEOUT_MS = { default: 20_000, long: 130_000 }

/**
 * How many replies the page is waiting for, on `<html data-requests>`. It drops when a reply has
 * been read, in the same turn of the event loop as the code awaiting it repaints (or sends its next
 * request): a browser test waits for it to settle instead of sleeping and hoping a late reply has landed.
 */
let inFlight = 0
function countInFlight(change: 1 | -1): void {
  inFlight += change
  document.documentElement.dataset.requests = String(inFlight)
}

/**
 * JSON request to the dashboard's REST API, with the operator token when there is one. Every
 * request ends: an unreachable dashboard or a timeout becomes an {@link ApiError} too.
 */
export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown, options: { long?: boolean; token?: string } = {}): Promise<T> {
  countInFlight(1)
  try {
    return await request<T>(method, path, body, options)
  } finally {
    countInFlight(-1)
  }
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, options: { long?: boolean; token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  const token = options.token ?? operatorToken()
  if (token && (method === 'POST' || options.token)) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(options.long ? TIMEOUT_MS.long : TIMEOUT_MS.default),
    })
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    throw new ApiError(0, timedOut ? 'DASHBOARD_TIMEOUT' : 'DASHBOARD_UNREACHABLE', timedOut ? 'the dashboard did not answer in time' : 'the dashboard service is unreachable')
  }
  // A reply without a JSON body (a proxy's error page) still ends as an ApiError below.
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (json as ErrorBody | null)?.error
    throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText)
  }
  return json as T
}
