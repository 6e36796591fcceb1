// The eval's worker threads, started before the harness's own modules load (launch.mjs), so each
// thread loads its modules while the main thread loads its own. Started from the games' start, a
// worker played its first game about when the main thread had played several (its start-up, as long
// as the main thread's, counted in the games' time and CPU). Plain JavaScript: launch.mjs runs it
// before anything is compiled; play-all.ts takes the threads through a global, as the bundle holds its
// own copy of this module.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/**
 * The eval's thread count from `--workers` (absent: up to 4, one per core), or null when the value is
 * not a whole number >= 1. One copy for launch.mjs, which starts the threads before main.ts loads, and
 * main.ts, which hands them their plan: two defaults could disagree and start threads main never uses.
 */
export function workerCount(value) {
  if (value === undefined) return Math.min(4, availableParallelism())
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN
  return Number.isSafeInteger(count) && count >= 1 ? count : null
}

/**
 * `pnpm eval` runs node with a larger young generation (package.json); the flag is process-wide, so
 * threads inherit it, and a Worker refuses it in its own execArgv (the rest, --cpu-prof for one, is
 * passed on). See play-all.ts.
 */
const PROCESS_HEAP_FLAG = /^--max-semi-space-size\b/
const HANDED = Symbol.for('heist.eval.started-workers')

/** A worker thread playing games of the plan from the shared counter; without a plan it waits for one as its first message. */
export function startWorker(entry, counter, plan) {
  return new Worker(entry, { workerData: { counter, ...(plan ? { plan } : {}) }, execArgv: process.execArgv.filter((a) => !PROCESS_HEAP_FLAG.test(a)) })
}

/** Start `count` threads that wait for their plan, unreferenced until taken (a run that plays nothing still exits). */
export function startWaitingWorkers(entry, count) {
  const counter = new Int32Array(new SharedArrayBuffer(4))
  const threads = Array.from({ length: count }, () => {
    const thread = startWorker(entry, counter)
    thread.unref()
    return thread
  })
  globalThis[HANDED] = { counter, threads }
}

/** The threads started by `startWaitingWorkers`, once. */
export function takeWaitingWorkers() {
  const started = globalThis[HANDED]
  globalThis[HANDED] = undefined
  return started
}
