/**
 * The checks every added voice (d onwards) must pass, one row a voice (helpers/voice-rows.ts): it is
 * picked by its model name, repeats itself, writes text tool calls the orchestrator parses into the
 * call it would have made natively, answers the judge with JSON in its own wrappers, and answers
 * through the HTTP app. No sentence shared with another voice: voice-sentences.test.ts; whole
 * sessions through the real engine: voice-engine.test.ts. Each voice's own file (voice-d … -k) keeps
 * what only that voice does: its formats, register, sabotage and mistakes.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls, stripThinking, validateArgs } from '@heist/orchestrator/engine'
import { simulateCompletion, voiceIdOf, VOICE_MODELS, type ChatCompletion } from '../src/model/index.js'
import { useSimApp } from './helpers/sim-app.js'
import { playSession, TOOLS } from './helpers/scenario.js'
import { modelOf, ROWS } from './helpers/voice-rows/index.js'
import { textCallsOf, TOOL_SEATS, turnRequest } from './helpers/voice-turns.js'

describe.each(ROWS)('voice $id, the checks every voice passes', (row) => {
  const model = modelOf(row.id)

  it('is chosen by its model name, spelled any way, and listed', () => {
    expect(voiceIdOf(model)).toBe(row.id)
    expect(voiceIdOf(row.spelled)).toBe(row.id)
    expect(VOICE_MODELS).toContain(model)
  })

  it('gives the same reply for the same request and not its neighbour\'s, and repeats a whole session', () => {
    for (const seed of row.seeds) {
      const request = { ...turnRequest(model, seed), tools: undefined }
      const once = simulateCompletion(request).choices[0].message.content
      expect(simulateCompletion(request).choices[0].message.content).toBe(once)
      expect(simulateCompletion({ ...request, model: row.neighbour }).choices[0].message.content).not.toBe(once)
    }
    expect(playSession({ ...row.replay, model }, { fresh: true })).toEqual(playSession({ ...row.replay, model }))
  })

  it('writes some tool calls as text, which the orchestrator parses into the call it makes natively', () => {
    const textCalls = textCallsOf(model)
    for (const tool of row.textCalls.tools) {
      const [name, role] = TOOL_SEATS[tool]
      const texts = textCalls(tool, name, role)
      expect(texts.length, tool).toBeGreaterThan(row.textCalls.min)
      expect(texts.length, tool).toBeLessThan(row.textCalls.max)
      const schema = TOOLS[tool]!.function
      const native = simulateCompletion({ ...turnRequest(model, 0, tool, name, role), tool_choice: 'required' }).choices[0].message.tool_calls![0]!.function
      for (const text of texts) {
        const { calls, text: left } = parseTextToolCalls(text, [{ name: schema.name, description: schema.description ?? '', inputSchema: schema.parameters ?? {} }])
        expect(calls, text).toHaveLength(1)
        expect(calls[0]!.name).toBe(tool)
        expect(JSON.parse(calls[0]!.arguments), text).toEqual(JSON.parse(native.arguments))
        expect(validateArgs(schema.parameters ?? {}, JSON.parse(calls[0]!.arguments)), text).toEqual([])
        // Nothing of the call's syntax is left in the text the team reads.
        expect(stripThinking(left), text).not.toMatch(/[[\]<>{}|]/)
      }
    }
  })

  it('answers the judge with JSON that is bare, fenced after its preamble, or followed by a sentence', () => {
    const base = row.judge.request()
    const replies = Array.from({ length: 30 }, (_, seed) => simulateCompletion({ ...base, model, seed }).choices[0].message.content ?? '')
    expect(replies.some((t) => t.startsWith(row.judge.fenced))).toBe(true)
    expect(replies.some((t) => row.judge.after.test(t))).toBe(true)
    expect(replies.some((t) => t.startsWith('{') && t.endsWith('}'))).toBe(true)
    for (const t of replies) expect(t).toContain('{"scores":[')
  })
})

describe('the added voices through the HTTP app', () => {
  const app = useSimApp()

  it.each(ROWS)('lists voice $id\'s model and answers a turn in that voice when the request names it', async (row) => {
    const model = modelOf(row.id)
    const models = (await app().inject({ method: 'GET', url: '/v1/models' })).json<{ data: { id: string }[] }>().data.map((m) => m.id)
    expect(models).toContain(model)
    const body = { ...turnRequest(model, 3), tools: undefined }
    const reply = async (name: string) => (await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...body, model: name } })).json<ChatCompletion>()
    const answer = await reply(model)
    expect(answer.model).toBe(model)
    expect(answer.choices[0].message.content).toBe(simulateCompletion(body).choices[0].message.content)
    if (row.intro) expect(answer.choices[0].message.content).toMatch(row.intro)
    expect((await reply(row.neighbour)).choices[0].message.content).not.toBe(answer.choices[0].message.content)
  })
})
