import type { FleetService } from '@heist/shared/fleet'
import { ServiceProcess } from './child.js'
import { serviceEnv, type EnvContext } from './env.js'

/** A start failure, with the failing service's last lines of output. */
export class LaunchError extends Error {
  /** `portTaken`: the service failed because its port was taken (EADDRINUSE). */
  constructor(readonly service: string, message: string, readonly lastLines: string[], readonly portTaken = false) {
    super(`${message}\n--- last lines of ${service} ---\n${lastLines.join('\n') || '(no output)'}`)
  }
}

/** How crashed services come back: like Compose's `restart: unless-stopped`, with a cap. */
export interface HealPolicy {
  /** Off: an unexpected exit is only reported. */
  enabled: boolean
  /** First delay; it doubles with each crash inside the window. */
  initialDelayMs: number
  maxDelayMs: number
  /** More crashes than this inside `windowMs` and the service is left down (reported). */
  maxRestarts: number
  windowMs: number
}

// Compose's first delay too (Docker: 100 ms, doubling). A crash is healed at once; a crash loop is
// still spaced out, and capped. 500 ms was 15-23 % of a whole restart on CI (2.2-3.2 s).
export const DEFAULT_HEAL: HealPolicy = { enabled: true, initialDelayMs: 100, maxDelayMs: 15_000, maxRestarts: 5, windowMs: 60_000 }

export interface ProcessesOptions {
  root: string
  entryOf: (name: string) => string
  from: 'bundle' | 'dist' | 'source'
  ctx: EnvContext
  urls: Record<string, string>
  healthTimeoutMs: number
  graceMs: number
  heal: HealPolicy
  onLine?: (service: string, line: string) => void
  note: (text: string) => void
  /**
   * With automatic ports: a service started again (healed, or restarted by hand) found its port
   * taken. Instead of trying that port again (until its crash cap, then left down), the fleet gives it
   * another and starts again (fleet.ts); rejects, after saying so, if the fleet does not come back.
   * Without this, a taken port is a crash like any other.
   */
  onPortTaken?: (service: FleetService) => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The running processes, in start order; stops them in reverse. A service that exits when
 * nobody asked it to is started again after a backoff, until it crashes too often.
 */
export class Processes {
  readonly order: string[] = []
  private readonly byName = new Map<string, ServiceProcess>()
  private readonly stopping = new Set<string>()
  private readonly crashes = new Map<string, number[]>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  /** Services that answered /health at least once: only those are healed. */
  private readonly wasHealthy = new Set<string>()
  private closing = false

  constructor(private readonly options: ProcessesOptions) {}

  has(name: string): boolean {
    return this.byName.has(name)
  }

  pid(name: string): number | undefined {
    const proc = this.byName.get(name)
    return proc?.running ? proc.pid : undefined
  }

  /**
   * Start a service (again) and wait until it answers `GET /health`. Its process starts at once; it
   * listens once `dependencies` resolve (they are up), and is not let go if they fail.
   */
  async launch(service: FleetService, dependencies: Promise<unknown> = Promise.resolve()): Promise<void> {
    if (this.closing) throw new LaunchError(service.name, 'the launcher is stopping', [])
    const proc = this.byName.get(service.name) ?? new ServiceProcess({
      name: service.name,
      root: this.options.root,
      entry: this.options.entryOf(service.name),
      from: this.options.from,
      env: serviceEnv(service, this.options.ctx),
      onLine: (line) => this.options.onLine?.(service.name, line),
      onExit: (_code, how) => this.exited(service, how),
    })
    this.byName.set(service.name, proc)
    if (!this.order.includes(service.name)) this.order.push(service.name)
    proc.start()
    // A dependency that fails is reported as itself: this rejects with its error.
    const alive = await proc.holdUntil(dependencies)
    try {
      if (!alive) throw new Error(`${service.name} exited (code ${proc.exitCode ?? '?'}) before it was healthy`)
      proc.release()
      await proc.waitHealthy(this.options.urls[service.name] ?? '', this.options.healthTimeoutMs)
      this.wasHealthy.add(service.name)
    } catch (error) {
      throw new LaunchError(service.name, (error as Error).message, [...proc.recent], proc.portTaken)
    }
  }

  private exited(service: FleetService, how: string): void {
    const { name } = service
    if (this.closing || this.stopping.has(name)) return
    // Never healthy yet: it failed while starting (bad config, a port taken), and would fail the same
    // way again. Its launch() fails with its last lines; a restart would only repeat them, noisily.
    if (!this.wasHealthy.has(name)) return
    const { heal, note } = this.options
    if (!heal.enabled) return note(`${name} ${how} (unexpected)`)
    const now = Date.now()
    const recent = [...(this.crashes.get(name) ?? []).filter((t) => now - t < heal.windowMs), now]
    this.crashes.set(name, recent)
    if (recent.length > heal.maxRestarts) {
      return note(`${name} ${how}: ${recent.length} crashes in ${heal.windowMs / 1000} s, left down (pnpm start --restart ${name} to try again)`)
    }
    if (this.byName.get(name)?.portTaken && this.options.onPortTaken) {
      note(`${name} ${how} (unexpected): its port was taken while it was down (${recent.length}/${heal.maxRestarts})`)
      // The fleet has said what went wrong; nobody else waits for this.
      return void this.options.onPortTaken(service).catch(() => undefined)
    }
    const delay = Math.min(heal.initialDelayMs * 2 ** (recent.length - 1), heal.maxDelayMs)
    note(`${name} ${how} (unexpected): restarting in ${(delay / 1000).toFixed(1)} s (${recent.length}/${heal.maxRestarts})`)
    this.timers.set(name, setTimeout(() => {
      this.timers.delete(name)
      const started = Date.now()
      const proc = this.byName.get(name)
      this.launch(service).then(
        () => note(`${name} is back (healthy ${((Date.now() - started) / 1000).toFixed(1)} s after its restart)`),
        // An exit during start-up comes back through exited(); a hang is only reported (not when the
        // whole fleet has been started again meanwhile: the process is then another one).
        (error: unknown) => { if (proc?.running && this.byName.get(name) === proc) note(`${name} restarted but is not healthy: ${(error as Error).message.split('\n')[0]}`) },
      )
    }, delay))
  }

  async stop(name: string, hard = false): Promise<void> {
    this.stopping.add(name)
    clearTimeout(this.timers.get(name))
    this.timers.delete(name)
    const proc = this.byName.get(name)
    await (hard ? proc?.kill() : proc?.stop(this.options.graceMs))
    this.stopping.delete(name)
  }

  /**
   * Stop and start one service by hand; its crash count starts again, and like a first start, a
   * failure before it is healthy is reported to whoever asked, not restarted five times.
   */
  async restart(service: FleetService): Promise<void> {
    await this.stop(service.name)
    // A new process, whose environment is made again from the context (`.env` as it is now).
    this.byName.delete(service.name)
    this.crashes.delete(service.name)
    this.wasHealthy.delete(service.name)
    try {
      await this.launch(service)
    } catch (error) {
      if (!(error instanceof LaunchError && error.portTaken && this.options.onPortTaken)) throw error
      await this.options.onPortTaken(service)
    }
  }

  /**
   * Stop every service in reverse start order and forget their processes, for a start of the whole
   * fleet again: each one's next launch is given the fleet's environment as it is then (a moved port's
   * new URL). Unlike `close()`, healing goes on afterwards.
   */
  async stopAll(): Promise<void> {
    for (const name of [...this.order].reverse()) await this.stop(name)
    this.byName.clear()
    this.wasHealthy.clear()
  }

  /** Stop everything in reverse start order; nothing is restarted from now on. */
  async close(): Promise<void> {
    this.closing = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    for (const name of [...this.order].reverse()) await this.stop(name)
    // A process that was being spawned as the stop began is gone too before this returns.
    while (this.order.some((name) => this.byName.get(name)?.running)) await sleep(50)
  }
}
