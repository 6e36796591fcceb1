import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * V8's collector, or undefined when it cannot be had. Node hides `gc` unless started with
 * `--expose-gc`; setting the flag at run time and reading `gc` from a fresh context is the
 * documented-by-use way to get it without changing how every launcher starts the process.
 */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed) return exposed
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as unknown
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

/**
 * Give the memory of finished sessions back when the orchestrator has nothing to run. Sessions
 * leave no objects behind (their heap after a full collection is the same after 20 or 100
 * sessions), but V8 only collects its old generation when it needs room, so the garbage of a
 * busy spell stays resident, and RSS climbs wave after wave, until then. A full collection in two
 * passes, `delayMs` after the last session ended and only if none started since, returns it:
 * tens of ms of CPU once per busy spell, never while a session runs.
 */
export function idleCollection(stillIdle: () => boolean, delayMs = 2_000, gc = collector()): () => void {
  let timer: NodeJS.Timeout | null = null
  return () => {
    if (!gc || timer) return
    timer = setTimeout(() => {
      timer = null
      // Two passes, because one left more resident in the soak: 224 MiB after 60 sessions (1.14x
      // idle) with one, 192 MiB after 100 (1.02x) with two (docs/notes/ops.md, soak).
      if (stillIdle()) {
        gc()
        gc()
      }
    }, delayMs)
    timer.unref()
  }
}
