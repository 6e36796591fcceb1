import { Worker } from 'node:worker_threads'
import { type GameOutcome, type GamePlan, runShare, sharedCounter } from './run-games.js'

/**
 * `pnpm eval` runs node with a larger young generation (package.json): a game allocates a lot that
 * dies young, and garbage collection was 6-10 % of the CPU profile (about 4 % less CPU per game
 * with 48 MB, interleaved runs). The flag is process-wide, so threads inherit it, and a Worker refuses
 * it in its own execArgv (the rest, --cpu-prof for one, is passed on).
 */
const PROCESS_HEAP_FLAG = /^--max-semi-space-size\b/

/**
 * Play every game of the plan in `workers` threads, results in index order. This thread plays too,
 * from the same counter: it has loaded every module already, and each extra thread costs start-up.
 */
export async function playAll(plan: GamePlan, workers: number, onProgress: (done: number) => void): Promise<GameOutcome[]> {
  const outcomes: GameOutcome[] = []
  const onGame = (outcome: GameOutcome) => {
    outcomes.push(outcome)
    onProgress(outcomes.length)
  }
  const { counter, next } = sharedCounter()
  const threads = Array.from({ length: workers - 1 }, (_, i) => new Promise<void>((resolve, reject) => {
    const w = i + 1
    const thread = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { plan, counter }, execArgv: process.execArgv.filter((a) => !PROCESS_HEAP_FLAG.test(a)) })
    thread.on('message', (m: GameOutcome) => onGame(m))
    thread.on('error', reject)
    thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eval worker ${w} exited with ${code}`))))
  }))
  await Promise.all([runShare(plan, next, onGame), ...threads])
  return outcomes.sort((a, b) => a.index - b.index)
}
