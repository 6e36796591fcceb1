import { mulberry32 } from '@heist/shared/random'

/** 32-bit FNV-1a of a string: a cheap, stable hash to seed the generator from a request. */
export function fnv1a(text: string): number {
  return fnvOn(0x811c9dc5, text) >>> 0
}

const FNV_PRIME = 0x01000193

/** FNV-1a state `hash` carried on over `text`'s UTF-16 code units. */
function fnvOn(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash
}

/** JSON.stringify's escape of one code unit (quote, backslash, a control character, a lone surrogate). */
function escapeOf(c: number): string {
  switch (c) {
    case 0x22: return '\\"'
    case 0x5c: return '\\\\'
    case 0x08: return '\\b'
    case 0x0c: return '\\f'
    case 0x0a: return '\\n'
    case 0x0d: return '\\r'
    case 0x09: return '\\t'
    default: return `\\u${c.toString(16).padStart(4, '0')}`
  }
}

/** FNV-1a carried on over `JSON.stringify(text)`, escapes and all, without making that string. */
function fnvOnJsonString(hash: number, text: string): number {
  hash = Math.imul(hash ^ 0x22, FNV_PRIME)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) {
      hash = Math.imul(hash ^ c, FNV_PRIME)
      continue
    }
    // A surrogate pair is written as it is; a lone surrogate is escaped (well-formed JSON.stringify).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        hash = Math.imul(Math.imul(hash ^ c, FNV_PRIME) ^ d, FNV_PRIME)
        i++
        continue
      }
    }
    hash = fnvOn(hash, escapeOf(c))
  }
  return Math.imul(hash ^ 0x22, FNV_PRIME)
}

/** FNV-1a carried on over `value` as JSON with object keys sorted (undefined values left out). */
function fnvOnCanonical(hash: number, value: unknown): number {
  if (typeof value === 'string') return fnvOnJsonString(hash, value)
  if (Array.isArray(value)) {
    hash = Math.imul(hash ^ 0x5b, FNV_PRIME) // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) hash = Math.imul(hash ^ 0x2c, FNV_PRIME) // ,
      // A hole stays empty, as join writes it.
      if (i in value) hash = fnvOnCanonical(hash, value[i])
    }
    return Math.imul(hash ^ 0x5d, FNV_PRIME) // ]
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // Default sort: UTF-16 code unit order, as comparing the keys with < does.
    const keys = Object.keys(record).sort()
    hash = Math.imul(hash ^ 0x7b, FNV_PRIME) // {
    let first = true
    for (const key of keys) {
      const v = record[key]
      if (v === undefined) continue
      if (!first) hash = Math.imul(hash ^ 0x2c, FNV_PRIME)
      first = false
      hash = Math.imul(fnvOnJsonString(hash, key) ^ 0x3a, FNV_PRIME) // :
      hash = fnvOnCanonical(hash, v)
    }
    return Math.imul(hash ^ 0x7d, FNV_PRIME) // }
  }
  return fnvOn(hash, JSON.stringify(value) ?? 'null')
}

/**
 * 32-bit FNV-1a of `value` as JSON with object keys sorted, so key order in a request never changes
 * the answer, without writing that JSON: every request is hashed whole (the conversation so far, each
 * call, and again for a turn's draws). Building the text and reading it back was ~19 % of
 * `simulateCompletion`'s CPU; one pass that hashes what JSON.stringify would write (escapes included)
 * is 1.5-3x faster. test/canonical-json.test.ts holds it to `fnv1a` of that text for every kind of value.
 */
export function canonicalHash(value: unknown): number {
  return fnvOnCanonical(0x811c9dc5, value) >>> 0
}

/** The fleet's seeded PRNG (mulberry32) with the few draws the generator needs. */
export class Rng {
  /** Uniform in [0, 1). */
  readonly next: () => number
  constructor(private readonly seed: number) {
    this.next = mulberry32(seed)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** A child generator for one independent decision, derived from the seed, so draws made elsewhere never shift it. */
  fork(label: string): Rng {
    return new Rng(fnv1a(`${this.seed}:${label}`))
  }
}
