import { describe, expect, it } from 'vitest'
import { createEndOfTurnFilter, cutAtEndOfTurn } from '../src/engine/end-of-turn.js'
import { stripThinking } from '../src/engine/text-tools.js'
import { createScriptedModel } from '../src/engine/index.js'
import { harness, ofType } from './helpers.js'

const RAN_ON = 'The van waits at the north gate.<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nThe van waits at the north gate.'

describe('a model that writes its end-of-turn token out', () => {
  it('ends the message at the first end-of-turn token, of any common template', () => {
    expect(cutAtEndOfTurn(RAN_ON)).toBe('The van waits at the north gate.')
    expect(cutAtEndOfTurn('Two guards on nights.<|im_end|>\n<|im_start|>assistant\nTwo guards')).toBe('Two guards on nights.')
    expect(cutAtEndOfTurn('Ready.<end_of_turn>')).toBe('Ready.')
    expect(cutAtEndOfTurn('<|eot_id|>\n Entry at 01:50.<|end|>junk')).toBe('Entry at 01:50.')
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
