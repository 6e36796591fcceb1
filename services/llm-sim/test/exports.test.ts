import { describe, expect, it } from 'vitest'

describe('package exports', () => {
  it('serves the in-process fast path at @heist/llm-sim/model', async () => {
    const { simulateCompletion } = await import('@heist/llm-sim/model')
    const completion = simulateCompletion({ model: 'heist-sim', messages: [{ role: 'user', content: 'hello' }] })
    expect(completion.object).toBe('chat.completion')
    expect(completion.choices[0].message.content).toMatch(/\w/)
  })
})
