import type { PublicSessionEvent } from '@heist/shared'

/** How often the CLI says it is still waiting for the model. */
export const WAIT_NOTICE_MS = 30_000

export interface ModelWait {
  /** Aborted when the model stayed away longer than the wait allows. */
  signal: AbortSignal
  /** Whether the wait ran out (the CLI then stops the session). */
  expired: () => boolean
  /** Every event the CLI follows: a pause for the model starts the wait, any later event ends it. */
  see: (event: PublicSessionEvent) => void
  close: () => void
}

/**
 * The CLI's side of a model outage. The session waits for the model by itself (the orchestrator
 * probes it, engine/model-watch.ts) and goes on when it answers, as the page shows; the CLI says it
 * is waiting, every 30 s for how long, and gives up after `waitMs` for one outage (0: at once).
 */
export function modelWait(waitMs: number, say: (line: string) => void): ModelWait {
  const abort = new AbortController()
  let timers: NodeJS.Timeout[] = []
  const end = () => {
    for (const timer of timers) clearTimeout(timer)
    timers = []
  }
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`
  const start = () => {
    if (waitMs === 0) return abort.abort()
    say(`… waiting up to ${seconds(waitMs)} for the model (the session goes on by itself when it answers; Ctrl-C stops it)`)
    const began = Date.now()
    // unref: the event stream keeps the CLI alive while it waits, not these timers.
    const notice = setInterval(() => say(`… still waiting for the model: ${seconds(Date.now() - began)} of ${seconds(waitMs)}`), WAIT_NOTICE_MS).unref()
    const cap = setTimeout(() => {
      end()
      abort.abort()
    }, waitMs).unref()
    timers = [notice, cap]
  }
  return {
    signal: abort.signal,
    expired: () => abort.signal.aborted,
    see(event) {
      if (abort.signal.aborted) return
      // Anything after the pause (the resume, an operator's pause or stop) ends this outage's wait.
      end()
      if (event.type === 'session_paused' && event.reason === 'model_unavailable') start()
    },
    close: end,
  }
}
