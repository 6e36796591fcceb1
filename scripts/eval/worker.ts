import { parentPort, workerData } from 'node:worker_threads'
import { type GamePlan, runShare } from './run-games.js'

// One share of the games in a worker thread: the simulated model is CPU-bound, so games run in parallel.
const { plan, worker, workers } = workerData as { plan: GamePlan; worker: number; workers: number }
await runShare(plan, worker, workers, (outcome) => parentPort?.postMessage(outcome))
