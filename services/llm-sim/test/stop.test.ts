import { describe, expect, it } from 'vitest'
import { sseData } from '@heist/shared/sse'
import { simulateCompletion, type ChatCompletion, type ChatCompletionChunk, type ChatCompletionRequest } from '../src/model/index.js'

import { useSimApp } from './helpers/sim-app.js'

const app = useSimApp()

const EOT = '<|eot_id|>'
const MARKERS = [EOT, '<|eom_id|>', '<|im_end|>', '<|end|>', '<end_of_turn>', '<|endoftext|>', '<|end_of_text|>']

/** A seat's plain turn (no tools) for `model` and `seed`. */
const turn = (model: string, seed: number, name = 'planner'): ChatCompletionRequest => ({
  model, seed,
  messages: [{ role: 'system', content: `You are ${name}, the team's ${name}. You are good at your job.` }, { role: 'user', content: `Round 2 of 5. It is your turn, ${name}.` }],
})

/** The first request over seeds 0-299 and the six seats whose reply (sent without `stop`) passes `test`. */
function findTurn(model: string, test: (text: string) => boolean): { request: ChatCompletionRequest; text: string } {
  for (const name of ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']) {
    for (let seed = 0; seed < 300; seed++) {
      const request = turn(model, seed, name)
      const text = simulateCompletion(request).choices[0].message.content ?? ''
      if (test(text)) return { request, text }
    }
  }
  throw new Error(`no such reply from ${model}`)
}

async function complete(body: object) {
  const reply = await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: body })
  expect(reply.statusCode, reply.body).toBe(200)
  return reply.json<ChatCompletion>().choices[0]
}

async function streamed(body: object): Promise<{ text: string; finish: string | null }> {
  const reply = await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...body, stream: true } })
  const chunks = sseData(reply.body).filter((d) => d !== '[DONE]').map((d) => JSON.parse(d) as ChatCompletionChunk)
  return { text: chunks.map((c) => c.choices[0]?.delta.content ?? '').join(''), finish: chunks.at(-1)?.choices[0]?.finish_reason ?? null }
}

describe('the request\'s stop strings, honoured as local servers do', () => {
  it('ends a reply that runs past its end-of-turn token before the token, streamed or not, with finish_reason "stop"', async () => {
    // Voice h imitates a quantised Llama that now and then writes its end-of-turn token out and runs on.
    const { request, text } = findTurn('heist-sim-h', (t) => t.includes(EOT))
    const before = text.slice(0, text.indexOf(EOT))
    expect(before.length).toBeGreaterThan(20)
    const cut = await complete({ ...request, stop: MARKERS })
    expect(cut.message.content).toBe(before)
    expect(cut.finish_reason).toBe('stop')
    expect(await streamed({ ...request, stop: MARKERS })).toEqual({ text: before, finish: 'stop' })
    // Not sent, nothing changes: the same reply as ever, marker and all.
    expect((await complete(request)).message.content).toBe(text)
    expect((await streamed(request)).text).toBe(text)
  })

  it('cuts at the earliest of several stop strings, a single string too, and bills only what it sent', async () => {
    const { request, text } = findTurn('heist-sim', (t) => t.split(' the ').length > 3 && t.includes('. '))
    const first = Math.min(text.indexOf(' the '), text.indexOf('. '))
    const cut = await complete({ ...request, stop: ['. ', ' the ', 'no such words anywhere'] })
    expect(cut.message.content).toBe(text.slice(0, first))
    const single = await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...request, stop: ' the ' } })
    expect(single.json<ChatCompletion>().choices[0].message.content).toBe(text.slice(0, text.indexOf(' the ')))
    const whole = simulateCompletion(request)
    expect(single.json<ChatCompletion>().usage.completion_tokens).toBeLessThan(whole.usage.completion_tokens)
    // A stop string that never occurs leaves the completion exactly as it was.
    expect(simulateCompletion({ ...request, stop: ['<|im_end|>'] })).toEqual(whole)
  })

  it('reports "length" when the token limit comes before the stop string', async () => {
    const { request, text } = findTurn('heist-sim', (t) => t.length > 200)
    const last = text.slice(-12)
    const cut = await complete({ ...request, max_tokens: 5, stop: [last] })
    expect(cut.finish_reason).toBe('length')
    expect(cut.message.content!.length).toBeLessThan(text.length - 12)
  })

  it('never splits a character: half of an emoji is no match, the whole emoji is', async () => {
    const { request, text } = findTurn('heist-sim-g', (t) => /\p{Extended_Pictographic}/u.test(t) && /[\ud800-\udbff]/.test(t))
    const at = text.search(/[\ud800-\udbff]/)
    const emoji = text.slice(at, at + 2)
    const low = emoji[1]!
    const half = await complete({ ...request, stop: [low] })
    expect(half.message.content).toBe(text)
    const whole = await complete({ ...request, stop: [emoji] })
    expect(whole.message.content).toBe(text.slice(0, at))
    expect((await streamed({ ...request, stop: [emoji] })).text).toBe(text.slice(0, at))
  })

  it('refuses a stop that is not a string or a list of non-empty strings, with a 400 that says what is wrong', async () => {
    const rule = 'must be a non-empty string or a list of at most 64 non-empty strings'
    const cases: Array<[unknown, string, string]> = [
      ['', 'stop', 'got an empty string'],
      [['ok', ''], 'stop.1', 'got an empty string'],
      [5, 'stop', 'got a number'],
      [{ a: 1 }, 'stop', 'got an object'],
      [['ok', 1], 'stop', 'item 1 is a number'],
      [Array.from({ length: 65 }, (_, i) => `s${i}`), 'stop', 'got a list of 65'],
    ]
    for (const [stop, param, problem] of cases) {
      const reply = await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...turn('heist-sim', 1), stop } })
      expect(reply.statusCode, JSON.stringify(stop)).toBe(400)
      // OpenAI's error shape, which OpenAI clients read.
      expect(reply.json()).toEqual({ error: { message: `Invalid request: ${param}: ${rule}; ${problem}`, type: 'invalid_request_error', param, code: 'invalid_value' } })
    }
    expect((await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...turn('heist-sim', 1), stop: Array.from({ length: 64 }, (_, i) => `s${i}`) } })).statusCode).toBe(200)
    expect((await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...turn('heist-sim', 1), stop: null } })).statusCode).toBe(200)
  })
})
