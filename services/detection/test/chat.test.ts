import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { END_OF_TURN_MARKERS } from '@heist/shared/chat-client'
import { createOpenAiChat } from '../src/chat.js'
import { RESPONSE_FORMAT, SYSTEM_PROMPT } from '../src/scoring/index.js'

const VERDICT = '{"scores":[{"agent":"driver","score":0.7,"reason":"blames the tools"}]}'
// A model whose template does not match: it writes its end-of-turn token out and runs on.
const RAN_ON = `${VERDICT}<|im_end|>\n<|im_start|>assistant\n${VERDICT}`

let close: (() => void) | undefined
afterEach(() => close?.())

/**
 * An OpenAI-compatible server on 127.0.0.1:0 that honours `stop`, refuses it with OpenAI's 400, or
 * ignores it (answers `text` whole).
 */
async function server(refusesStop: boolean, ignoresStop = false, text = RAN_ON) {
  const bodies: { stop?: string[] }[] = []
  const http = createServer(async (req, res) => {
    let raw = ''
    for await (const part of req) raw += String(part)
    const body = JSON.parse(raw) as { stop?: string[] }
    bodies.push(body)
    if (refusesStop && body.stop) {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { message: "Invalid 'stop': too many items.", type: 'invalid_request_error', param: 'stop', code: null } }))
      return
    }
    const ends = (ignoresStop ? [] : body.stop ?? []).map((s) => text.indexOf(s)).filter((at) => at >= 0)
    const content = ends.length > 0 ? text.slice(0, Math.min(...ends)) : text
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }] }))
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  close = () => http.close()
  const chat = createOpenAiChat({ baseURL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`, apiKey: 'k', model: 'm', timeoutMs: 5_000 })
  return { chat, bodies }
}

const judge = { messages: [{ role: 'system' as const, content: SYSTEM_PROMPT }, { role: 'user' as const, content: 'Score the agents.' }], response_format: RESPONSE_FORMAT, temperature: 0.1, max_tokens: 800 }

describe('the judge call over HTTP', () => {
  it('sends the end-of-turn tokens as stop, as a turn does, so the verdict ends there', async () => {
    const { chat, bodies } = await server(false)
    expect(await chat(judge)).toBe(VERDICT)
    expect(bodies.map((b) => b.stop)).toEqual([[...END_OF_TURN_MARKERS]])
  })

  it('asks a server that refuses stop again without it, and leaves it out from then on', async () => {
    const { chat, bodies } = await server(true)
    // Without `stop` the server runs on past the token; the verdict is cut there all the same.
    expect(await chat(judge)).toBe(VERDICT)
    expect(await chat(judge)).toBe(VERDICT)
    expect(bodies.map((b) => 'stop' in b)).toEqual([true, false, false])
  })

  it('cuts the verdict at the token when a server ignores stop, GLM-4\'s <|user|> included', async () => {
    // GLM-4 behind a mismatched template: its next role token, then a made-up line of a teammate.
    const glm = `${VERDICT}\n<|user|>\n[hacker] Received, I agree with this arrangement.`
    for (const text of [RAN_ON, glm]) {
      const { chat, bodies } = await server(false, true, text)
      // The line break before GLM's token stays; the verdict is parsed as JSON.
      expect((await chat(judge))?.trimEnd()).toBe(VERDICT)
      expect(bodies[0]?.stop).toContain('<|user|>')
      close?.()
    }
    close = undefined
  })
})
