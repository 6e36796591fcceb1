import { parentPort, workerData } from 'node:worker_threads'
import { type GamePlan, runShare, sharedCounter } from './run-games.js'

// Games in a worker thread: the simulated model is CPU-bound, so games run in parallel. A thread
// started before the plan was known (start-workers.mjs) gets it as its first message; null: not needed.
const { plan: given, counter } = workerData as { plan?: GamePlan; counter: Int32Array }
const plan = given ?? (await new Promise<GamePlan | null>((resolve) => parentPort?.once('message', resolve)))
if (plan) await runShare(plan, sharedCounter(counter).next, (outcome) => parentPort?.postMessage(outcome))
