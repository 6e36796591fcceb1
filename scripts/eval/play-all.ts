import { Worker } from 'node:worker_threads'
import { type GameOutcome, type GamePlan, runShare } from './run-games.js'

/** Play every game of the plan in `workers` threads (one: in this thread), in index order. */
export async function playAll(plan: GamePlan, workers: number, onProgress: (done: number) => void): Promise<GameOutcome[]> {
  const outcomes: GameOutcome[] = []
  const onGame = (outcome: GameOutcome) => {
    outcomes.push(outcome)
    onProgress(outcomes.length)
  }
  if (workers === 1) await runShare(plan, 0, 1, onGame)
  else {
    await Promise.all(Array.from({ length: workers }, (_, w) => new Promise<void>((resolve, reject) => {
      const thread = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { plan, worker: w, workers }, execArgv: process.execArgv })
      thread.on('message', (m: GameOutcome) => onGame(m))
      thread.on('error', reject)
      thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eval worker ${w} exited with ${code}`))))
    })))
  }
  return outcomes.sort((a, b) => a.index - b.index)
}
