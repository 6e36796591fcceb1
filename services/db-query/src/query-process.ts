// The query process itself: how it is started (under an rlimit where prlimit exists), how one
// query is handed to it under a deadline, and the warm spare. Which query runs where, and when,
// is query-runner.ts.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Duplex } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { HeistError } from '@heist/shared'
import { compiledModule } from './compiled-child.js'
import { HeistQueryLimits } from './query-limits.js'
import { decodeReply, encodeRequest, frameDecoder, PIPE_FD, type ChildReply, type ChildRequest } from './query-protocol.js'

/**
 * The query process's module: in a build (dist/, bundle/) the compiled query-child.js beside this
 * file; in a source run, query-child.ts compiled by esbuild (compiled-child.ts says why), in the
 * service's node_modules so that `better-sqlite3` resolves from it as from the source.
 */
function childCommand(): string {
  if (!import.meta.url.endsWith('.ts')) return fileURLToPath(new URL('./query-child.js', import.meta.url))
  return compiledModule(fileURLToPath(new URL('./query-child.ts', import.meta.url)), fileURLToPath(new URL('../node_modules/.cache/heist-query-child/', import.meta.url)))
}

/** util-linux's `prlimit`, present on Linux hosts and in the Debian-based image. */
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((candidate) => existsSync(candidate))
/** True when the query process runs under a data-size rlimit (see `HeistQueryLimits`). */
export const QUERY_MEMORY_BOUNDED = PRLIMIT !== undefined

/** A query handed to a process and not answered yet. */
interface Waiting {
  id: number
  /** `performance.now()` past which the process is killed; unset while a query ahead of it runs. */
  deadline: number
  timeoutMs: number
  resolve(reply: ChildReply): void
  reject(error: HeistError): void
  on: QueryEvents
}

/** What the caller of `sendToChild` decides: the next process after a deadline kill, and the error for a query whose process ended under it. */
export interface QueryEvents {
  onTimeout: () => void
  /** The process ended before answering (by `signal`, or with exit `code`; both null while it is still going). */
  onExit: (signal: NodeJS.Signals | null, code: number | null) => HeistError
}

/**
 * Rejects a query handed to a process that died before it started it (it was behind the query a
 * deadline killed, or the process was gone before the write): the caller may give it to another.
 */
export class QueryNotStarted extends HeistError {
  constructor() {
    super('DB_QUERY_NOT_STARTED', 'the query process ended before this query started', 503)
  }
}

/**
 * The service's end of a query process's pipe, the queries handed to it in order (the first runs,
 * a second may wait in the pipe: see `sendToChild`), and the process's one deadline timer: armed
 * when a query starts and none is, re-armed only when it fires early (for a query after the one it
 * was armed for), so a query sets and clears no timer.
 */
interface Channel {
  pipe: Duplex
  waiting: Waiting[]
  timer: NodeJS.Timeout | null
  /** When `timer` fires (`performance.now()` time). */
  timerAt: number
}
const channels = new WeakMap<ChildProcess, Channel>()

function channelOf(proc: ChildProcess): Channel {
  const channel = channels.get(proc)
  if (channel === undefined) throw new Error('not a query process started by forkChild')
  return channel
}

/**
 * Start the query process (under `prlimit --data` where it exists, which execs node, so the
 * pipe and the pid are node's); `ready` resolves once it has opened the database.
 * `nodeFlags` are added to node's (the profiler's `--cpu-prof`, which NODE_OPTIONS refuses).
 */
export function forkChild(dbPath: string, nodeFlags: string[] = []): { proc: ChildProcess; ready: Promise<ChildProcess> } {
  // This process's pid: the query process's watchdog ends it once its parent is another (query-child.ts).
  const node = [process.execPath, ...nodeFlags, childCommand(), dbPath, String(process.pid)]
  const [command, ...args] = PRLIMIT ? [PRLIMIT, `--data=${HeistQueryLimits.maxDataBytes}`, '--', ...node] : node
  const stdio: StdioOptions = ['ignore', 'ignore', 'ignore']
  stdio[PIPE_FD] = 'pipe'
  const proc = spawn(command as string, args, { stdio })
  const channel: Channel = { pipe: proc.stdio[PIPE_FD] as Duplex, waiting: [], timer: null, timerAt: 0 }
  channels.set(proc, channel)
  proc.once('exit', (code, signal) => {
    if (channel.timer !== null) clearTimeout(channel.timer)
    const [running, ...behind] = channel.waiting
    channel.waiting = []
    // Those behind first: requeued, they keep their place ahead of what the running one's end lets in.
    for (const waiting of behind) waiting.reject(new QueryNotStarted())
    running?.reject(running.on.onExit(signal, code))
  })
  // A write to a process killed a moment before fails with EPIPE; its 'exit' is what reports it.
  channel.pipe.on('error', () => undefined)
  const decoder = frameDecoder()
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    channel.pipe.on('data', (chunk: Buffer) => {
      for (const payload of decoder.push(chunk)) {
        const reply = decodeReply(payload)
        // The ready frame comes first, once the database is open.
        if (reply === 'ready') resolve(proc)
        else answer(proc, channel, reply)
      }
    })
    proc.once('exit', (code) => reject(new HeistError('DB_UNAVAILABLE', `the query process exited (${code ?? 'signal'})`, 503)))
  })
  return { proc, ready }
}

/** Close the service's end of the pipe: the process reads the end and exits by itself (a profiler then writes its profile). */
export function endChild(proc: ChildProcess): void {
  channelOf(proc).pipe.end()
}

function answer(proc: ChildProcess, channel: Channel, reply: ChildReply): void {
  const waiting = channel.waiting[0]
  if (waiting === undefined || waiting.id !== reply.id) return
  channel.waiting.shift()
  const next = channel.waiting[0]
  // The process reads the next query as soon as it has written this reply: its deadline starts now.
  if (next !== undefined) startDeadline(proc, channel, next)
  waiting.resolve(reply)
}

function armDeadline(proc: ChildProcess, channel: Channel, ms: number): void {
  // Unreferenced: while a query waits, its pipe keeps the service running anyway.
  channel.timer = setTimeout(checkDeadline, ms, proc, channel).unref()
  channel.timerAt = performance.now() + ms
}

/** The running query's deadline; a timer armed for an earlier query fires before it and re-arms itself for the rest. */
function startDeadline(proc: ChildProcess, channel: Channel, waiting: Waiting): void {
  waiting.deadline = performance.now() + waiting.timeoutMs
  if (channel.timer === null || channel.timerAt > waiting.deadline) {
    if (channel.timer !== null) clearTimeout(channel.timer)
    armDeadline(proc, channel, waiting.timeoutMs)
  }
}

/** Past the running query's deadline, kill the process; before it, wait for the rest. */
function checkDeadline(proc: ChildProcess, channel: Channel): void {
  channel.timer = null
  const [running, ...behind] = channel.waiting
  if (running === undefined) return // answered: the next query arms the timer again
  const left = running.deadline - performance.now()
  if (left > 0) return armDeadline(proc, channel, Math.ceil(left))
  channel.waiting = []
  proc.kill('SIGKILL')
  running.on.onTimeout()
  for (const waiting of behind) waiting.reject(new QueryNotStarted())
  running.reject(new HeistError('DB_QUERY_TIMEOUT', `the query ran longer than ${running.timeoutMs} ms and was stopped; add a LIMIT or a WHERE`, 400, { timeout_ms: running.timeoutMs }))
}

/**
 * Send one query to the process and wait for its reply. Past the deadline the process is
 * killed (better-sqlite3 cannot interrupt a statement) and `onTimeout` starts the next one.
 * A query sent while another runs waits in the pipe, and its deadline starts when the one
 * ahead is answered: the process then reads it without sleeping, and this write wakes nobody.
 * If the process dies while it waits there, it is rejected with `QueryNotStarted`.
 */
export function sendToChild(proc: ChildProcess, request: ChildRequest, timeoutMs: number, on: QueryEvents): Promise<ChildReply> {
  const channel = channelOf(proc)
  return new Promise((resolve, reject) => {
    // Killed (by close or a deadline) before this query reached it: 'exit' has fired already.
    if (proc.exitCode !== null || proc.signalCode !== null || !channel.pipe.writable) return reject(on.onExit(proc.signalCode, proc.exitCode))
    const waiting: Waiting = { id: request.id, deadline: Number.POSITIVE_INFINITY, timeoutMs, resolve, reject, on }
    channel.waiting.push(waiting)
    if (channel.waiting.length === 1) startDeadline(proc, channel, waiting)
    channel.pipe.write(encodeRequest(request))
  })
}

export type StartedChild = ReturnType<typeof forkChild>

/** How a query process is started (`QueryRunnerOptions` has these). */
export interface ChildOptions {
  dbPath: string
  /** V8's old-space limit in MB (default `HeistQueryLimits.defaultHeapMb`). */
  heapMb?: number
}

/** Start a query process as `options` say (see `forkChild`). */
export function startQueryProcess(options: ChildOptions): StartedChild {
  return forkChild(options.dbPath, [`--max-old-space-size=${options.heapMb ?? HeistQueryLimits.defaultHeapMb}`])
}

/** What the spare needs of the runner's options (`QueryRunnerOptions` has these). */
interface SpareOptions extends ChildOptions {
  spare?: boolean
  observe?: { spareStarted?: (pid: number | undefined) => void }
}

/** The spare process: one started child waiting to replace a killed one. */
export function createSpare(options: SpareOptions, isClosed: () => boolean) {
  let spare: StartedChild | null = null
  function refill(): void {
    if (options.spare === false || isClosed() || spare !== null) return
    const started = startQueryProcess(options)
    // A spare that dies before it is used is replaced on the next take; whoever takes it awaits `ready` itself.
    started.ready.catch(() => undefined)
    started.proc.once('exit', () => {
      if (spare === started) spare = null
    })
    options.observe?.spareStarted?.(started.proc.pid)
    spare = started
  }
  return {
    /** Start the spare if there is none. */
    refill,
    /** The spare, if one is alive; a new one is started behind it. */
    take(): StartedChild | null {
      const taken = spare
      spare = null
      refill()
      return taken
    },
    kill(): void {
      spare?.proc.kill('SIGKILL')
      spare = null
    },
  }
}
