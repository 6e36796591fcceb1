import { mulberry32 } from '@heist/shared/random'

/** 32-bit FNV-1a of a string: a cheap, stable hash to seed the generator from a request. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * JSON with object keys sorted, so key order in a request never changes the answer. Every request
 * is hashed through it (the whole conversation, each call), so it builds one string with loops
 * rather than arrays of entries; the text is the same as sorting `Object.entries` and joining.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) {
    let out = '['
    // A hole stays empty, as join writes it.
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (i in value ? canonicalJson(value[i]) : '')
    return `${out}]`
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // Default sort: UTF-16 code unit order, as comparing the keys with < does.
    const keys = Object.keys(record).sort()
    let out = '{'
    for (const key of keys) {
      const v = record[key]
      if (v === undefined) continue
      out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(v)
    }
    return `${out}}`
  }
  return JSON.stringify(value) ?? 'null'
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
