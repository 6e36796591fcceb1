import type { Quantity, QuantityKind } from './facts.js'

/**
 * Figures filed by value, so that the ones that may agree with a figure (see `agrees` in facts.ts)
 * are found without reading every figure stated before it: comparing each figure with every earlier
 * one made the rules quadratic (one 387 KB message of durations took 57 s). The buckets are a
 * superset of agreement, never a subset; every caller still decides with `agrees` itself, so the
 * answers are exactly those of a full scan.
 *
 * - counts agree only when equal: one bucket per value;
 * - clock times agree within 15 minutes modulo 12 h (or 24 h, which implies it): 48 buckets of
 *   15 minutes modulo 12 h, and a figure's neighbours are in its bucket or the two beside it;
 * - durations agree within max(1 minute, 10 %): linear buckets of 1 minute up to 10 minutes, then
 *   logarithmic (10 per natural-log unit, so 10 % is a little over one bucket), two on each side.
 *   A value that is not finite (400 nines) is kept apart and read with every figure; a duration
 *   that is not finite agrees, as a fact, with every claim, so it reads all of them.
 */

const CLOCK_BUCKET = 15
const CLOCK_BUCKETS = 720 / CLOCK_BUCKET
/** Buckets either side of a duration's own that may hold an agreeing value. */
const DURATION_REACH = 2
const NOT_FINITE = Number.NaN

function durationBucket(v: number): number {
  return Math.floor(v < 10 ? v : 10 + 10 * Math.log(v / 10))
}

function clockBucket(v: number): number {
  return Math.floor((((v % 720) + 720) % 720) / CLOCK_BUCKET)
}

const SIDES = [-1, 1] as const

function bucketOf(q: Quantity): number {
  if (!Number.isFinite(q.value)) return NOT_FINITE
  if (q.kind === 'count') return q.value
  return q.kind === 'clock' ? clockBucket(q.value) : durationBucket(q.value)
}

interface Filed<T> {
  item: T
  order: number
}

/** Items carrying a figure, filed by its kind and value bucket; insertion order is kept. */
export class FigureIndex<T> {
  private readonly byKind = new Map<QuantityKind, Map<number, Filed<T>[]>>()
  /** Figures whose value is not finite, by kind: compared with every figure of their kind. */
  private readonly unbounded = new Map<QuantityKind, Filed<T>[]>()
  private count = 0

  constructor(private readonly figureOf: (item: T) => Quantity) {}

  add(item: T): void {
    const q = this.figureOf(item)
    const filed = { item, order: this.count++ }
    const bucket = bucketOf(q)
    if (Number.isNaN(bucket)) {
      const list = this.unbounded.get(q.kind)
      if (list) list.push(filed)
      else this.unbounded.set(q.kind, [filed])
      return
    }
    let buckets = this.byKind.get(q.kind)
    if (!buckets) this.byKind.set(q.kind, buckets = new Map())
    const list = buckets.get(bucket)
    if (list) list.push(filed)
    else buckets.set(bucket, [filed])
  }

  /**
   * Calls `visit` with each list that may hold an item agreeing with `q`, the nearest first, until
   * it returns true. No array per query: the scoring of a long session asks millions of them.
   */
  private scan(q: Quantity, visit: (list: Filed<T>[]) => boolean): boolean {
    const buckets = this.byKind.get(q.kind)
    if (buckets) {
      if (!Number.isFinite(q.value)) {
        // An endless duration's tolerance is endless too: as a fact, every claim agrees with it.
        if (q.kind === 'duration') for (const list of buckets.values()) if (visit(list)) return true
      } else if (q.kind === 'count') {
        const list = buckets.get(q.value)
        if (list && visit(list)) return true
      } else {
        const clock = q.kind === 'clock'
        const b = clock ? clockBucket(q.value) : durationBucket(q.value)
        const reach = clock ? 1 : DURATION_REACH
        for (let d = 0; d <= reach; d++) {
          for (const side of d === 0 ? [0] : SIDES) {
            const n = clock ? (b + side * d + CLOCK_BUCKETS) % CLOCK_BUCKETS : b + side * d
            const list = buckets.get(n)
            if (list && visit(list)) return true
          }
        }
      }
    }
    const unbounded = this.unbounded.get(q.kind)
    return unbounded !== undefined && visit(unbounded)
  }

  /** True when some item near `q` passes `test` (it decides agreement). */
  some(q: Quantity, test: (item: T) => boolean): boolean {
    return this.scan(q, (list) => {
      for (const f of list) if (test(f.item)) return true
      return false
    })
  }

  /** The earliest added item near `q` that passes `test`. */
  first(q: Quantity, test: (item: T) => boolean): T | undefined {
    let best: Filed<T> | undefined
    this.scan(q, (list) => {
      for (const f of list) {
        if (best !== undefined && f.order > best.order) break
        if (test(f.item)) {
          best = f
          break
        }
      }
      return false
    })
    return best?.item
  }

  /** Every item, in no particular order. */
  *all(): Generator<T> {
    for (const buckets of this.byKind.values()) for (const list of buckets.values()) for (const f of list) yield f.item
    for (const list of this.unbounded.values()) for (const f of list) yield f.item
  }

  /** Every item near `q` that passes `test`, in no particular order. */
  near(q: Quantity, test: (item: T) => boolean): T[] {
    const out: T[] = []
    this.scan(q, (list) => {
      for (const f of list) if (test(f.item)) out.push(f.item)
      return false
    })
    return out
  }
}

/** An index of quantities themselves. */
export function quantityIndex(qs: Iterable<Quantity> = []): FigureIndex<Quantity> {
  const index = new FigureIndex<Quantity>((q) => q)
  for (const q of qs) index.add(q)
  return index
}
