import { parentPort, workerData } from 'node:worker_threads'
import { type GamePlan, runShare, sharedCounter } from './run-games.js'

// Games in a worker thread: the simulated model is CPU-bound, so games run in parallel.
const { plan, counter } = workerData as { plan: GamePlan; counter: Int32Array }
await runShare(plan, sharedCounter(counter).next, (outcome) => parentPort?.postMessage(outcome))
