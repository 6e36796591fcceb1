import type { WebSocket } from 'ws'
import type { EventStore } from './event-store.js'

/** Events read and sent per page of a replay. */
const PAGE = 200
/** The next page waits until the browser has read this far down (bytes still queued on its socket). */
const LOW_WATER_BYTES = 512 * 1024
const POLL_MS = 20
/** A browser that reads nothing of its history for this long is dropped. */
const STALL_MS = 30_000

export interface ReplayClient {
  socket: WebSocket
  /** Replays in progress, by session: cancelling sets `cancelled`. */
  replaying: Map<string, { cancelled: boolean }>
}

export interface ReplayHooks {
  /** One stored event body (public JSON) to the browser. */
  send(client: ReplayClient, body: string): void
  /** The history is sent: from now on the browser gets live events. */
  done(client: ReplayClient, sessionId: string, afterSeq: number): void
  /** The browser stopped reading for `STALL_MS`. */
  stalled(client: ReplayClient): void
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * History replays with backpressure: a page of stored events at a time, the next page only
 * once the socket has drained below a low-water mark, so what the dashboard holds for one
 * browser is bounded and a slow or hostile reader only slows itself. Pages are read from the
 * store as they go, so events stored meanwhile are part of a later page, not lost.
 */
export function createReplayer(store: EventStore, hooks: ReplayHooks) {
  /** Resolves true once the socket is below the low-water mark, false if it closed or stalled. */
  async function drained(client: ReplayClient, job: { cancelled: boolean }): Promise<boolean> {
    const since = Date.now()
    while (client.socket.bufferedAmount > LOW_WATER_BYTES) {
      if (job.cancelled || client.socket.readyState !== client.socket.OPEN) return false
      if (Date.now() - since > STALL_MS) {
        hooks.stalled(client)
        return false
      }
      await sleep(POLL_MS)
    }
    // Yield between pages so one replay never holds the event loop (health checks, live events).
    await new Promise((resolve) => setImmediate(resolve))
    return !job.cancelled && client.socket.readyState === client.socket.OPEN
  }

  async function run(client: ReplayClient, sessionId: string, afterSeq: number, job: { cancelled: boolean }): Promise<void> {
    let cursor = afterSeq
    for (;;) {
      if (!(await drained(client, job))) return
      const page = store.historyBodies(sessionId, cursor, PAGE)
      for (const body of page) hooks.send(client, body)
      if (page.length < PAGE) break
      cursor = (JSON.parse(page.at(-1) as string) as { seq: number }).seq
    }
    client.replaying.delete(sessionId)
    hooks.done(client, sessionId, afterSeq)
  }

  return {
    start(client: ReplayClient, sessionId: string, afterSeq: number): void {
      const job = { cancelled: false }
      client.replaying.set(sessionId, job)
      void run(client, sessionId, afterSeq, job).finally(() => {
        if (client.replaying.get(sessionId) === job && job.cancelled) client.replaying.delete(sessionId)
      })
    },
    cancel(client: ReplayClient, sessionId: string): void {
      const job = client.replaying.get(sessionId)
      if (job) job.cancelled = true
      client.replaying.delete(sessionId)
    },
    cancelAll(client: ReplayClient): void {
      for (const job of client.replaying.values()) job.cancelled = true
      client.replaying.clear()
    },
  }
}
