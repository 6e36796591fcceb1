import { describe, expect, it } from 'vitest'
import { mulberry32 } from '@heist/shared/random'
import { canonicalHash, fnv1a } from '../src/model/random.js'

/** The text a request is hashed as: JSON with object keys sorted, undefined values left out (the first implementation). */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

describe('canonicalHash', () => {
  it('is fnv1a of the sorted-key JSON text for every kind of value, without writing it', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , { 'k"ey\n': 'v' }]
    const values: unknown[] = [
      '', 'plain', 'quote " in', 'back \\ slash', 'line\nbreak', '\b\f\r\t\u0000\u001f\u007f', 'é 🙂 \u2028 \u2029', '\ud800 lone', 'lone \udfff', '\ud83d\ude42', '\udc00\ud800', 'end \ud83d',
      'quote " backslash \\ newline \n tab \t é 🙂 \u2028 \ud800', 0, -0, 1.5e300, NaN, Infinity, true, false, null, undefined, () => 1,
      [], {}, sparse, [undefined, null, 'x'], { b: 1, a: undefined, A: 2, _: 3, '': 4, ä: 5, 'q"k': 6, 'nl\n': 7, z: { y: [1, { d: 1, c: 2 }] } }, new Date(0),
      { messages: [{ role: 'user', content: 'hi "there"\n', name: undefined, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'calculator', arguments: '{"expression":"1+2"}' } }] }], seed: 7 },
      { turn: [['system', 'You are Rico.\nRules:\n- be brief'], ['user', 'Round 2 of 5. "Go."']], seed: 3, voice: undefined },
    ]
    for (const v of values) expect(canonicalHash(v)).toBe(fnv1a(reference(v)))
  })

  it('escapes as JSON.stringify does: 3 000 random strings of quotes, backslashes, control characters and surrogates', () => {
    const next = mulberry32(16)
    const pool = ['"', '\\', '/', 'a', 'Z', ' ', 'é', '\u2028', '\u007f', '\ud83d', '\ude42', '\ud800', '\udfff', ...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))]
    for (let n = 0; n < 3000; n++) {
      let text = ''
      for (let i = Math.floor(next() * 12); i > 0; i--) text += pool[Math.floor(next() * pool.length)]
      expect(canonicalHash({ [text]: [text] })).toBe(fnv1a(reference({ [text]: [text] })))
    }
  })

  it('does not depend on key order', () => {
    expect(canonicalHash({ b: [2, { y: 1, x: 2 }], a: 1 })).toBe(canonicalHash({ a: 1, b: [2, { x: 2, y: 1 }] }))
  })
})
