/**
 * A handler's worth of pure CPU, for control rows (issue 16): a loop with no allocation, no
 * property access and a few dozen bytes of code, calibrated in the process that runs it. A row
 * that is a bare POST plus this loop costs the bare POST's CPU plus the loop's, if what a request
 * costs around its handler does not depend on how fast the server answers; bench/auth-stack.ts
 * `--control US` and bench/support/spin-cost.ts measure whether it does.
 * Under callgrind the loop is ~12 instructions an iteration (V8's optimized code, Node 20).
 */
import { median } from './wrk.js'

let sink = 0

/** `n` iterations of a multiply-add chain (its result kept, so the loop cannot be dropped). */
export function spin(n: number): void {
  let x = sink | 0
  for (let i = 0; i < n; i++) x = (Math.imul(x, 1103515245) + 12345 + i) | 0
  sink = x
}

const cpuUs = () => {
  const u = process.cpuUsage()
  return u.user + u.system
}

/**
 * Iterations per µs of CPU here: the median of 7 runs of ~5 ms, after enough short calls that V8
 * has optimized `spin` as a handler runs it (one long first call measured its unoptimized code,
 * a third of the rate).
 */
export function loopsPerUs(): number {
  for (let k = 0; k < 5_000; k++) spin(2_000)
  const rates: number[] = []
  for (let k = 0; k < 7; k++) {
    const n = 2_500_000
    const t0 = cpuUs()
    spin(n)
    rates.push(n / (cpuUs() - t0))
  }
  return median(rates)
}

/**
 * µs of CPU one call of a control row's own `handler` costs now: the median of 7 batches of 2,000
 * awaited calls, made after the row's run, so its loop runs at the tier the run left it in. The
 * calibration above is not that: once the handler is hot, V8 optimizes it with `spin` inlined, and a
 * loop calibrated for 20 µs ran in 13.2-13.4 µs a call (8 rounds of 5,000 handler calls, two processes;
 * 16.0 in the first round). "Expected" ratios use this figure, not the nominal µs.
 */
export async function handlerCpuUs(handler: () => Promise<unknown>): Promise<number> {
  const batches: number[] = []
  for (let b = 0; b < 7; b++) {
    const t0 = cpuUs()
    for (let i = 0; i < 2_000; i++) await handler()
    batches.push((cpuUs() - t0) / 2_000)
  }
  return median(batches)
}
