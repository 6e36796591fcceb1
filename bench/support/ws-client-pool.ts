/**
 * The measuring side of `bench/dashboard-ws.ts`: browser-like WebSocket clients spread over
 * worker threads, which only count frames and report, per event, when all of their sockets
 * have it, so the receiving side is not what the bench measures.
 */
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Events sent first in every round to warm up both ends; not counted. */
export const WARMUP = 20
/** An event that has not reached every client after this long fails the run. */
const EVENT_TIMEOUT_MS = 5_000
/** Milliseconds on the process-wide monotonic clock, comparable between threads. */
export const now = () => Number(process.hrtime.bigint()) / 1e6

/** Main thread → client worker. */
type ToWorker = { cmd: 'connect'; url: string; count: number; sessionId: string | null } | { cmd: 'close' }
/** Client worker → main thread: `got` once every socket of the worker has frame `seq`. */
type FromWorker = { type: 'ready' } | { type: 'closed' } | { type: 'got'; seq: number; at: number } | { type: 'error'; message: string }

/** The browser-like clients, spread over worker threads. */
export class ClientPool {
  private readonly workers: Worker[]
  private listeners = new Set<(msg: FromWorker, worker: Worker) => void>()
  private failed: Error | null = null

  constructor(count: number) {
    const wsPath = createRequire(join(root, 'services/dashboard/package.json')).resolve('ws')
    this.workers = Array.from({ length: Math.max(1, count) }, () => {
      const worker = new Worker(CLIENT_WORKER, { eval: true, workerData: { ws: wsPath } })
      worker.on('message', (msg: FromWorker) => {
        for (const listener of this.listeners) listener(msg, worker)
      })
      worker.on('error', (error) => {
        this.failed = error
        for (const listener of this.listeners) listener({ type: 'error', message: String(error) }, worker)
      })
      return worker
    })
  }

  /** Resolves once every worker has answered `type`; rejects on a worker error. */
  private all(type: 'ready' | 'closed', post: (worker: Worker, i: number) => ToWorker): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failed) return reject(this.failed)
      const pending = new Set(this.workers)
      const listener = (msg: FromWorker, worker: Worker) => {
        if (msg.type === 'error') {
          this.listeners.delete(listener)
          reject(new Error(msg.message))
        } else if (msg.type === type) {
          pending.delete(worker)
          if (pending.size === 0) {
            this.listeners.delete(listener)
            resolve()
          }
        }
      }
      this.listeners.add(listener)
      this.workers.forEach((worker, i) => worker.postMessage(post(worker, i)))
    })
  }

  connect(url: string, clients: number, sessionId: string | null): Promise<void> {
    const n = this.workers.length
    return this.all('ready', (_w, i) => ({ cmd: 'connect', url, sessionId, count: Math.floor(clients / n) + (i < clients % n ? 1 : 0) }))
  }

  close(): Promise<void> {
    return this.all('closed', () => ({ cmd: 'close' }))
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  /** Send `WARMUP + events` events one at a time; returns, per counted event, ms until every client had it. */
  async fanOut(events: number, gapMs: number, send: (seq: number) => void): Promise<number[]> {
    const samples: number[] = []
    let waiting: { seq: number; left: number; last: number; done: () => void } | null = null
    const listener = (msg: FromWorker) => {
      if (msg.type !== 'got' || !waiting || msg.seq !== waiting.seq) return
      waiting.last = Math.max(waiting.last, msg.at)
      if (--waiting.left === 0) waiting.done()
    }
    this.listeners.add(listener)
    try {
      for (let seq = 1; seq <= WARMUP + events; seq++) {
        let timer: NodeJS.Timeout | undefined
        const arrived = new Promise<number>((resolve, reject) => {
          const w: { seq: number; left: number; last: number; done: () => void } = { seq, left: this.workers.length, last: 0, done: () => resolve(w.last) }
          waiting = w
          timer = setTimeout(() => reject(new Error(`event ${seq} did not reach every client within ${EVENT_TIMEOUT_MS} ms`)), EVENT_TIMEOUT_MS)
        })
        const sentAt = now()
        send(seq)
        const lastAt = await arrived.finally(() => clearTimeout(timer))
        if (seq > WARMUP) samples.push(lastAt - sentAt)
        await new Promise((r) => setTimeout(r, gapMs))
      }
    } finally {
      this.listeners.delete(listener)
    }
    return samples
  }
}

/**
 * Worker thread: holds a share of the clients; reports when all of them have an event. Plain
 * JavaScript run with `eval` (worker threads do not inherit the tsx loader on Node 20); it only
 * needs `ws`, whose path it gets as `workerData`.
 */
const CLIENT_WORKER = `
const { parentPort: port, workerData } = require('node:worker_threads')
const { WebSocket } = require(workerData.ws)
const now = () => Number(process.hrtime.bigint()) / 1e6
const SEQ = Buffer.from('"seq":')
const EVENT = Buffer.from('{"type":"event"')
let sockets = []
let counts = new Map()
const open = (url) => new Promise((resolve, reject) => {
  const socket = new WebSocket(url)
  socket.once('open', () => resolve(socket))
  socket.once('error', reject)
})
async function connect(url, sessionId) {
  const socket = await open(url)
  if (sessionId) {
    const synced = new Promise((r) => socket.on('message', function wait(data) {
      if (String(data).includes('"synced"')) { socket.off('message', wait); r() }
    }))
    socket.send(JSON.stringify({ type: 'subscribe', session_id: sessionId, after_seq: 0 }))
    await synced
  }
  socket.on('message', (data) => {
    // Only what a client must do to know which event it got: find the seq, count it.
    if (data.compare(EVENT, 0, EVENT.length, 0, EVENT.length) !== 0) return
    const at = data.indexOf(SEQ)
    if (at < 0) return
    let seq = 0
    for (let i = at + SEQ.length, c = data[i]; c >= 48 && c <= 57; c = data[++i]) seq = seq * 10 + c - 48
    const n = (counts.get(seq) || 0) + 1
    counts.set(seq, n)
    if (n === sockets.length) {
      port.postMessage({ type: 'got', seq, at: now() })
      counts.delete(seq)
    }
  })
  return socket
}
port.on('message', async (msg) => {
  try {
    if (msg.cmd === 'close') {
      await Promise.all(sockets.map((s) => new Promise((r) => {
        if (s.readyState === s.CLOSED) return r()
        s.once('close', () => r())
        s.terminate()
      })))
      sockets = []
      counts = new Map()
      port.postMessage({ type: 'closed' })
      return
    }
    for (let batch = 0; batch < msg.count; batch += 50) {
      const size = Math.min(50, msg.count - batch)
      sockets.push(...(await Promise.all(Array.from({ length: size }, () => connect(msg.url, msg.sessionId)))))
    }
    port.postMessage({ type: 'ready' })
  } catch (error) {
    port.postMessage({ type: 'error', message: String(error) })
  }
})
`
