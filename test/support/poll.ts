/**
 * The one way a test waits for something to happen: poll `probe` until `ok` holds. Past the
 * deadline it fails, naming what was awaited and the last value (or error) seen, so a timeout
 * reads as the reason the test failed, never as a silent pass or a bare "timed out".
 *
 * A probe that throws is polled again: waiting for a service that is restarting means
 * connection refusals until it is back. The last error is in the timeout's message.
 *
 * Wait on something that happens (an event, a sequence number, a state), never for a fixed time.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  ok: (value: T) => boolean = Boolean,
  timeoutMs = 5_000,
): Promise<T> {
  // Fast for in-process conditions, gentle on a loaded machine for HTTP probes of long waits.
  const intervalMs = Math.min(200, Math.max(2, Math.round(timeoutMs / 100)))
  const deadline = Date.now() + timeoutMs
  let last: { value: T } | { error: unknown } | null = null
  for (;;) {
    try {
      const value = await probe()
      if (ok(value)) return value
      last = { value }
    } catch (error) {
      last = { error }
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last ${describe(last)}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

function describe(last: { value: unknown } | { error: unknown } | null): string {
  if (last === null) return 'probe never answered'
  if ('error' in last) return `error: ${last.error instanceof Error ? last.error.message : String(last.error)}`
  const text = JSON.stringify(last.value) ?? String(last.value)
  return `value: ${text.length > 500 ? `${text.slice(0, 500)}…` : text}`
}
