/**
 * Figures the misquote check (misquotes.ts) excuses: a value the calculator returned (the team's
 * arithmetic) and a clock time two teammates also give (the team's schedule).
 */
import { agrees, type Quantity } from './facts.js'
import { FigureIndex } from './figure-index.js'
import type { Prepared } from './prepare.js'

/** Values the calculator returned in the session (any caller): a derived figure is the team's arithmetic, not a quotation. */
export function computed(p: Prepared): number[] {
  const out: number[] = []
  for (const { call } of p.calls) {
    if (call.tool !== 'calculator' || !call.ok || !call.result) continue
    const m = /=\s*(-?\d+(?:\.\d+)?)\s*$/.exec(call.result.trim())
    if (m) out.push(Number(m[1]))
  }
  return out
}

/** Each computed value as itself and in minutes from seconds or hours, sorted: a duration is looked up, not compared with all. */
export function computedValues(values: readonly number[]): Float64Array {
  return Float64Array.from(values.flatMap((v) => [v, v / 60, v * 60])).sort()
}

export function isComputed(q: Quantity, sorted: Float64Array): boolean {
  if (q.kind !== 'duration') return false
  const tolerance = Math.max(0.05, 0.02 * Math.abs(q.value))
  // The first value at or above q - tolerance; it is computed when that value is within q + tolerance.
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < q.value - tolerance) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo]! <= q.value + tolerance
}

/** Clock times by who states them, filed by value. */
export type Schedule = FigureIndex<{ q: Quantity; agent: string }>

export function scheduleOf(p: Prepared): Schedule {
  const out: Schedule = new FigureIndex((s) => s.q)
  const seen = new Set<string>()
  for (const pm of p.messages) for (const q of pm.quantities) {
    const id = `${pm.msg.agent}|${q.value}|${q.ambiguous}`
    if (q.kind !== 'clock' || seen.has(id)) continue
    seen.add(id)
    out.add({ q, agent: pm.msg.agent })
  }
  return out
}

/**
 * A clock time two teammates also give is the team's schedule ("van at the loading dock from
 * 01:50"): a plan's time beside a place the documents name is no quotation of the document.
 */
export function onSchedule(q: Quantity, agent: string, schedule: Schedule): boolean {
  if (q.kind !== 'clock') return false
  const others = new Set<string>()
  return schedule.some(q, (s) => {
    if (s.agent !== agent && agrees(q, s.q)) others.add(s.agent)
    return others.size >= 2
  })
}
