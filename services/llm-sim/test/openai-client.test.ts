import OpenAI from 'openai'
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { runTool, TOOLS } from './helpers/scenario.js'

type App = Awaited<ReturnType<typeof buildApp>>
let app: App
let client: OpenAI

const SYSTEM = "You are safecracker, the team's Safe Specialist. Calculate precise timings with your calculator tool.\nYour team: planner (Strategic Heist Planner), safecracker (Safe Specialist)"
const MESSAGES: ChatCompletionMessageParam[] = [
  { role: 'system', content: SYSTEM },
  { role: 'user', content: '[planner] The maintenance window is 02:00-02:45. How long is the door?' },
  { role: 'user', content: 'Round 1 of 5. It is your turn, safecracker.' },
]

beforeAll(async () => {
  app = await buildApp({ config: { LLM_SIM_TOKENS_PER_S: 0, LOG_LEVEL: 'silent' } })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  client = new OpenAI({ baseURL: `${address}/v1`, apiKey: 'not-needed', maxRetries: 0, timeout: 10_000 })
})
afterAll(async () => {
  await app.close()
})

describe('the openai client against llm-sim', () => {
  it('lists the model', async () => {
    const models = await client.models.list()
    expect(models.data.map((m) => m.id)).toContain('heist-sim')
  })

  it('gets the same answer twice, and the same text streamed as not', async () => {
    const first = await client.chat.completions.create({ model: 'heist-sim', messages: MESSAGES })
    const second = await client.chat.completions.create({ model: 'heist-sim', messages: MESSAGES })
    expect(second.choices[0]!.message.content).toBe(first.choices[0]!.message.content)
    const stream = await client.chat.completions.create({ model: 'heist-sim', messages: MESSAGES, stream: true, stream_options: { include_usage: true } })
    let text = ''
    let usage: OpenAI.CompletionUsage | null | undefined
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      usage = chunk.usage ?? usage
    }
    expect(text).toBe(first.choices[0]!.message.content)
    expect(usage).toEqual(first.usage)
  })

  it('runs a whole tool turn: the call, the result, then a message using the number', async () => {
    const messages = [...MESSAGES]
    const tools = [TOOLS.calculator!] as OpenAI.ChatCompletionTool[]
    const runner = client.chat.completions.stream({ model: 'heist-sim', messages, tools })
    const streamed = await runner.finalChatCompletion()
    const call = streamed.choices[0]!.message.tool_calls?.[0]
    expect(streamed.choices[0]!.finish_reason).toBe('tool_calls')
    expect(call?.type).toBe('function')
    if (call?.type !== 'function') return
    expect(call.function.name).toBe('calculator')
    const result = runTool('calculator', JSON.parse(call.function.arguments) as Record<string, unknown>)
    const value = result.split('=').at(-1)!.trim()
    messages.push({ role: 'assistant', content: null, tool_calls: [call] }, { role: 'tool', tool_call_id: call.id, content: result })
    const followUp = await client.chat.completions.create({ model: 'heist-sim', messages, tools })
    expect(followUp.choices[0]!.message.tool_calls ?? []).toHaveLength(0)
    expect(followUp.choices[0]!.message.content).toContain(value)
  })

  it('surfaces a bad request as an APIError with status 400', async () => {
    const failure = await client.chat.completions.create({ model: 'heist-sim', messages: [] }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(OpenAI.BadRequestError)
    expect((failure as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('messages')
  })

  it('answers json_schema requests with parseable JSON', async () => {
    const reply = await client.chat.completions.create({
      model: 'heist-sim',
      messages: [{ role: 'user', content: 'Rate the plan.' }],
      response_format: { type: 'json_schema', json_schema: { name: 'rating', strict: true, schema: { type: 'object', properties: { rating: { type: 'integer', minimum: 1, maximum: 5 }, why: { type: 'string' } }, required: ['rating', 'why'] } } },
    })
    const value = JSON.parse(reply.choices[0]!.message.content!) as { rating: number; why: string }
    expect(value.rating).toBeGreaterThanOrEqual(1)
    expect(value.rating).toBeLessThanOrEqual(5)
    expect(value.why.length).toBeGreaterThan(0)
  })
})
