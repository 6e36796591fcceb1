import { type GameOutcome, type GamePlan, runShare, sharedCounter } from './run-games.js'
import { startWorker, takeWaitingWorkers } from './start-workers.mjs'

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
  // Threads launch.mjs started while this one loaded its modules, given the plan now; any more are started here.
  const waiting = takeWaitingWorkers()
  const { counter, next } = sharedCounter(waiting?.counter)
  for (const unused of waiting?.threads.slice(workers - 1) ?? []) unused.postMessage(null)
  const threads = Array.from({ length: workers - 1 }, (_, i) => new Promise<void>((resolve, reject) => {
    const w = i + 1
    const started = waiting?.threads[i]
    started?.ref()
    started?.postMessage(plan)
    const thread = started ?? startWorker(new URL('./worker-entry.mjs', import.meta.url), counter, plan)
    thread.on('message', (m: GameOutcome) => onGame(m))
    thread.on('error', reject)
    thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eval worker ${w} exited with ${code}`))))
  }))
  await Promise.all([runShare(plan, next, onGame), ...threads])
  return outcomes.sort((a, b) => a.index - b.index)
}
