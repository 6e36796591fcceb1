import { describe, expect, it } from 'vitest'
import { createThinkingFilter, stripThinking } from '../src/thinking.js'

const ANSWER = 'The vault opens at 02:10, and the guards change at 02:20.'
const streamed = (reply: string, held: boolean, size: number) => {
  const filter = createThinkingFilter({ held })
  let out = ''
  for (let i = 0; i < reply.length; i += size) out += filter.push(reply.slice(i, i + size))
  return (out + filter.end()).trim()
}

describe('stripThinking: the one cut of reasoning the fleet keeps (a turn, a memory summary)', () => {
  it('keeps what the stream showed, held or not, in any chunking', () => {
    const replies = [`<think>I am the mole.</think>${ANSWER}`, `I am the mole.\n</think>\n\n${ANSWER}`, ANSWER, `${ANSWER} <think>and I lie`]
    for (const reply of replies) {
      for (const held of [false, true]) {
        if (!held && !reply.startsWith('<think>') && reply.includes('</think>')) continue // the one case the stream cannot know: below
        for (const size of [1, 5, reply.length]) expect(stripThinking(reply, { held }), `${reply} held=${held}`).toBe(streamed(reply, held, size))
      }
    }
  })

  it('drops what precedes a </think> that nothing opened, even in a reply that was not held', () => {
    expect(stripThinking(`I am the mole.\n</think>\n\n${ANSWER}`)).toBe(ANSWER)
    expect(stripThinking(`<think>a</think>I am the mole.</think>${ANSWER}`)).toBe(ANSWER)
    expect(stripThinking(`I am the mole.</think>Still thinking.</think>${ANSWER}`, { held: true })).toBe(ANSWER)
  })

  it('shows nothing of a held reply that ended inside its reasoning (unclosed: cut at max_tokens or a stop string), and all of one that ended', () => {
    expect(stripThinking('I am the mole, so I', { held: true, unclosed: true })).toBe('')
    expect(stripThinking(ANSWER, { held: true })).toBe(ANSWER)
    expect(stripThinking(ANSWER, { unclosed: true })).toBe(ANSWER)
    expect(stripThinking(`${ANSWER} <think>I am the mole`, { unclosed: true })).toBe(ANSWER)
  })
})
