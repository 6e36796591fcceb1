import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../src/model/random.js'

/** The first implementation, kept as the reference the faster one must match character for character. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

describe('canonicalJson', () => {
  it('writes what sorting the entries and joining wrote, for every kind of value', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3]
    const values: unknown[] = [
      'plain', 'quote " backslash \\ newline \n tab \t é 🙂 \u2028 \ud800', 0, -0, 1.5e300, NaN, Infinity, true, false, null, undefined, () => 1,
      [], {}, sparse, [undefined, null, 'x'], { b: 1, a: undefined, A: 2, _: 3, '': 4, ä: 5, z: { y: [1, { d: 1, c: 2 }] } },
      new Date(0), { messages: [{ role: 'user', content: 'hi', name: undefined, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'calculator', arguments: '{"expression":"1+2"}' } }] }], seed: 7 },
    ]
    for (const v of values) expect(canonicalJson(v)).toBe(reference(v))
  })

  it('does not depend on key order', () => {
    expect(canonicalJson({ b: [2, { y: 1, x: 2 }], a: 1 })).toBe(canonicalJson({ a: 1, b: [2, { x: 2, y: 1 }] }))
  })
})
