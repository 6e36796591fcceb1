import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import { pino, type Logger } from 'pino'
import type { z } from 'zod'
import { ConfigError, loadConfig } from './config.js'
import { logDestination } from './logger.js'
import { START_GATE_ENV, startGate } from './start-gate.js'

type EnvSource = Record<string, string | undefined>

/** What every service's env schema yields: where to listen and how loudly to log. */
export interface ListenConfig {
  HOST: string
  PORT: number
  LOG_LEVEL: string
}

/** Anything with a `close()`: a database handle, a socket link, a registration loop. */
export interface Closable {
  close(): unknown
}

/** Background work started once the server listens (e.g. tool registration); stopped first. */
export interface Started {
  stop(): Promise<void>
}

/**
 * A service, as data: its env schema, how to build its dependencies and its app, and what to
 * start once it listens. `main.ts` is `await runService(manifest)`.
 */
export interface ServiceManifest<C extends ListenConfig, D extends object, A extends FastifyInstance> {
  name: string
  Env: z.ZodType<C>
  /**
   * Real dependencies (none when left out). Every own property with a `close()` is closed after the app, in reverse order.
   * `log` is the service's logger before its app exists: for a dependency that reports on its own (a chat client's refused field).
   */
  createDeps?: (config: Readonly<C>, context: { env: EnvSource; log: Logger }) => D | Promise<D>
  buildApp: (input: { config: Readonly<C>; deps: D }) => Promise<A>
  start?: (app: A, input: { config: Readonly<C>; deps: D }) => Started | void | Promise<Started | void>
  /** How long a graceful shutdown may take before the process exits anyway; default 10 s. */
  graceMs?: number
  /** The environment to read; `process.env` by default. */
  env?: EnvSource
}

/** A running service: what tests and tools may want to look at or close. */
export interface RunningService<C, D, A> {
  config: Readonly<C>
  deps: D
  app: A
  /** Stop started work, close the app, then the deps; what `SIGTERM` runs. */
  close(): Promise<void>
}

/** Exit code of a service refused for its configuration (the launcher's too). */
export const CONFIG_EXIT_CODE = 2

/** A configuration mistake is the user's to fix: every problem, no stack trace, exit 2. */
function refuse(name: string, error: ConfigError): never {
  process.stderr.write(`${name}: ${error.message}\n`)
  process.exit(CONFIG_EXIT_CODE)
}

/** The deps' own properties that can be closed, last built first. */
function closables(deps: object): Closable[] {
  return Object.values(deps)
    .filter((value): value is Closable => typeof value === 'object' && value !== null && typeof (value as Partial<Closable>).close === 'function')
    .reverse()
}

async function closeAll(items: Closable[], log: Pick<Logger, 'error'>): Promise<void> {
  for (const item of items) {
    try {
      await item.close()
    } catch (error) {
      // One dep failing to close must not keep the others open.
      log.error({ err: error }, 'closing a dependency failed')
    }
  }
}

/**
 * Start a service the one way the fleet does: parse env once through its schema (a bad env
 * prints every problem and exits 2, no stack), build deps and app, listen, start background
 * work, and close all of it on SIGTERM/SIGINT or an uncaught error, within `graceMs`
 * (close-with-grace: exit 0 on a signal, 1 on an error or a shutdown past the deadline).
 */
export async function runService<C extends ListenConfig, D extends object, A extends FastifyInstance>(
  manifest: ServiceManifest<C, D, A>,
): Promise<RunningService<C, D, A>> {
  const env = manifest.env ?? process.env
  let config: Readonly<C>
  try {
    config = loadConfig(manifest.Env, env) as Readonly<C>
  } catch (error) {
    if (error instanceof ConfigError) refuse(manifest.name, error)
    throw error
  }
  const log = pino({ name: manifest.name, level: config.LOG_LEVEL === 'silent' ? 'silent' : 'info' }, logDestination())
  const startup: { deps?: D; app?: A } = {}
  try {
    startup.deps = manifest.createDeps ? await manifest.createDeps(config, { env, log }) : ({} as D)
    startup.app = await manifest.buildApp({ config, deps: startup.deps })
  } catch (error) {
    if (startup.deps) await closeAll(closables(startup.deps), log)
    if (error instanceof ConfigError) refuse(manifest.name, error)
    log.fatal({ err: error }, 'service failed to start')
    process.exit(1)
  }
  const { deps, app } = startup as { deps: D; app: A }
  let started: Started | void = undefined
  let closing: Promise<void> | undefined
  const close = (): Promise<void> => {
    closing ??= (async () => {
      if (started) await started.stop().catch((error: unknown) => app.log.error({ err: error }, 'stopping background work failed'))
      await app.close()
      await closeAll(closables(deps), app.log)
    })()
    return closing
  }
  const graceMs = manifest.graceMs ?? 10_000
  closeWithGrace({
    delay: graceMs,
    logger: false,
    onTimeout: () => app.log.error({ grace_ms: graceMs }, 'shutdown passed its deadline; exiting'),
    onSecondSignal: (signal) => app.log.warn({ signal }, 'second signal while shutting down; exiting'),
    onSecondError: (err) => app.log.error({ err }, 'another error while shutting down; exiting'),
  }, async ({ err, signal }) => {
    if (err) app.log.fatal({ err }, 'uncaught error; shutting down')
    else app.log.info({ signal }, 'shutting down')
    try {
      await close()
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed')
      throw error
    }
  })
  // Run by the local launcher, the process was started early; it listens once its dependencies do.
  // A launcher lets its services go within seconds; one still held after 10 s is most likely a
  // process given the variable by hand with some other pipe on fd 3, which would wait for ever silently.
  const stillWaiting = env[START_GATE_ENV] === 'fd3'
    ? setTimeout(() => log.warn(`still not listening: waiting for the launcher to release ${START_GATE_ENV} (fd 3)`), 10_000).unref()
    : undefined
  await startGate(env).catch(async (error: unknown) => {
    log.warn({ reason: (error as Error).message }, 'not listening')
    await close()
    process.exit(1)
  })
  clearTimeout(stillWaiting)
  await app.listen({ host: config.HOST, port: config.PORT })
  started = await manifest.start?.(app, { config, deps })
  return { config, deps, app, close }
}
