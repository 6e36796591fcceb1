import { describe, expect, it } from 'vitest'
import { personaFocus, simulateCompletion, voiceIdOf, VOICE_MODELS, type ChatCompletionRequest } from '../src/model/index.js'
import { detectionRequest, playSession, TOOLS } from './helpers/scenario.js'

function turnRequest(model: string, seed: number, name = 'safecracker', role = 'Safe Specialist', persona = 'You are good at your job.'): ChatCompletionRequest {
  return {
    model,
    seed,
    messages: [{ role: 'system', content: `You are ${name}, the team's ${role}. ${persona}` }, { role: 'user', content: `Round 1 of 5. It is your turn, ${name}.` }],
    tools: [TOOLS.calculator!],
  }
}

describe('voices', () => {
  it('picks the voice from the model name, and lists one model per voice', () => {
    // Any spelling of a voice's name; a real model's name or an unknown voice is a.
    const names: [string, string][] = [['heist-sim', 'a'], ['heist-sim-b', 'b'], ['heist-sim-C', 'c'], ['qwen2.5-7b-instruct', 'a'], ['heist-sim-e', 'e'], ['heist-sim-f', 'f'], ['heist-sim-g', 'g'], ['heist-sim-h', 'h'], ['heist-sim-i', 'i'], ['heist-sim-k', 'k'], ['heist-sim-j', 'j'], ['heist-sim-l', 'l'], ['heist-sim-m', 'm'], ['heist-sim-n', 'n'], ['heist-sim-o', 'o'], ['heist-sim-p', 'p'], ['heist-sim-q', 'q'], ['heist-sim-r', 'r'], ['heist-sim-s', 's'], ['heist-sim-t', 't'], ['heist-sim-u', 'u'], ['heist-sim-z', 'a']]
    for (const [name, id] of names) expect(voiceIdOf(name), name).toBe(id)
    expect(VOICE_MODELS).toEqual(['heist-sim', 'heist-sim-b', 'heist-sim-c', 'heist-sim-d', 'heist-sim-e', 'heist-sim-f', 'heist-sim-g', 'heist-sim-h', 'heist-sim-i', 'heist-sim-j', 'heist-sim-k', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o', 'heist-sim-p', 'heist-sim-q', 'heist-sim-r', 'heist-sim-s', 'heist-sim-t', 'heist-sim-u'])
  })

  it('writes some tool calls as text in the formats local models use, and voice a never does', () => {
    const formats = (model: string) => Array.from({ length: 60 }, (_, seed) => simulateCompletion(turnRequest(model, seed)).choices[0].message)
    expect(formats('heist-sim').every((m) => m.tool_calls?.length === 1 && m.content === null)).toBe(true)
    const b = formats('heist-sim-b').filter((m) => !m.tool_calls).map((m) => m.content ?? '')
    const c = formats('heist-sim-c').filter((m) => !m.tool_calls).map((m) => m.content ?? '')
    for (const texts of [b, c]) expect(texts.length).toBeGreaterThan(8)
    expect(b.some((t) => /^<tool_call>\n\{"name":"calculator","arguments":\{"expression":"[^"]+"\}\}\n<\/tool_call>$/.test(t))).toBe(true)
    expect(c.some((t) => /^calculator\(expression="[^"]+"\)$/.test(t))).toBe(true)
    expect([...b, ...c].some((t) => t.startsWith('```json\n{'))).toBe(true)
    // Every text call carries the arguments the native call would have had.
    for (const t of [...b, ...c]) expect(t).toMatch(/3 \* 12 \+ 9/)
  })

  it('answers the detector with JSON that is sometimes fenced or followed by a sentence, in voices b and c', () => {
    const history = playSession({ rounds: 2, mole: { name: 'driver', strategy: 'false_info' }, seed: 3 })
    const base = detectionRequest(history)
    const replies = (model: string) => Array.from({ length: 24 }, (_, seed) => simulateCompletion({ ...base, model, seed }).choices[0].message.content ?? '')
    expect(replies('heist-sim').every((t) => t.startsWith('{') && t.endsWith('}'))).toBe(true)
    const styled = [...replies('heist-sim-b'), ...replies('heist-sim-c')]
    expect(styled.some((t) => t.includes('```json\n{'))).toBe(true)
    expect(styled.some((t) => /\}\n[A-Z][^{}]+\.$/.test(t))).toBe(true)
    for (const t of styled) expect(t).toContain('{"scores":[')
  })

  it('introduces an agent by the role title and focus written in its persona, so an edit shows', () => {
    const said = (role: string, persona: string) => simulateCompletion({ ...turnRequest('heist-sim', 1, 'driver', role, persona), tools: undefined }).choices[0].message.content ?? ''
    expect(said('Getaway Driver', 'You think about escape routes and police response times.')).toContain("As the team's Getaway Driver, my focus is escape routes and police response times.")
    expect(said('Harbour Pilot', 'You think about tides, moorings and the coast guard.')).toContain('Harbour Pilot, my focus is tides, moorings and the coast guard.')
    expect(personaFocus('You are an intelligence analyst with access to the bank\'s security database: guard schedules.', 'Analyst')).toBe("the bank's security database")
    expect(personaFocus('You are a quiet teammate.', 'Helper')).toBe('quiet teammate')
  })
})
