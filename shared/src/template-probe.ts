import { z } from 'zod'
import { jsonOrUndefined } from './json-text.js'

/** vLLM's answers to `POST /tokenize` (chat messages) and `POST /detokenize`; other fields ignored. */
const Tokenized = z.object({ tokens: z.array(z.number().int()) })
const Detokenized = z.object({ prompt: z.string() })

/** How many of the rendered prompt's last tokens are read back: the generation prompt and then some. */
const TAIL_TOKENS = 12

/** A generation prompt that ends in an opened reasoning block. */
const OPENS = /<think>\s*$/

export interface TemplateProbeOptions {
  /** The OpenAI-compatible base URL (`…/v1`); vLLM serves `/tokenize` beside it, at its root. */
  baseUrl: string
  model: string
  apiKey: string
  timeoutMs: number
  signal?: AbortSignal
}

/** A refusal that says the server cannot render templates (no such route, not this request): an answer. */
const cannotSay = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429

/**
 * Whether the model's chat template opens its reasoning block: its server renders the template for
 * one fixed user message (vLLM's `POST /tokenize` with `messages`), and the generation prompt's end,
 * read back (`POST /detokenize`), is `<think>`. A fact about the template, not a reply, so it tells
 * a reasoning model that stopped inside its block from a plain model that ran on into a stop string
 * (docs/security.md). `null` when the server answers that it cannot say (a 4xx, as from every server
 * but vLLM, or an answer of another shape): nothing is learnt, and asking again would teach no more.
 * Rejects when the server gave no answer (down, still loading, a 5xx or 429, or none within
 * `timeoutMs`): the caller may ask again once it answers. The request names no agent and no game: it
 * is the same for every session.
 */
export async function templateOpensBlock(options: TemplateProbeOptions): Promise<boolean | null> {
  const root = options.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]) : AbortSignal.timeout(options.timeoutMs)
  const post = async <T>(path: string, body: object, schema: z.ZodType<T>): Promise<T | null> => {
    const response = await fetch(`${root}${path}`, {
      method: 'POST', signal, body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
    })
    if (!response.ok) {
      // Not read: its socket goes back to the pool now, not when the body is collected.
      await response.body?.cancel()
      if (cannotSay(response.status)) return null
      throw new Error(`the model server answered ${path} with HTTP ${response.status}`)
    }
    // Read whole first: a body cut by the deadline or the network is no answer, unlike one that is not JSON.
    const parsed = schema.safeParse(jsonOrUndefined(await response.text()))
    return parsed.success ? parsed.data : null
  }
  const rendered = await post('/tokenize', { model: options.model, messages: [{ role: 'user', content: 'Hello.' }], add_generation_prompt: true }, Tokenized)
  if (!rendered || rendered.tokens.length === 0) return null
  const tail = await post('/detokenize', { model: options.model, tokens: rendered.tokens.slice(-TAIL_TOKENS) }, Detokenized)
  return tail ? OPENS.test(tail.prompt) : null
}
