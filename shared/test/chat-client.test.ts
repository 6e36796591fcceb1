import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { ChatUnavailableError, createChatClient } from '../src/chat-client.js'

let server: Server | undefined
afterEach(() => {
  server?.closeAllConnections()
  server?.close()
})

/** An OpenAI-compatible stand-in: `handle` answers call number `n` (from 1). */
async function fakeModel(handle: (res: ServerResponse, n: number) => void) {
  const times: number[] = []
  server = createServer(async (req: IncomingMessage, res) => {
    for await (const _ of req) void _
    times.push(Date.now())
    handle(res, times.length)
  })
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()))
  return { baseUrl: `http://127.0.0.1:${(server?.address() as AddressInfo).port}/v1`, times }
}

const chunk = (content: string) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`
const reply = (res: ServerResponse, content: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
  id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
}))
const ask = { messages: [{ role: 'user' as const, content: 'plan the heist' }] }

describe('the shared chat client', () => {
  test('a 429 is retried after the Retry-After the server asked for', async () => {
    const fake = await fakeModel((res, n) => {
      if (n === 1) res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"error":{"message":"slow down"}}')
      else reply(res, 'We go at dawn.')
    })
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000, retry: { baseMs: 1 } })
    expect((await chat(ask)).content).toBe('We go at dawn.')
    expect(fake.times).toHaveLength(2)
    expect((fake.times[1] ?? 0) - (fake.times[0] ?? 0)).toBeGreaterThanOrEqual(900)
  })

  test('a stream that breaks after text was shown is not retried (the text would show twice)', async () => {
    const fake = await fakeModel((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(chunk('The guard changes'))
      setTimeout(() => res.destroy(), 20)
    })
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000, retry: { retries: 3, baseMs: 1 } })
    const shown: string[] = []
    const error = await chat({ ...ask, onDelta: (t) => shown.push(t) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatUnavailableError)
    expect(shown).toEqual(['The guard changes'])
    expect(fake.times).toHaveLength(1)
  })

  test('reasoning a server sends apart (reasoning_content, reasoning) is never shown or kept; a reply cut at max_tokens says so', async () => {
    const part = (delta: Record<string, string>, finish: string | null = null) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`
    const fake = await fakeModel((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end(`${part({ reasoning_content: 'As the mole I lie.' })}${part({ reasoning: 'Still the mole.' })}${part({ content: 'We go at dawn' })}${part({}, 'length')}data: [DONE]\n\n`)
    })
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000 })
    const shown: string[] = []
    const result = await chat({ ...ask, onDelta: (t) => shown.push(t) })
    expect(shown).toEqual(['We go at dawn'])
    expect(result).toMatchObject({ content: 'We go at dawn', truncated: true })
  })

  test('a stream that fails before any text is retried', async () => {
    const fake = await fakeModel((res, n) => {
      if (n === 1) return void res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"message":"loading"}}')
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end(`${chunk('Ready.')}data: [DONE]\n\n`)
    })
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000, retry: { baseMs: 1 } })
    const shown: string[] = []
    expect((await chat({ ...ask, onDelta: (t) => shown.push(t) })).content).toBe('Ready.')
    expect(shown).toEqual(['Ready.'])
  })

  // The abort is triggered by the fake model's own progress, not by a timer: at load 14 a 200 ms timer
  // once fired while the first attempt was still in flight, and the call then ended with the SDK's
  // 'Request was aborted.' instead of the caller's reason. Both moments must end the same way.
  test('an abort during the wait for a retry ends it, with the caller\'s reason, and is not reported as an outage', async () => {
    const controller = new AbortController()
    const fake = await fakeModel((res) => {
      res.on('finish', () => setTimeout(() => controller.abort(new Error('session stopped')), 50))
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '30' }).end('{"error":{"message":"busy"}}')
    })
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000, retry: { retries: 3 } })
    const error = await chat({ ...ask, signal: controller.signal }).catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ChatUnavailableError)
    expect((error as Error).message).toBe('session stopped')
    expect(fake.times).toHaveLength(1)
  })

  test('an abort while the model is still answering ends the call with the caller\'s reason too', async () => {
    const controller = new AbortController()
    // The model has the request and has not answered: the abort lands inside the attempt.
    const fake = await fakeModel(() => controller.abort(new Error('session stopped')))
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000, retry: { retries: 3, baseMs: 1 } })
    for (const onDelta of [undefined, () => undefined]) {
      const error = await chat({ ...ask, signal: controller.signal, ...(onDelta ? { onDelta } : {}) }).catch((e: unknown) => e)
      expect(error).not.toBeInstanceOf(ChatUnavailableError)
      expect((error as Error).message).toBe('session stopped')
    }
    // The second call found the signal aborted already and never reached the model.
    expect(fake.times).toHaveLength(1)
  })

  test('a refused request (400) is not retried', async () => {
    const fake = await fakeModel((res) => res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"bad"}}'))
    const chat = createChatClient({ baseUrl: fake.baseUrl, apiKey: 'k', model: 'm', timeoutMs: 5_000, retry: { retries: 3, baseMs: 1 } })
    const error = await chat(ask).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatUnavailableError)
    expect((error as Error).message).toContain('HTTP 400')
    expect(fake.times).toHaveLength(1)
  })
})
