/**
 * Deciding a target from a run's per-round ratios. A median alone cannot: on this VM one run's
 * rounds of the same code spread by ±0.1 (issue 16, MCP/REST 0.732 with a target of 0.8 inside its
 * middle half). So the median comes with a distribution-free interval (order statistics, the sign
 * test's: no assumption about how the rounds scatter), and a verdict says met only when the whole
 * interval is at or above the target, NOT met only when it is below, and undecided otherwise.
 */
import { median } from './wrk.js'

/** P(X <= k) for X ~ Binomial(n, 1/2): the chance that k or fewer of n rounds fall below the true median. */
function binomialHalfCdf(k: number, n: number): number {
  let term = 0.5 ** n // P(X = 0)
  let sum = term
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i
    sum += term
  }
  return sum
}

/**
 * An interval that holds the true median with at least `confidence`: the k-th smallest and k-th
 * largest of the values, k as large as that confidence allows. Undefined when there are too few
 * values for any such interval (fewer than 6 at 95 %).
 */
export function medianInterval(values: number[], confidence = 0.95): [number, number] | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  const n = sorted.length
  for (let k = Math.floor(n / 2); k >= 1; k--) {
    // The interval [x(k), x(n+1-k)] misses the median when fewer than k values lie on one side of it.
    if (1 - 2 * binomialHalfCdf(k - 1, n) >= confidence) return [sorted[k - 1]!, sorted[n - k]!]
  }
  return undefined
}

export type Verdict = 'met' | 'NOT met' | 'undecided'

export interface Decision {
  verdict: Verdict
  median: number
  /** The median's 95 % interval; undefined when there were too few rounds for one. */
  interval: [number, number] | undefined
  /** Why it is undecided, in words; empty when decided. */
  why: string
}

/**
 * The verdict on `target` (higher is better) from per-round `values`. `calibration`, when given, is
 * the same run's check on a row of known ratio (the control): if the method did not recover that
 * ratio, nothing this run measured is decided.
 */
export function decide(values: number[], target: number, calibration?: { holds: boolean; says: string }): Decision {
  const interval = medianInterval(values)
  const value = median(values.filter((v) => Number.isFinite(v)))
  if (interval === undefined) return { verdict: 'undecided', median: value, interval, why: `${values.length} rounds are too few for a 95 % interval of the median (6 at least)` }
  const [low, high] = interval
  if (low < target && target <= high) return { verdict: 'undecided', median: value, interval, why: 'the target is inside the 95 % interval' }
  if (calibration !== undefined && !calibration.holds) return { verdict: 'undecided', median: value, interval, why: `the control missed its known ratio (${calibration.says}), so this run's ratios are off by as much` }
  return { verdict: low >= target ? 'met' : 'NOT met', median: value, interval, why: '' }
}

/** One line: the verdict, the median with three decimals, its interval and, when undecided, why. */
export function decisionLine(decision: Decision, target: number): string {
  const { verdict, median: value, interval, why } = decision
  const range = interval === undefined ? 'no interval' : `95 % interval of the median ${interval[0].toFixed(3)}-${interval[1].toFixed(3)}`
  return `>= ${target.toFixed(2)}: ${verdict} (${value.toFixed(3)}; ${range}${why ? `; ${why}` : ''})`
}
