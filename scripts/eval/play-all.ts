import { Worker } from 'node:worker_threads'
import { type GameOutcome, type GamePlan, runShare } from './run-games.js'

/**
 * Play every game of the plan in `workers` threads, in index order. This thread plays one share
 * itself: it has loaded every module already, and each extra thread costs seconds of start-up.
 */
export async function playAll(plan: GamePlan, workers: number, onProgress: (done: number) => void): Promise<GameOutcome[]> {
  const outcomes: GameOutcome[] = []
  const onGame = (outcome: GameOutcome) => {
    outcomes.push(outcome)
    onProgress(outcomes.length)
  }
  const threads = Array.from({ length: workers - 1 }, (_, i) => new Promise<void>((resolve, reject) => {
    const w = i + 1
    const thread = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { plan, worker: w, workers }, execArgv: process.execArgv })
    thread.on('message', (m: GameOutcome) => onGame(m))
    thread.on('error', reject)
    thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eval worker ${w} exited with ${code}`))))
  }))
  await Promise.all([runShare(plan, 0, workers, onGame), ...threads])
  return outcomes.sort((a, b) => a.index - b.index)
}
