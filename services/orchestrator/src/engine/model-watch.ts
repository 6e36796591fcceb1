import { backoffDelay, type RetryPolicy } from '@heist/shared'
import type { Clock } from './types.js'

/** How often a session the model's absence paused asks whether it is back: the fleet's backoff, from ~1 s up to 30 s. */
export const MODEL_PROBE: RetryPolicy = { retries: 0, baseMs: 1_000, capMs: 30_000 }

export interface ModelWatch {
  /** The model's `answers`. */
  answers: (signal?: AbortSignal) => Promise<boolean>
  clock: Clock
  /** Stop and shutdown abort it. */
  signal: AbortSignal
  /** False once the wait is pointless: the operator resumed, stopped, or took the pause over. */
  waiting: () => boolean
  /**
   * Pauses of this turn so far: a server that answers the probe but keeps failing the turn
   * (a model not loaded, a 500 on completions) is asked less and less often, not in a loop.
   */
  outage: number
  policy?: RetryPolicy
  random?: () => number
}

/** Wait until the model answers again; false when the wait ended otherwise first. */
export async function waitForModel(watch: ModelWatch): Promise<boolean> {
  const { answers, clock, signal, waiting } = watch
  for (let attempt = watch.outage; ; attempt++) {
    await clock.sleep(backoffDelay(watch.policy ?? MODEL_PROBE, attempt, watch.random), signal)
    if (signal.aborted || !waiting()) return false
    // A probe that throws is a model that is not back; the next one is asked later.
    if (await answers(signal).catch(() => false)) return !signal.aborted && waiting()
  }
}
