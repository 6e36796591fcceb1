import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { connect } from 'node:net'
import { constants as osConstants } from 'node:os'
import { createInterface } from 'node:readline'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { START_GATE_ENV, START_GATE_FD } from '@heist/shared/start-gate'
import { httpGet } from './http-get.js'

const ORPHAN_GUARD = fileURLToPath(new URL('./orphan-guard.mjs', import.meta.url))
const COMPILE_CACHE = fileURLToPath(new URL('./compile-cache.mjs', import.meta.url))
// Resolved here rather than from the child's working directory, so any root works.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

export interface ServiceProcessOptions {
  name: string
  /** The repository root: the working directory of every service. */
  root: string
  entry: string
  /** `source`: the entry is TypeScript, run through tsx with the `heist-source` condition; `bundle`, `dist`: JavaScript. */
  from: 'bundle' | 'dist' | 'source'
  env: Record<string, string>
  /** Called with every line the service writes (stdout and stderr). */
  onLine: (line: string) => void
  /** Called when the process exits, whatever the reason, with how it ended ("killed by SIGKILL"). */
  onExit?: (code: number | null, how: string) => void
  /** How many recent lines are kept for error reports. */
  keepLines?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Whether something accepts TCP connections at `url`'s host and port. Polling with fetch() until a
 * service listens cost the launcher 1-2 ms of CPU per refused try (a request, an abort signal, an
 * error chain in undici): on a loaded machine, ~130 tries per service and most of the launcher's
 * start-up CPU. A refused connect is much cheaper; /health is asked once the port is open.
 */
function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) })
    socket.setTimeout(1000)
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
  })
}

/** One service running as its own Node process, with its recent output kept for error reports. */
export class ServiceProcess {
  readonly recent: string[] = []
  /**
   * Whether this run of the process said its port was taken (EADDRINUSE): another program bound it
   * between the launcher's choice and this bind, or while the service was down. Reset at each start.
   * Read only from the lines before the run answered /health: after that its port is bound, and a line
   * naming EADDRINUSE is another's words (oauth logs a refused grant_type as the client wrote it:
   * grant_type=EADDRINUSE, then any crash, moved oauth and restarted the whole fleet).
   */
  portTaken = false
  private healthy = false
  private child: ChildProcess | null = null
  private exited: Promise<number | null> = Promise.resolve(null)
  exitCode: number | null = null

  constructor(private readonly options: ServiceProcessOptions) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  start(): void {
    if (this.running) return
    const loader = this.options.from === 'source' ? ['--conditions=heist-source', '--import', TSX] : []
    const args = [...loader, '--import', ORPHAN_GUARD, '--import', COMPILE_CACHE, this.options.entry]
    // Its own process group: Ctrl-C reaches only the launcher, which stops services in reverse order.
    // Its stdin is a pipe the launcher never writes to: the orphan guard stops the service when
    // that pipe closes, which the kernel does whenever and however the launcher dies.
    // It loads its code and builds its app at once, and listens when `release()` writes to its
    // fd 3 (shared/src/start-gate.ts).
    const env = { ...this.options.env, [START_GATE_ENV]: `fd${START_GATE_FD}` }
    const child = spawn(process.execPath, args, { cwd: this.options.root, env, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], detached: true })
    this.child = child
    this.exitCode = null
    this.portTaken = false
    this.healthy = false
    this.exited = once(child, 'exit').then(([code, signal]) => {
      this.exitCode = typeof code === 'number' ? code : signal ? 128 + (osConstants.signals[signal as NodeJS.Signals] ?? 0) : null
      this.options.onExit?.(this.exitCode, signal ? `was killed by ${String(signal)}` : `exited with code ${String(code)}`)
      return this.exitCode
    })
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue
      createInterface({ input: stream }).on('line', (line) => this.record(line))
    }
  }

  /** Waits for `ready`: true then, false if the process exited first (it failed while loading). */
  async holdUntil(ready: Promise<unknown>): Promise<boolean> {
    let exited = false
    await Promise.race([ready, this.exited.then(() => (exited = true))])
    return !exited
  }

  /** Let the service listen: what it depends on is up. */
  release(): void {
    const gate = this.child?.stdio[START_GATE_FD]
    if (!this.running || !gate || !('end' in gate)) return
    // A process that exits meanwhile makes this an EPIPE: its exit is what waitHealthy() reports.
    gate.once('error', () => {})
    gate.end('listen\n')
  }

  private record(line: string): void {
    if (!this.healthy && line.includes('EADDRINUSE')) this.portTaken = true
    this.recent.push(line)
    if (this.recent.length > (this.options.keepLines ?? 30)) this.recent.shift()
    this.options.onLine(line)
  }

  /** Resolves when `GET url/health` answers 200; rejects on timeout or if the process exits first. */
  async waitHealthy(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    // The code this process exited with: by the time this loop looks, the healing may have started
    // the next one, whose `exitCode` is null again.
    const exited: { code?: number | null } = {}
    void this.exited.then((code) => {
      exited.code = code
    })
    while (Date.now() < deadline) {
      if ('code' in exited || !this.running) throw new Error(`${this.options.name} exited (code ${exited.code ?? this.exitCode ?? '?'}) before it was healthy`)
      // Listening but not answering yet is a null reply: try again.
      if (await accepts(url) && (await httpGet(`${url}/health`, 1000))?.status === 200) return void (this.healthy = true)
      await sleep(150)
    }
    throw new Error(`${this.options.name} was not healthy at ${url}/health after ${Math.round(timeoutMs / 1000)} s`)
  }

  /** SIGKILL at once, as a crash would: the service gets no chance to clean up. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return
    this.child.kill('SIGKILL')
    await this.exited
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  async stop(graceMs: number): Promise<void> {
    const child = this.child
    if (!child || !this.running) return
    child.kill('SIGTERM')
    const killed = await Promise.race([this.exited.then(() => false), sleep(graceMs).then(() => true)])
    if (killed && this.running) {
      this.options.onLine(`did not stop within ${graceMs} ms: SIGKILL`)
      child.kill('SIGKILL')
      await this.exited
    }
  }
}
