import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { HeistFile } from '@heist/shared'
import { createOpenAiModel } from '../src/adapters/openai-model.js'
import { END_OF_TURN_MARKERS } from '@heist/shared/chat-client'
import { cutAtEndOfTurn } from '@heist/shared/end-of-turn'
import { createEndOfTurnFilter } from '../src/engine/end-of-turn.js'
import { stripThinking } from '@heist/shared/thinking'
import { createScriptedModel } from '../src/engine/index.js'
import { harness, ofType, team } from './helpers.js'

const RAN_ON = 'The van waits at the north gate.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nThe van waits at the north gate.'

describe('a model that writes its end-of-turn token out', () => {
  it('ends the message at the first end-of-turn token, of any common template', () => {
    expect(cutAtEndOfTurn(RAN_ON)).toBe('The van waits at the north gate.')
    expect(cutAtEndOfTurn('Two guards on nights.<|im_end|>\n<|im_start|>assistant\nTwo guards')).toBe('Two guards on nights.')
    expect(cutAtEndOfTurn('Ready.<end_of_turn>')).toBe('Ready.')
    expect(cutAtEndOfTurn('Agreed, the side door.<|END_RESPONSE|><|END_OF_TURN_TOKEN|>')).toBe('Agreed, the side door.')
    expect(cutAtEndOfTurn('Van is fuelled.<|END_OF_TURN_TOKEN|><|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>Van is fuelled.')).toBe('Van is fuelled.')
    expect(cutAtEndOfTurn('<|eot_id|>\n Entry at 01:50.<|end|>junk')).toBe('Entry at 01:50.')
    // GLM-4: no end-of-turn token, the next role token instead (voice j leaks it), or <|observation|> after a call.
    expect(cutAtEndOfTurn('Received, the window is 02:00-02:45.\n<|user|>\n[hacker] Received, I agree with this arrangement.').trim()).toBe('Received, the window is 02:00-02:45.')
    expect(cutAtEndOfTurn('Checking the schedule.<|observation|>\n{"rows": []}')).toBe('Checking the schedule.')
    expect(cutAtEndOfTurn('No marker here, and a < b | c.')).toBe('No marker here, and a < b | c.')
    expect(cutAtEndOfTurn('Strike <s>this</s> out.')).toBe('Strike <s>this</s> out.')
  })

  it('never cuts inside a reasoning block, so the reasoning is still stripped whole', () => {
    const reply = '<think>I am the mole.<|im_end|> Lie about the window.</think>The window is 02:00-02:45.<|im_end|>more'
    expect(stripThinking(cutAtEndOfTurn(reply))).toBe('The window is 02:00-02:45.')
    const noOpener = 'I am the mole.<|eot_id|> Lie.</think>The window is 02:00-02:45.'
    expect(stripThinking(cutAtEndOfTurn(noOpener))).toBe('The window is 02:00-02:45.')
  })

  it('streams nothing past the token, even when it is split across chunks', () => {
    const filter = createEndOfTurnFilter()
    const chunks = ['The van waits', ' at the north gate.<|eo', 't_id|><|start_header_id|>assistant', '<|end_header_id|>\n\nThe van']
    const out = chunks.map((c) => filter.push(c)).join('') + filter.end()
    expect(out).toBe('The van waits at the north gate.')
    const opening = createEndOfTurnFilter()
    expect(['<|eot', '_id|>', ' Hi <', '|x'].map((c) => opening.push(c)).join('') + opening.end()).toBe('Hi <|x')
  })

  it('publishes and streams the turn without the token and what ran on after it', async () => {
    const model = createScriptedModel(() => RAN_ON)
    const { session, events } = harness({ deps: { model } })
    await session.run()
    const planner = ofType(events, 'message').find((m) => m.agent === 'planner')
    expect(planner?.content).toBe('The van waits at the north gate.')
    const streamed = ofType(events, 'token_delta').filter((d) => d.agent === 'planner').map((d) => d.delta).join('')
    expect(streamed).toBe('The van waits at the north gate.')
  })
})

// Mistral Small 3.2 under a GGUF whose EOS is mis-set (voice r imitates it): `</s>` written out, then
// now and then the user's next instruction it makes up, `[INST] … [/INST]`, and an answer to it.
const MISTRAL = {
  trailing: 'Alright, team. The time lock releases at 01:45, so the driver should be at the north gate by 01:40.</s>',
  invented: 'I can check the access levels against the shifts if that would help.</s>[INST] Now write the same update from the point of view of the driver. [/INST] Sure! As the driver, I will',
  instOnly: 'Two guards on the night shift, both leave at 02:30.\n[INST] Keep going with the next part of the plan. [/INST]',
  struck: 'The window is <s>02:30-03:00</s> 02:45-03:15 now; the lookout calls it at 02:40.',
  struckThenEnd: 'The window is <s>02:30</s> 02:45.</s>[INST] Keep going with the next part of the plan. [/INST]',
}
const KEPT = {
  trailing: 'Alright, team. The time lock releases at 01:45, so the driver should be at the north gate by 01:40.',
  invented: 'I can check the access levels against the shifts if that would help.',
  instOnly: 'Two guards on the night shift, both leave at 02:30.',
  struck: MISTRAL.struck,
  struckThenEnd: 'The window is <s>02:30</s> 02:45.',
}

describe('Mistral\'s end of turn: a </s> nothing opened, and [INST]', () => {
  it('ends the message at a </s> that no <s> opened, and at [INST]; strikethrough stays', () => {
    for (const [name, reply] of Object.entries(MISTRAL)) expect(cutAtEndOfTurn(reply).trim(), name).toBe(KEPT[name as keyof typeof KEPT])
    expect(END_OF_TURN_MARKERS).toContain('[INST]')
    // `</s>` goes out as no `stop`: a server would end a strikethrough there.
    expect(END_OF_TURN_MARKERS).not.toContain('</s>')
  })

  it('streams the same, in any chunking, and publishes it', async () => {
    for (const [name, reply] of Object.entries(MISTRAL)) {
      for (const size of [1, 2, 3, 5, reply.length]) {
        const filter = createEndOfTurnFilter()
        let out = ''
        for (let i = 0; i < reply.length; i += size) out += filter.push(reply.slice(i, i + size))
        expect((out + filter.end()).trim(), `${name} in chunks of ${size}`).toBe(KEPT[name as keyof typeof KEPT])
      }
    }
    const { session, events } = harness({ deps: { model: createScriptedModel(() => MISTRAL.invented) } })
    await session.run()
    expect(ofType(events, 'message').every((m) => m.content === KEPT.invented)).toBe(true)
    expect(ofType(events, 'token_delta').filter((d) => d.agent === 'planner').map((d) => d.delta).join('')).toBe(KEPT.invented)
  })
})

/**
 * A stand-in OpenAI-compatible server that streams `text` and, when `honoursStop`, ends it before
 * the first stop string the request sent, as llama.cpp, vLLM, Ollama and LM Studio do.
 */
async function streamingServer(text: string, honoursStop: boolean) {
  const bodies: { stop?: string[] }[] = []
  const server = createServer(async (req, res) => {
    let raw = ''
    for await (const part of req) raw += String(part)
    // Any other path (the template question of a model not known to reason) is not served, as on most servers.
    if (req.url !== '/v1/chat/completions') return void res.writeHead(404).end()
    const body = JSON.parse(raw) as { stop?: string[] }
    bodies.push(body)
    const ends = (honoursStop ? body.stop ?? [] : []).map((s) => text.indexOf(s)).filter((at) => at >= 0)
    const sent = ends.length > 0 ? text.slice(0, Math.min(...ends)) : text
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    for (const piece of sent.match(/.{1,5}/gs) ?? []) res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`)
    res.end('data: [DONE]\n\n')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const model = createOpenAiModel({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, model: 'm', apiKey: 'k', timeoutMs: 5000, retries: 0 })
  return { model, bodies, close: () => new Promise<void>((r) => server.close(() => r())) }
}

describe('the end-of-turn tokens as the request\'s stop strings', () => {
  it('sends them as `stop`, so a server that honours it ends the turn there; one that ignores it is cut all the same', async () => {
    for (const honoursStop of [true, false]) {
      const server = await streamingServer(RAN_ON, honoursStop)
      try {
        const { session, events } = harness({ deps: { model: server.model } })
        await session.run()
        expect(server.bodies.length).toBeGreaterThan(0)
        for (const body of server.bodies) expect(body.stop).toEqual([...END_OF_TURN_MARKERS])
        const planner = ofType(events, 'message').find((m) => m.agent === 'planner')
        expect(planner?.content).toBe('The van waits at the north gate.')
        expect(ofType(events, 'token_delta').filter((d) => d.agent === 'planner').map((d) => d.delta).join('')).toBe('The van waits at the north gate.')
      } finally {
        await server.close()
      }
    }
  })

  it('sends the stop strings heist.yaml names instead, and none for `stop: []`', async () => {
    const base = team()
    const withStop = (stop: string[]) => ({ ...base, heist: { ...base.heist, model: { ...base.heist.model, stop } } })
    const server = await streamingServer('Entry at 01:50.\nUser: and then?', true)
    try {
      const { session, events } = harness({ team: withStop(['\nUser:']), deps: { model: server.model } })
      await session.run()
      expect(server.bodies.every((b) => JSON.stringify(b.stop) === '["\\nUser:"]')).toBe(true)
      expect(ofType(events, 'message').find((m) => m.agent === 'planner')?.content).toBe('Entry at 01:50.')
      server.bodies.length = 0
      await harness({ team: withStop([]), deps: { model: server.model } }).session.run()
      expect(server.bodies.length).toBeGreaterThan(0)
      expect(server.bodies.every((b) => !('stop' in b))).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('refuses a heist.yaml stop list with an empty string or more than sixteen', () => {
    const model = team().heist.model
    expect(HeistFile.shape.model.safeParse({ ...model, stop: ['\nUser:'] }).success).toBe(true)
    expect(HeistFile.shape.model.safeParse({ ...model, stop: [''] }).success).toBe(false)
    expect(HeistFile.shape.model.safeParse({ ...model, stop: Array.from({ length: 17 }, (_, i) => `s${i}`) }).success).toBe(false)
  })
})
