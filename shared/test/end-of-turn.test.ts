import { describe, expect, test } from 'vitest'
import { cutAtEndOfTurn } from '../src/end-of-turn.js'

/** The cut as first written (a search back from each marker), kept as the oracle of the indexed one. */
function slowCut(content: string): string {
  const markers = ['<|eot_id|>', '<|eom_id|>', '<|im_end|>', '<|end|>', '<end_of_turn>', '<|endoftext|>', '<|end_of_text|>', '<|END_OF_TURN_TOKEN|>', '<|END_RESPONSE|>', '<|user|>', '<|observation|>', '<extra_id_1>']
  const inReasoning = (at: number) => {
    const open = content.lastIndexOf('<think>', at)
    const close = content.lastIndexOf('</think>', at)
    if (open > close) return true
    if (open >= 0 || close >= 0) return false
    const nextClose = content.indexOf('</think>', at)
    const firstOpen = content.indexOf('<think>')
    return nextClose >= 0 && (firstOpen < 0 || firstOpen > nextClose)
  }
  let start = 0
  for (;;) {
    while (start < content.length && /\s/.test(content[start]!)) start++
    const m = markers.find((x) => content.startsWith(x, start))
    if (!m) break
    start += m.length
  }
  let end = -1
  for (const marker of markers) {
    let at = content.indexOf(marker, start)
    while (at >= 0 && inReasoning(at)) at = content.indexOf(marker, at + 1)
    if (at >= 0 && (end < 0 || at < end)) end = at
  }
  return content.slice(start, end < 0 ? content.length : end)
}

describe('cutAtEndOfTurn', () => {
  test('skips markers in a reasoning block, closed or with its opening dropped, and cuts at the first after it', () => {
    expect(cutAtEndOfTurn('<think>a<|user|>b</think>answer<|user|>[hacker] Received.')).toBe('<think>a<|user|>b</think>answer')
    expect(cutAtEndOfTurn('a<|im_end|>b</think>answer<|im_end|>more')).toBe('a<|im_end|>b</think>answer')
    expect(cutAtEndOfTurn('<|user|> answer<|observation|>tool')).toBe('answer')
    expect(cutAtEndOfTurn('<think>never closed<|user|>x')).toBe('<think>never closed<|user|>x')
    // Many markers inside the reasoning, all skipped.
    const long = `<think>${'x<|user|>'.repeat(2_000)}</think>answer<|user|>next`
    expect(cutAtEndOfTurn(long)).toBe(long.slice(0, long.lastIndexOf('<|user|>')))
  })

  test('cuts where Nemotron-Mini runs on into the next turn of its chat format, <extra_id_1>', () => {
    // Its template opens every turn with `<extra_id_1>` and the role; a 4B model writes the next one out, prompt and all.
    expect(cutAtEndOfTurn('Okay, crew, listen up.\n<extra_id_1>User\nRound 3 of 5. It is your turn, hacker.')).toBe('Okay, crew, listen up.\n')
    expect(cutAtEndOfTurn('Standing by!\n<extra_id_1>Assistant\nStanding by!')).toBe('Standing by!\n')
  })

  test('cuts as the search-back version did on random replies of tags, markers and text', () => {
    const bits = ['<think>', '</think>', '<|user|>', '<|im_end|>', '<|observation|>', ' ', '\n', 'a', 'answer', '<think', '|>']
    let seed = 11
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let i = 0; i < 3_000; i++) {
      const text = Array.from({ length: next(14) }, () => bits[next(bits.length)]).join('')
      expect(cutAtEndOfTurn(text), JSON.stringify(text)).toBe(slowCut(text))
    }
  })
})
