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

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

/** JSON request to the dashboard's REST API, with the operator token when there is one. */
export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  const token = operatorToken()
  if (token && method === 'POST') headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (json as ErrorBody | null)?.error
    throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText)
  }
  return json as T
}
