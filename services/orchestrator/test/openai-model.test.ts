import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createOpenAiModel } from '../src/adapters/openai-model.js'
import { isModelUnavailable } from '../src/engine/index.js'

let server: Server | undefined
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())))

/** A stand-in OpenAI-compatible server that streams the given chunks and records requests. */
async function fakeOpenAi(chunks: object[], status = 200) {
  const bodies: Record<string, unknown>[] = []
  server = createServer(async (req: IncomingMessage, res) => {
    let text = ''
    for await (const part of req) text += String(part)
    bodies.push(JSON.parse(text) as Record<string, unknown>)
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'overloaded' } }))
      return
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    for (const chunk of chunks) res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', ...chunk })}\n\n`)
    res.end('data: [DONE]\n\n')
  })
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()))
  return { url: `http://127.0.0.1:${(server?.address() as AddressInfo).port}/v1`, bodies }
}

const delta = (d: object) => ({ choices: [{ index: 0, delta: d, finish_reason: null }] })

describe('the OpenAI-compatible model adapter', () => {
  it('streams text and assembles tool calls split across chunks, sending tool calls in the wire shape', async () => {
    const fake = await fakeOpenAi([
      delta({ role: 'assistant', content: 'Let me ' }),
      delta({ content: 'check.' }),
      delta({ tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'calculator', arguments: '{"expre' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: 'ssion":"2*3"}' } }] }),
      { choices: [], usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 } },
    ])
    const model = createOpenAiModel({ baseUrl: fake.url, model: 'm', apiKey: 'k', timeoutMs: 2000, retries: 0 })
    const deltas: string[] = []
    const reply = await model.complete({
      messages: [
        { role: 'system', content: 's' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1_1', name: 'calculator', arguments: '{}' }] },
        { role: 'tool', tool_call_id: 'call_1_1', content: '0' },
      ],
      tools: [{ type: 'function', function: { name: 'calculator', description: 'd', parameters: { type: 'object' } } }],
      temperature: 0.7, maxTokens: 100, seed: 9, game: 'a1b2c3', onDelta: (t) => deltas.push(t),
    })
    expect(reply).toEqual({ content: 'Let me check.', toolCalls: [{ id: 'call_a', name: 'calculator', arguments: '{"expression":"2*3"}' }], usage: { promptTokens: 42, completionTokens: 7 } })
    expect(deltas).toEqual(['Let me ', 'check.'])
    const sent = fake.bodies[0] as { messages: { tool_calls?: unknown }[]; stream: boolean; seed: number; max_tokens: number }
    expect(sent.messages[1]?.tool_calls).toEqual([{ id: 'call_1_1', type: 'function', function: { name: 'calculator', arguments: '{}' } }])
    expect(sent).toMatchObject({ stream: true, seed: 9, max_tokens: 100, prompt_cache_key: 'a1b2c3' })
  })

  it('retries a failing model with backoff, then gives up with MODEL_UNAVAILABLE naming the endpoint', async () => {
    const fake = await fakeOpenAi([], 503)
    const model = createOpenAiModel({ baseUrl: fake.url, model: 'm', apiKey: 'k', timeoutMs: 2000, retries: 2, backoffMs: 5 })
    const error = await model.complete({ messages: [{ role: 'user', content: 'hi' }], temperature: 0, maxTokens: 10 }).catch((e: unknown) => e)
    expect(isModelUnavailable(error)).toBe(true)
    expect((error as Error).message).toContain(fake.url)
    expect(fake.bodies).toHaveLength(3)
  })

  /** A server that answers `status` and `refusal` to any request carrying `field`, and streams "Ready." otherwise. */
  async function refusingServer(field: string, status: number, refusal: object) {
    const bodies: Record<string, unknown>[] = []
    server = createServer(async (req, res) => {
      let text = ''
      for await (const part of req) text += String(part)
      const body = JSON.parse(text) as Record<string, unknown>
      bodies.push(body)
      if (field in body) {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(refusal))
        return
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', ...delta({ content: 'Ready.' }) })}\n\n`)
      res.end('data: [DONE]\n\n')
    })
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()))
    return { bodies, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` }
  }

  it('asks a server that refuses `stop` (OpenAI\'s own API: at most four, none for reasoning models) again without it, and stops sending it', async () => {
    const { bodies, baseUrl } = await refusingServer('stop', 400, { error: { message: "Unsupported parameter: 'stop' is not supported with this model.", type: 'invalid_request_error', param: 'stop', code: 'unsupported_parameter' } })
    const model = createOpenAiModel({ baseUrl, model: 'm', apiKey: 'k', timeoutMs: 2000, retries: 2, backoffMs: 5 })
    const ask = () => model.complete({ messages: [{ role: 'user', content: 'hi' }], temperature: 0, maxTokens: 10, stop: ['<|eot_id|>'], onDelta: () => undefined })
    expect((await ask()).content).toBe('Ready.')
    expect((await ask()).content).toBe('Ready.')
    expect(bodies.map((b) => 'stop' in b)).toEqual([true, false, false])
  })

  // A strict server: OpenAI's own answer to a field it does not know, and a vLLM-style one with extra fields forbidden.
  // Bodies not in OpenAI's `{error: …}` shape too: FastAPI's own 422 and vLLM's unwrapped error (the SDK read them as "no body").
  const REFUSALS: { status: number; body: object }[] = [
    { status: 400, body: { error: { message: 'Unrecognized request argument supplied: prompt_cache_key', type: 'invalid_request_error', param: null, code: null } } },
    { status: 400, body: { error: { message: "1 validation error for ChatCompletionRequest\nprompt_cache_key\n  Extra inputs are not permitted [type=extra_forbidden, input_value='a1b2c3', input_type=str]", type: 'BadRequestError', param: null, code: 400 } } },
    { status: 422, body: { detail: [{ type: 'extra_forbidden', loc: ['body', 'prompt_cache_key'], msg: 'Extra inputs are not permitted', input: 'a1b2c3' }] } },
    { status: 400, body: { object: 'error', message: 'prompt_cache_key: Extra inputs are not permitted', type: 'BadRequestError', param: null, code: 400 } },
  ]
  it('asks a strict server that refuses `prompt_cache_key` again without it, once per model (a session\'s), and says so once', async () => {
    for (const refusal of REFUSALS) {
      const { bodies, baseUrl } = await refusingServer('prompt_cache_key', refusal.status, refusal.body)
      const refused: string[] = []
      const model = createOpenAiModel({
        baseUrl, model: 'm', apiKey: 'k', timeoutMs: 2000, retries: 2, backoffMs: 5,
        onFieldRefused: (field) => refused.push(field),
      })
      const ask = () => model.complete({ messages: [{ role: 'user', content: 'hi' }], temperature: 0, maxTokens: 10, game: 'a1b2c3', stop: ['<|eot_id|>'], onDelta: () => undefined })
      for (let i = 0; i < 3; i++) expect((await ask()).content).toBe('Ready.')
      expect(bodies.map((b) => 'prompt_cache_key' in b)).toEqual([true, false, false, false])
      // Only the refused field is left out: the seed, the stop strings and the rest still go.
      expect(bodies.every((b) => Array.isArray(b.stop))).toBe(true)
      expect(refused).toEqual(['prompt_cache_key'])
      await new Promise<void>((r) => server?.close(() => r()))
      server = undefined
    }
  })

  it('still reports any other 400 as it is, without asking again', async () => {
    const fake = await fakeOpenAi([], 400)
    const model = createOpenAiModel({ baseUrl: fake.url, model: 'm', apiKey: 'k', timeoutMs: 2000, retries: 2, backoffMs: 5 })
    const error = await model.complete({ messages: [{ role: 'user', content: 'hi' }], temperature: 0, maxTokens: 10, stop: ['<|eot_id|>'] }).catch((e: unknown) => e)
    expect(isModelUnavailable(error)).toBe(true)
    expect(fake.bodies).toHaveLength(1)
  })

  it('reports a model that is not running at all as unavailable', async () => {
    const model = createOpenAiModel({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', apiKey: 'k', timeoutMs: 500, retries: 1, backoffMs: 5 })
    const error = await model.complete({ messages: [{ role: 'user', content: 'hi' }], temperature: 0, maxTokens: 10 }).catch((e: unknown) => e)
    expect(isModelUnavailable(error)).toBe(true)
  })
})
