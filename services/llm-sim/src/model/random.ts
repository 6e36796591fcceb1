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

/** JSON with object keys sorted, so key order in a request never changes the answer. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
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
