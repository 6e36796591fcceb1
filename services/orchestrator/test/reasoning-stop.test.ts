import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createOpenAiModel } from '../src/adapters/openai-model.js'
import { waitFor } from '../../../test/support/poll.js'
import { harness, ofType } from './helpers.js'

let server: Server | undefined
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())))

/** One streamed reply: its text in chunks, how it ended, what the server adds (vLLM's `stop_reason`, a reasoning field). */
interface Streamed { content: string; stopReason?: string | null; reasoning?: string }

/** How vLLM renders the end of a chat template (`POST /tokenize`), as a reasoning model's and as Mistral's. */
const TEMPLATES = { opensBlock: '<|im_start|>user\nHello.<|im_end|>\n<|im_start|>assistant\n<think>\n', mistral: '<s>[INST] Hello. [/INST]' }
/** A template name, or `overloaded`: vLLM answering the template question 503 every time (chat still served). */
type Template = keyof typeof TEMPLATES | 'overloaded'

/**
 * An OpenAI-compatible server on 127.0.0.1 that streams `replies(n)` for the n-th chat request (from 1).
 * With a `template`, it also renders chat templates as vLLM does (`/tokenize`, `/detokenize`; a token a
 * character here) and counts those requests in `rendered`; without, those paths are a 404, as on other servers.
 */
async function streamingServer(replies: (n: number) => Streamed, template?: Template) {
  let n = 0
  server = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += String(chunk)
    // Not up yet: every connection drops (vLLM still loading), then `GET /v1/models` says it is.
    if (serverDown) return void req.socket.destroy()
    if (req.url === '/v1/models') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[]}')
    if (req.url !== '/v1/chat/completions') {
      if (!template || (req.url !== '/tokenize' && req.url !== '/detokenize')) return void res.writeHead(404).end()
      rendered.push(req.url)
      if (template === 'overloaded') return void res.writeHead(503).end()
      const { tokens } = JSON.parse(body) as { tokens?: number[] }
      const answer = req.url === '/tokenize' ? { count: 0, max_model_len: 4096, tokens: [...TEMPLATES[template]].map((c) => c.codePointAt(0)) } : { prompt: String.fromCodePoint(...(tokens ?? [])) }
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    }
    const reply = replies(++n)
    const chunk = (choice: object) => res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, ...choice }] })}\n\n`)
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    if (reply.reasoning) chunk({ delta: { role: 'assistant', reasoning_content: reply.reasoning }, finish_reason: null })
    for (let i = 0; i < reply.content.length; i += 9) chunk({ delta: { content: reply.content.slice(i, i + 9) }, finish_reason: null })
    chunk({ delta: {}, finish_reason: 'stop', ...(reply.stopReason === undefined ? {} : { stop_reason: reply.stopReason }) })
    res.end('data: [DONE]\n\n')
  })
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()))
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/v1`
}

const REASONING = 'As the mole I must give the wrong vault time, so I will say'
const ANSWER = 'The vault opens at 02:10.'

/** The template requests the last server answered. */
let rendered: string[] = []
/** While set, the server drops every connection. */
let serverDown = false

/** A one-round session against the server; what its public frames and messages showed, and the operator's warnings. */
async function play(modelName: string, replies: (n: number) => Streamed, template?: Template, { downAtStart = false } = {}) {
  rendered = []
  serverDown = downAtStart
  const baseUrl = await streamingServer(replies, template)
  const model = createOpenAiModel({ baseUrl, model: modelName, apiKey: 'k', timeoutMs: 5_000, retries: 0 })
  const warnings: { details: object; message: string }[] = []
  const { session, events } = harness({ deps: { model, warn: (details, message) => warnings.push({ details, message }), modelProbe: { retries: 0, baseMs: 4, capMs: 20 } } })
  const done = session.run()
  if (downAtStart) {
    await waitFor('paused for the model', () => session.status, (s) => s === 'paused', 5_000)
    serverDown = false
  }
  await done
  return { streamed: ofType(events, 'token_delta').map((e) => e.delta).join(''), messages: ofType(events, 'message').map((m) => m.content), events, warnings }
}

// The orchestrator sends `[INST]` and the other end-of-turn markers as `stop`; a model may write one
// while it reasons, and the server ends the reply there, its reasoning block still open.
describe('a reply the server ends at a stop string inside held reasoning', () => {
  it('publishes nothing of it when the server names the stop string (vLLM), for a model not known to open its block; the turn is asked again', async () => {
    const { streamed, messages } = await play('my-finetune', (n) => (n === 1 ? { content: REASONING, stopReason: '[INST]' } : { content: ANSWER, stopReason: null }))
    expect(streamed).not.toContain('mole')
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })

  it('publishes nothing of it from a model known to open its block, when the server does not say which stop fired', async () => {
    const { streamed, messages } = await play('qwq-32b', (n) => (n === 1 ? { content: REASONING } : { content: `${REASONING}\n</think>\n\n${ANSWER}` }))
    expect(streamed).not.toContain('mole')
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })

  it('still shows an untagged reply of a model learnt (not named) to open its block: a model may mix both ways', async () => {
    const { messages } = await play('my-finetune', (n) => ({ content: n === 1 ? `${REASONING}\n</think>\n\n${ANSWER}` : ANSWER }))
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })

  // h-review's two cases: each played an empty game (every turn dropped) before the watch counted them.
  it('shows the replies of a plain model on vLLM that runs on into a stop string every time: only its first is asked again', async () => {
    let asked = 0
    const { messages } = await play('Mistral-7B-Instruct-v0.1', () => (asked++, { content: ANSWER, stopReason: '[INST]' }))
    expect(messages).toEqual(Array(6).fill(ANSWER))
    expect(asked).toBe(7)
  })

  // Two stop-ended replies look the same from a plain model and from one that stopped inside its reasoning
  // twice: the second is shown either way, but it must not teach "writes no block", or the model's next
  // reply streams its reasoning before the bare `</think>` that would have taught the opposite.
  it('keeps holding the replies of a model not known to open its block after two stop-ended ones: the reasoning of its next reply is never streamed', async () => {
    const { streamed, messages } = await play('my-finetune', (n) => (n <= 2 ? { content: n === 1 ? REASONING : ANSWER, stopReason: '[INST]' } : { content: `${REASONING}\n</think>\n\n${ANSWER}`, stopReason: null }))
    expect(streamed).not.toContain('mole')
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })

  // What tells the two apart is the template, which vLLM (the server that names the stop string) renders.
  it('publishes nothing of a model not known by name whose replies stop inside its reasoning again and again, when vLLM renders a template that opens the block', async () => {
    const { streamed, messages } = await play('my-reasoner', (n) => (n <= 3 ? { content: REASONING, stopReason: '[INST]' } : { content: `${REASONING}\n</think>\n\n${ANSWER}`, stopReason: null }), 'opensBlock')
    expect(rendered).toEqual(['/tokenize', '/detokenize'])
    expect(`${streamed}${messages.join('')}`).not.toContain('mole')
    // The first turn's two replies and the second turn's first one were dropped: five turns spoke.
    expect(messages).toEqual(Array(5).fill(ANSWER))
  })

  it('asks the template again when the server gave no answer: a session the model\'s absence paused at its start publishes nothing of such a model once it is back', async () => {
    const { streamed, messages } = await play('my-reasoner', (n) => (n <= 2 ? { content: REASONING, stopReason: '[INST]' } : { content: `${REASONING}\n</think>\n\n${ANSWER}`, stopReason: null }), 'opensBlock', { downAtStart: true })
    expect(`${streamed}${messages.join('')}`).not.toContain('mole')
    expect(rendered).toEqual(['/tokenize', '/detokenize'])
    // The first turn, played again once the model was back, had both its replies dropped: five turns spoke.
    expect(messages).toEqual(Array(5).fill(ANSWER))
  })

  it('asks a server that never answers the template question at most three times a session, and plays the game as before', async () => {
    const { messages } = await play('Mistral-7B-Instruct-v0.1', () => ({ content: ANSWER, stopReason: '[INST]' }), 'overloaded')
    expect(rendered).toEqual(['/tokenize', '/tokenize', '/tokenize'])
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })

  it('shows the answers of such a model whose server parses its reasoning apart, though they run on into a stop string', async () => {
    let asked = 0
    const { streamed, messages } = await play('my-reasoner', () => (asked++, { content: ANSWER, reasoning: REASONING, stopReason: '[INST]' }), 'opensBlock')
    expect(streamed).not.toContain('mole')
    expect(messages).toEqual(Array(6).fill(ANSWER))
    expect(asked).toBe(6)
  })

  it('still shows a plain model\'s replies that run on into a stop string on vLLM when its template opens no block', async () => {
    let asked = 0
    const { messages } = await play('Mistral-7B-Instruct-v0.1', () => (asked++, { content: ANSWER, stopReason: '[INST]' }), 'mistral')
    expect(rendered).toEqual(['/tokenize', '/detokenize'])
    expect(messages).toEqual(Array(6).fill(ANSWER))
    expect(asked).toBe(7)
  })

  it('shows the answers of a model named as opening its block behind a server that drops the reasoning without a field: only the first is asked again', async () => {
    let asked = 0
    const { messages } = await play('deepseek-r1:8b', () => (asked++, { content: ANSWER }))
    expect(messages).toEqual(Array(6).fill(ANSWER))
    expect(asked).toBe(7)
  })

  it('keeps dropping an untagged reply of a named model once the session saw its block closed in the text', async () => {
    const { streamed, messages } = await play('qwq-32b', (n) => (n === 1 || n === 3 ? { content: `${REASONING}\n</think>\n\n${ANSWER}` } : n === 2 ? { content: REASONING } : { content: `x\n</think>\n\n${ANSWER}` }))
    expect(streamed).not.toContain('mole')
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })

  it('tells the operator, not the public, why a turn came back empty: its replies ended inside the reasoning block', async () => {
    const { messages, events, warnings } = await play('qwq-32b', (n) => (n <= 2 ? { content: REASONING, stopReason: '[INST]' } : { content: `x\n</think>\n\n${ANSWER}` }))
    expect(messages).toEqual(Array(5).fill(ANSWER))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.details).toMatchObject({ turn: 1, ended: 'stop_string' })
    expect(warnings[0]!.message).toMatch(/stop string inside its reasoning block .*model\.reasoning_block/)
    // The public event says only that the turn was skipped.
    const skipped = ofType(events, 'session_error').filter((e) => e.code === 'MODEL_EMPTY_REPLY')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]!.message).not.toMatch(/reason|think|stop/i)
  })

  it('shows the reply of a server that parses the reasoning away (sent apart), whose text has no </think>', async () => {
    const { streamed, messages } = await play('qwq-32b', () => ({ content: ANSWER, reasoning: REASONING }))
    expect(streamed).not.toContain('mole')
    expect(messages).toEqual(Array(6).fill(ANSWER))
  })
})
