import { z } from 'zod'

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

/**
 * Whether the model's chat template opens its reasoning block: its server renders the template for
 * one fixed user message (vLLM's `POST /tokenize` with `messages`), and the generation prompt's end,
 * read back (`POST /detokenize`), is `<think>`. A fact about the template, not a reply, so it tells
 * a reasoning model that stopped inside its block from a plain model that ran on into a stop string
 * (docs/security.md). `null` when the server cannot say (every server but vLLM): nothing is learnt.
 * The request names no agent and no game: it is the same for every session.
 */
export async function templateOpensBlock(options: TemplateProbeOptions): Promise<boolean | null> {
  const root = options.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]) : AbortSignal.timeout(options.timeoutMs)
  const post = async <T>(path: string, body: object, schema: z.ZodType<T>): Promise<T | null> => {
    const response = await fetch(`${root}${path}`, {
      method: 'POST', signal, body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
    })
    if (!response.ok) return null
    const parsed = schema.safeParse(await response.json().catch(() => null))
    return parsed.success ? parsed.data : null
  }
  try {
    const rendered = await post('/tokenize', { model: options.model, messages: [{ role: 'user', content: 'Hello.' }], add_generation_prompt: true }, Tokenized)
    if (!rendered || rendered.tokens.length === 0) return null
    const tail = await post('/detokenize', { model: options.model, tokens: rendered.tokens.slice(-TAIL_TOKENS) }, Detokenized)
    return tail ? OPENS.test(tail.prompt) : null
  } catch (error) {
    // A server that is down or slow says nothing here; the turns will meet it (and pause the session) if it matters.
    if (options.signal?.aborted) throw error
    return null
  }
}
