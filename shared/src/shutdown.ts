/** The part of a logger `closeOnSignals` needs (Fastify's `app.log` fits). */
export interface ShutdownLog {
  error(object: unknown, message: string): void
}

/**
 * On the first SIGTERM or SIGINT run `close` (stop timers, close the app, its db and sockets),
 * then exit: 0 when it finished, 1 when it threw (logged, never an unhandled rejection).
 * `exit` is injectable for tests.
 */
export function closeOnSignals(close: () => Promise<unknown>, log: ShutdownLog, exit: (code: number) => void = (code) => process.exit(code)): void {
  let closing = false
  const onSignal = (): void => {
    if (closing) return
    closing = true
    close().then(
      () => exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed')
        exit(1)
      },
    )
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, onSignal)
}
