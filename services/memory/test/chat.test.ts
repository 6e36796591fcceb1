import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { createChatClient, END_OF_TURN_MARKERS } from '@heist/shared/chat-client'
import { createReasoningWatch } from '@heist/shared/reasoning-watch'
import { summarise } from '../src/summariser.js'
import { message } from './helpers.js'

type Handler = (body: Record<string, unknown>, res: ServerResponse) => void
let server: ReturnType<typeof createServer> | undefined
afterEach(async () => {
  server?.closeAllConnections()
  server?.close()
})

/** A minimal OpenAI-compatible endpoint on 127.0.0.1:0 that records what it receives. */
async function stub(handler: Handler) {
  const received: { path: string; body: Record<string, unknown> }[] = []
  server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>
    received.push({ path: req.url ?? '', body })
    handler(body, res)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { baseURL: `http://127.0.0.1:${port}/v1`, received }
}

/** A whole reply; `extras` go on the choice as a server adds them (vLLM's `stop_reason`). */
function completion(res: ServerResponse, content: string, finish: 'stop' | 'length' = 'stop', extras: Record<string, unknown> = {}) {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({
    id: 'c1', object: 'chat.completion', created: 0, model: 'heist-sim',
    choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content }, ...extras }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  }))
}

const messages = [0, 1, 2].map((i) => ({ ...message(i), idx: i, tokens: 10 }))

describe('the shared chat client against an OpenAI-compatible server', () => {
  test('sends the summary prompt and uses the reply', async () => {
    const { baseURL, received } = await stub((_body, res) => completion(res, 'Guards change at 02:30.'))
    const chat = createChatClient({ baseUrl: baseURL, apiKey: 'not-needed', model: 'heist-sim', timeoutMs: 2_000 })
    const result = await summarise(chat, 'Earlier plan.', messages, 200)
    expect(result).toMatchObject({ text: 'Guards change at 02:30.', method: 'model', error: null })
    expect(received[0]?.path).toBe('/v1/chat/completions')
    expect(received[0]?.body).toMatchObject({ model: 'heist-sim', max_tokens: 300 })
    const sent = received[0]?.body.messages as { role: string; content: string }[]
    expect(sent[1]?.content).toContain('Previous summary:\nEarlier plan.\n\nNew messages:\n[planner] Message 0:')
  })

  test('sends the end-of-turn tokens as stop, as a turn does; a server that refuses them is asked again without', async () => {
    const { baseURL, received } = await stub((body, res) => {
      if (!body.stop) return completion(res, 'Guards change at 02:30.')
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { message: "Invalid 'stop': too many items.", type: 'invalid_request_error', param: 'stop', code: null } }))
    })
    const chat = createChatClient({ baseUrl: baseURL, apiKey: 'not-needed', model: 'heist-sim', timeoutMs: 2_000 })
    expect(await summarise(chat, null, messages, 200)).toMatchObject({ text: 'Guards change at 02:30.', method: 'model', error: null })
    expect(received[0]?.body.stop).toEqual([...END_OF_TURN_MARKERS])
    // Refused once, never sent again by this client.
    await summarise(chat, null, messages, 200)
    expect(received.map((r) => 'stop' in r.body)).toEqual([true, false, false])
  })

  test('a server that ignores stop: the summary ends at the end-of-turn token, GLM-4\'s <|user|> included', async () => {
    const ranOn = ['Guards change at 02:30.<|im_end|>\n<|im_start|>assistant\nGuards change at 02:30.', 'Guards change at 02:30.\n<|user|>\n[hacker] Received, I agree with this arrangement.']
    let reply = 0
    const { baseURL, received } = await stub((_body, res) => completion(res, ranOn[reply++]!))
    const chat = createChatClient({ baseUrl: baseURL, apiKey: 'x', model: 'heist-sim', timeoutMs: 2_000 })
    for (const _ of ranOn) expect(await summarise(chat, null, messages, 200)).toMatchObject({ text: 'Guards change at 02:30.', method: 'model' })
    expect(received.every((r) => (r.body.stop as string[]).includes('<|user|>'))).toBe(true)
  })

  // A summariser that thinks aloud would put its chain of thought in the memory every agent reads.
  const REASONING = 'The planner is the mole, so I should leave out the 02:45 window'
  test('a thinking model\'s reasoning never reaches the summary: its own tags, a tag the template opened, a reply cut inside it', async () => {
    const replies: [string, 'stop' | 'length'][] = [
      [`<think>${REASONING}.</think>\n\nGuards change at 02:30.`, 'stop'], // Qwen3 hybrid
      [`${REASONING}.\n</think>\n\nGuards change at 02:30.`, 'stop'], // DeepSeek-R1 distills, QwQ, Qwen3-…-Thinking-2507
      [`<think>${REASONING}, and the vault`, 'length'], // cut at max_tokens inside its own tags
    ]
    let reply = 0
    const { baseURL } = await stub((_body, res) => completion(res, ...replies[reply++]!))
    const chat = createChatClient({ baseUrl: baseURL, apiKey: 'x', model: 'qwen3-8b', timeoutMs: 2_000, retry: { retries: 0 } })
    for (const _ of replies.slice(0, 2)) expect(await summarise(chat, null, messages, 200)).toMatchObject({ text: 'Guards change at 02:30.', method: 'model' })
    const cut = await summarise(chat, null, messages, 200)
    expect(cut.method).toBe('extractive')
    expect(cut.text).not.toContain('mole')
  })

  test('a reply cut at max_tokens with no tag is reasoning from a model known to open its block, by name or once seen; from any other, a summary trimmed', async () => {
    const cut = `Guards change at 02:30 and the planner wants the vault open by 02:45, so the guards`
    let seen = 0
    const { baseURL } = await stub((body, res) => (body.model === 'seen' && seen++ === 0
      ? completion(res, `${REASONING}.\n</think>\n\nGuards change at 02:30.`)
      : completion(res, cut, 'length')))
    const summaryOf = async (model: string, watch = createReasoningWatch('auto', model)) => {
      const chat = createChatClient({ baseUrl: baseURL, apiKey: 'x', model, timeoutMs: 2_000, retry: { retries: 0 } })
      return summarise(chat, null, messages, 200, { reasoning: watch })
    }
    expect((await summaryOf('DeepSeek-R1-Distill-Qwen-7B')).method).toBe('extractive')
    // Learnt: the model's first summary showed a bare `</think>`, so its template opens the block.
    const watch = createReasoningWatch('auto', 'seen')
    expect((await summaryOf('seen', watch)).text).toBe('Guards change at 02:30.')
    expect((await summaryOf('seen', watch)).method).toBe('extractive')
    // Not known to open one, and no `<think>` in the cut text: the summary is kept (it used to fall back).
    expect(await summaryOf('my-finetune')).toMatchObject({ text: cut, method: 'model' })
    expect(await summaryOf('my-finetune', createReasoningWatch('auto', 'my-finetune'))).toMatchObject({ text: cut, method: 'model' })
  })

  test('a summary the server ended at a stop string inside its reasoning (no `</think>`) is reasoning: the extractive summary is used', async () => {
    // vLLM says which stop string fired (`[INST]` is one the fleet sends); another server does not,
    // but a model known to open its block ends its reasoning only at `</think>`.
    const { baseURL } = await stub((body, res) => completion(res, `${REASONING}, then`, 'stop', body.model === 'qwq-32b' ? {} : { stop_reason: '[INST]' }))
    for (const model of ['qwq-32b', 'my-finetune']) {
      const chat = createChatClient({ baseUrl: baseURL, apiKey: 'x', model, timeoutMs: 2_000, retry: { retries: 0 } })
      const watch = createReasoningWatch('auto', model)
      const result = await summarise(chat, null, messages, 200, { reasoning: watch })
      expect(result.method, model).toBe('extractive')
      expect(result.text).not.toContain('mole')
      // Nothing was learnt from it: the model is still held (a stop may have cut its reasoning).
      expect(watch.held(), model).toBe(true)
    }
  })

  test('retries once after a server error', async () => {
    let calls = 0
    const { baseURL } = await stub((_body, res) => {
      calls++
      if (calls === 1) {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"message":"loading model"}}')
        return
      }
      completion(res, 'Second time lucky.')
    })
    const chat = createChatClient({ baseUrl: baseURL, apiKey: 'x', model: 'heist-sim', timeoutMs: 2_000 })
    expect((await summarise(chat, null, messages, 200)).text).toBe('Second time lucky.')
    expect(calls).toBe(2)
  })

  test('a model that never answers times out and the extractive fallback is used', async () => {
    const { baseURL, received } = await stub(() => undefined)
    const chat = createChatClient({ baseUrl: baseURL, apiKey: 'x', model: 'heist-sim', timeoutMs: 200 })
    const result = await summarise(chat, null, messages, 200)
    expect(result.method).toBe('extractive')
    expect(result.error).toMatch(/timed out/i)
    expect(result.text).toContain('[planner] Message 0: the guard at door 0 changes shift at 00:30.')
    expect(received).toHaveLength(2)
  })
})
