import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import type { ChatCompletion, ChatCompletionChunk } from '../src/model/index.js'
import { TOOLS } from './helpers/scenario.js'
import { useSimApp } from './helpers/sim-app.js'
import { sseData } from '@heist/shared/sse'


const TURN = {
  model: 'heist-sim',
  messages: [
    { role: 'system', content: "You are safecracker, the team's Safe Specialist. Be precise." },
    { role: 'user', content: '[planner] We go in during the 02:00-02:45 window.' },
    { role: 'user', content: 'Round 1 of 5. It is your turn, safecracker.' },
  ],
}

const app = useSimApp()

function reply0(reply: { json: <T>() => T }) {
  return reply.json<ChatCompletion>().choices[0].message
}

function post(body: unknown) {
  return app().inject({ method: 'POST', url: '/v1/chat/completions', payload: body as object })
}

describe('llm-sim HTTP', () => {
  it('lists heist-sim in /v1/models and reports healthy', async () => {
    const models = await app().inject({ method: 'GET', url: '/v1/models' })
    expect(models.statusCode).toBe(200)
    expect(models.json<{ data: { id: string }[] }>().data.map((m) => m.id)).toContain('heist-sim')
    expect((await app().inject({ method: 'GET', url: '/health' })).json<{ status: string }>().status).toBe('ok')
  })

  it('answers a chat completion with content, usage and the server clock', async () => {
    const reply = await post(TURN)
    expect(reply.statusCode).toBe(200)
    const completion = reply.json<ChatCompletion>()
    expect(completion.object).toBe('chat.completion')
    expect(completion.created).toBe(1_800_000_000)
    expect(completion.choices[0].message.content).toMatch(/\w+/)
    expect(completion.usage.prompt_tokens).toBeGreaterThan(10)
    expect(completion.usage.total_tokens).toBe(completion.usage.prompt_tokens + completion.usage.completion_tokens)
    expect((await post(TURN)).body).toBe(reply.body)
  })

  it('streams chunks that reassemble to the non-streamed content, then [DONE]', async () => {
    const plain = (await post(TURN)).json<ChatCompletion>()
    const reply = await post({ ...TURN, stream: true, stream_options: { include_usage: true } })
    expect(reply.statusCode).toBe(200)
    expect(reply.headers['content-type']).toMatch(/text\/event-stream/)
    const data = sseData(reply.body)
    expect(data.at(-1)).toBe('[DONE]')
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d) as ChatCompletionChunk)
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === plain.id)).toBe(true)
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe(plain.choices[0].message.content)
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe('stop')
    expect(chunks.at(-1)!.choices).toEqual([])
    expect(chunks.at(-1)!.usage).toEqual(plain.usage)
  })

  it('streams a tool call as deltas whose arguments join into valid JSON', async () => {
    const reply = await post({ ...TURN, tools: [TOOLS.calculator], stream: true })
    const chunks = sseData(reply.body).slice(0, -1).map((d) => JSON.parse(d) as ChatCompletionChunk)
    const deltas = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? [])
    expect(deltas[0]!.function.name).toBe('calculator')
    const args = JSON.parse(deltas.map((d) => d.function.arguments).join('')) as { expression: string }
    expect(args.expression).toMatch(/\d/)
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('tool_calls')
    expect(chunks.some((c) => 'usage' in c)).toBe(false)
  })

  it.each([
    ['no messages', { model: 'heist-sim', messages: [] }, 'messages'],
    ['no model', { messages: [{ role: 'user', content: 'hi' }] }, 'model'],
    ['a bad role', { model: 'm', messages: [{ role: 'robot', content: 'hi' }] }, 'messages.0.role'],
    ['n > 1', { model: 'm', n: 2, messages: [{ role: 'user', content: 'hi' }] }, 'n'],
    ['a bad temperature', { model: 'm', temperature: 9, messages: [{ role: 'user', content: 'hi' }] }, 'temperature'],
  ])('refuses %s with a 400 in OpenAI\'s error shape', async (_name, body, param) => {
    const reply = await post(body)
    expect(reply.statusCode).toBe(400)
    const { error } = reply.json<{ error: { message: string; type: string; param: string | null; code: string | null } }>()
    expect(error.type).toBe('invalid_request_error')
    expect(error.param).toBe(param)
    expect(error.message.length).toBeGreaterThan(5)
  })

  it('refuses malformed JSON and a non-object body with a 400, not a crash', async () => {
    const broken = await app().inject({ method: 'POST', url: '/v1/chat/completions', headers: { 'content-type': 'application/json' }, payload: '{"model": ' })
    expect(broken.statusCode).toBe(400)
    expect(broken.json<{ error: { type: string } }>().error.type).toBe('invalid_request_error')
    const array = await app().inject({ method: 'POST', url: '/v1/chat/completions', headers: { 'content-type': 'application/json' }, payload: '[1,2]' })
    expect(array.statusCode).toBe(400)
  })

  it('never answers odd but well-formed requests with a 5xx', async () => {
    const odd: unknown[] = [
      { model: 'm', messages: 'hello' },
      { model: 'm', messages: [{ role: 'user', content: 5 }] },
      { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'image_url', image_url: { url: 'x' } }] }] },
      { model: 'm', messages: [{ role: 'tool', tool_call_id: 'nope', content: 'ERROR X: y' }] },
      { model: 'm', messages: [{ role: 'system', content: "You are x, the team's y." }, { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'calculator', arguments: '{not json' } }] }, { role: 'tool', tool_call_id: 'a', content: '' }] },
      { model: 'm', messages: [{ role: 'user', content: 'hi' }], tools: [{}] },
      { model: 'm', messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'custom', custom: { name: 'x' } }, { type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] } } }], tool_choice: 'required' },
      { model: 'm', messages: [{ role: 'user', content: 'AGENTS:\nCONVERSATION:\n' }] },
      { model: 'm', messages: [{ role: 'system', content: 'summarizer' }, { role: 'user', content: 'Write the updated summary in at most 0 tokens.' }] },
      { model: 'm', messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_schema', json_schema: { name: 'n', schema: { type: 'object', properties: { deep: { type: 'array', items: { anyOf: [{ type: 'null' }, { type: 'object' }] } } } } } } },
      { model: 'm', messages: [{ role: 'user', content: 'x' }], response_format: { type: 'xml' } },
      { model: 'm', messages: [{ role: 'system', content: "You are planner, the team's Planner." }, { role: 'user', content: 'Round 99 of 0. It is your turn.' }], max_tokens: 1 },
    ]
    for (const body of odd) {
      const reply = await post(body)
      expect(reply.statusCode, JSON.stringify(body)).toBeLessThan(500)
      if (reply.statusCode >= 400) expect(reply.json<{ error: { type: string } }>().error.type).toBe('invalid_request_error')
    }
    const required = await post(odd[6])
    expect(JSON.parse(reply0(required).tool_calls![0]!.function.arguments)).toEqual({ a: expect.any(Number) })
  })

  it('takes every seed of the 32-bit range the orchestrator sends, and the top bit changes the game', async () => {
    const contents = await Promise.all([5, 2 ** 31 + 5, 0xfffffffe].map(async (seed) => {
      const reply = await post({ ...TURN, seed })
      expect(reply.statusCode).toBe(200)
      return reply0(reply).content
    }))
    expect(new Set(contents).size).toBe(3)
  })

  it('accepts unknown fields and any model name', async () => {
    const reply = await post({ ...TURN, model: 'qwen2.5-7b-instruct', top_p: 0.9, frequency_penalty: 0, user: 'x', metadata: { a: 1 } })
    expect(reply.statusCode).toBe(200)
    expect(reply.json<ChatCompletion>().model).toBe('qwen2.5-7b-instruct')
  })

  it('paces replies at LLM_SIM_TOKENS_PER_S', async () => {
    const waits: number[] = []
    const slow = await buildApp({ config: { LLM_SIM_TOKENS_PER_S: 20, LOG_LEVEL: 'silent' }, deps: { sleep: async (ms) => void waits.push(ms) } })
    const completion = (await slow.inject({ method: 'POST', url: '/v1/chat/completions', payload: TURN })).json<ChatCompletion>()
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeCloseTo((completion.usage.completion_tokens / 20) * 1000)
    waits.length = 0
    await slow.inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...TURN, stream: true } })
    expect(waits.length).toBeGreaterThan(5)
    expect(waits.reduce((a, b) => a + b, 0)).toBeCloseTo((completion.usage.completion_tokens / 20) * 1000)
    await slow.close()
  })
})
