/**
 * The request fields a chat call can do without, and how a server's refusal of one is read: the
 * shared chat client (chat-client.ts) asks again without a refused field and tells its caller once.
 */
import { APIError } from 'openai'
import type { ChatCompletionRequest } from './chat-client.js'

/**
 * Request fields a call can do without, by their wire names: `stop` only saves tokens (every caller
 * cuts the text itself, `cutAtEndOfTurn`), `prompt_cache_key` only names the game to the model. A
 * server that refuses one is asked again without it, and the chat client never sends it again.
 */
export type OptionalField = 'stop' | 'prompt_cache_key'
const OPTIONAL_FIELDS = { stop: 'stop', prompt_cache_key: 'promptCacheKey' } as const satisfies Record<OptionalField, keyof ChatCompletionRequest>

/** The optional fields `request` would send, leaving out those already refused. */
export function optionalFieldsOf(request: ChatCompletionRequest, refused: ReadonlySet<OptionalField>): OptionalField[] {
  const present = (field: OptionalField) => (field === 'stop' ? (request.stop?.length ?? 0) > 0 : request.promptCacheKey !== undefined)
  return (Object.keys(OPTIONAL_FIELDS) as OptionalField[]).filter((field) => present(field) && !refused.has(field))
}

/** `request` without the fields already refused. */
export function withoutRefused(request: ChatCompletionRequest, refused: ReadonlySet<OptionalField>): ChatCompletionRequest {
  const asked = { ...request }
  for (const field of refused) delete asked[OPTIONAL_FIELDS[field]]
  return asked
}

/**
 * Which of the optional fields `sent` a failure is the server refusing: a 400 (422 from a FastAPI
 * proxy) whose `param` names it or whose message does. OpenAI's own API takes at most four stop
 * strings and its reasoning models none (`param: "stop"`); it answers "Unrecognized request argument
 * supplied: …" for a field it does not know, as strict servers (vLLM with extra fields forbidden,
 * some proxies) do in their own words.
 */
export function refusedField(error: unknown, sent: readonly OptionalField[]): OptionalField | undefined {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return undefined
  const param = typeof error.param === 'string' ? error.param : ''
  return sent.find((field) => param.startsWith(field)) ?? sent.find((field) => new RegExp(`\\b${field}\\b`, 'i').test(error.message))
}

/**
 * A 400 or 422 whose JSON body is not OpenAI's `{error: {…}}` (FastAPI's own 422 `{detail: […]}`,
 * vLLM before its errors were wrapped: `{object: "error", message, param}`) reaches the SDK as
 * "400 status code (no body)": a refused field went unrecognised and the session paused for a model
 * that answers. Such a body is handed on in OpenAI's shape, its message (else the whole body) and param kept.
 */
export const openAiErrorShape: typeof fetch = async (input, init) => {
  const response = await fetch(input, init)
  if (response.status !== 400 && response.status !== 422) return response
  const text = await response.text()
  const sameStatus = { status: response.status, statusText: response.statusText, headers: response.headers }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, sameStatus)
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body) || 'error' in body) return new Response(text, sameStatus)
  const { message, param } = body as { message?: unknown; param?: unknown }
  const error = { message: typeof message === 'string' ? message : text, param: typeof param === 'string' ? param : null }
  return new Response(JSON.stringify({ error }), sameStatus)
}

/**
 * A service's `onFieldRefused`: one warning in its log per field the model server refused, naming who
 * asks without it from then on (`asker`: "this session", "the summariser", "detection").
 */
export function logFieldRefusals(log: { warn(details: object, message: string): void }, asker: string): (field: OptionalField, reason: string) => void {
  return (field, reason) => log.warn({ field, reason }, `the model server refused ${field}; ${asker} asks without it from now on`)
}
