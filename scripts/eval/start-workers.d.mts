import type { Worker } from 'node:worker_threads'

export declare function startWorker(entry: URL | string, counter: Int32Array, plan?: unknown): Worker
export declare function startWaitingWorkers(entry: URL | string, count: number): void
export declare function takeWaitingWorkers(): { counter: Int32Array; threads: Worker[] } | undefined
export declare function workerCount(value: string | boolean | undefined): number | null
