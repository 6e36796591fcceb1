import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { HeistError } from '@heist/shared'
import { HeistQueryLimits } from './query-limits.js'
import type { ChildReply, ChildRequest } from './query-protocol.js'

export interface QueryRunnerOptions {
  dbPath: string
  timeoutMs: number
  maxRows: number
  /** Query processes, each running one query at a time (default `DEFAULT_QUERY_PROCESSES`). */
  processes?: number
  /** Queries allowed to wait while others run; more are refused with 429. */
  maxQueued?: number
  /** Queries one client may have waiting; its next ones are refused with 429, others' are not. */
  maxQueuedPerClient?: number
  /** Told when a query process starts and when a query is handed to it (tests wait on these, not on time). */
  observe?: { processStarted?: (pid: number | undefined) => void; querySent?: (sql: string) => void }
}

export type QueryRows = Extract<ChildReply, { ok: true }>

interface Job {
  sql: string
  client: string
  /** Fair-queueing tag: the round this job may run in (lowest first, then arrival). */
  tag: number
  resolve: (reply: ChildReply) => void
  reject: (error: HeistError) => void
}

const shuttingDown = () => new HeistError('DB_UNAVAILABLE', 'the service is shutting down', 503)

/** Source runs (tsx) start the TypeScript child through tsx; a build runs the compiled one. */
function childCommand(): { path: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts')
  const path = fileURLToPath(new URL(`./query-child.${fromSource ? 'ts' : 'js'}`, import.meta.url))
  return { path, execArgv: fromSource ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [] }
}

/** util-linux's `prlimit`, present on Linux hosts and in the Debian-based image. */
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((candidate) => existsSync(candidate))
/** True when the query process runs under a data-size rlimit (see `HeistQueryLimits`). */
export const QUERY_MEMORY_BOUNDED = PRLIMIT !== undefined

/**
 * Start the query process (under `prlimit --data` where it exists, which execs node, so the
 * IPC channel and the pid are node's); `ready` resolves once it has opened the database.
 */
function forkChild(dbPath: string): { proc: ChildProcess; ready: Promise<ChildProcess> } {
  const { path, execArgv } = childCommand()
  const node = [process.execPath, ...execArgv, path, dbPath]
  const [command, ...args] = PRLIMIT ? [PRLIMIT, `--data=${HeistQueryLimits.maxDataBytes}`, '--', ...node] : node
  const proc = spawn(command as string, args, { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    proc.once('message', () => resolve(proc))
    proc.once('exit', (code) => reject(new HeistError('DB_UNAVAILABLE', `the query process exited (${code ?? 'signal'})`, 503)))
  })
  return { proc, ready }
}

/**
 * Send one query to the process and wait for its reply. Past the deadline the process is
 * killed (better-sqlite3 cannot interrupt a statement) and `onTimeout` starts the next one.
 */
function sendToChild(proc: ChildProcess, request: ChildRequest, timeoutMs: number, on: { onTimeout: () => void; onExit: () => HeistError }): Promise<ChildReply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup()
      proc.kill('SIGKILL')
      on.onTimeout()
      reject(new HeistError('DB_QUERY_TIMEOUT', `the query ran longer than ${timeoutMs} ms and was stopped; add a LIMIT or a WHERE`, 400, { timeout_ms: timeoutMs }))
    }, timeoutMs)
    const onMessage = (reply: ChildReply) => {
      if (reply.id !== request.id) return
      cleanup()
      resolve(reply)
    }
    const onExit = () => {
      cleanup()
      reject(on.onExit())
    }
    function cleanup() {
      clearTimeout(timer)
      proc.off('message', onMessage)
      proc.off('exit', onExit)
    }
    proc.on('message', onMessage)
    proc.once('exit', onExit)
    // Killed (by close or a deadline) before this query reached it: 'exit' has fired already.
    if (proc.exitCode !== null || proc.signalCode !== null || !proc.connected) return onExit()
    proc.send(request)
  })
}

/** One query process: started on demand, one query at a time, replaced when a deadline kills it. */
function createQuerySlot(options: QueryRunnerOptions, isClosed: () => boolean) {
  let child: ChildProcess | null = null
  let ready: Promise<ChildProcess> | null = null
  let nextId = 1

  function spawnChild(): Promise<ChildProcess> {
    const { proc, ready: started } = forkChild(options.dbPath)
    options.observe?.processStarted?.(proc.pid)
    child = proc
    proc.once('exit', () => {
      if (child === proc) {
        child = null
        ready = null
      }
    })
    return started
  }

  // Start the next process right away so the query after a killed one does not wait for it.
  function respawn(): void {
    if (isClosed()) return
    const next = spawnChild()
    ready = next
    next.catch(() => {
      if (ready === next) ready = null
    })
  }

  return {
    /** Set while a query is handed to this slot (from the wait for its process to the reply). */
    busy: false,
    /** The running process, started if there is none. */
    process(): Promise<ChildProcess> {
      ready ??= spawnChild()
      return ready
    },
    execute(proc: ChildProcess, sql: string): Promise<ChildReply> {
      const request: ChildRequest = { id: nextId++, sql, maxRows: options.maxRows }
      const reply = sendToChild(proc, request, options.timeoutMs, {
        onTimeout: respawn,
        onExit: () => (isClosed() ? shuttingDown() : new HeistError('DB_QUERY_FAILED', 'the query stopped the query process (too much memory?) and was abandoned', 400)),
      })
      options.observe?.querySent?.(sql)
      return reply
    },
    kill(): void {
      child?.kill('SIGKILL')
    },
  }
}

/** Query processes by default: one per core, at most two (the host also runs the HTTP side). */
export const DEFAULT_QUERY_PROCESSES = Math.max(1, Math.min(2, availableParallelism()))

/**
 * Runs queries in a small pool of child processes, one query at a time in each, with a hard
 * deadline: a query that overruns (say, a recursive CTE that never ends) is stopped by killing
 * its process, which is restarted for the next query, while the other processes go on
 * answering. Each process is as isolated as the single one was (read-only handle, memory
 * rlimit, no shared state); a pool only lets a query start while another one runs, where one
 * process made every query wait for the IPC round trip of the one before.
 */
export function createQueryRunner(options: QueryRunnerOptions) {
  const maxQueued = options.maxQueued ?? 16
  const maxPerClient = options.maxQueuedPerClient ?? 4
  // Start-time fair queueing: a client's next query is tagged one round after its previous
  // one, a newcomer's with the current round. A client flooding slow queries waits behind
  // itself; anyone else's query runs after the ones running now.
  const queue: Job[] = []
  const lastTag = new Map<string, number>()
  let round = 0
  let closed = false
  const slots = Array.from({ length: options.processes ?? DEFAULT_QUERY_PROCESSES }, () => createQuerySlot(options, () => closed))

  function nextJob(): Job | undefined {
    let best = -1
    for (let i = 0; i < queue.length; i += 1) {
      if (best < 0 || (queue[i] as Job).tag < (queue[best] as Job).tag) best = i
    }
    if (best < 0) {
      if (slots.every((slot) => !slot.busy)) lastTag.clear() // idle: nobody is owed anything
      return undefined
    }
    const [job] = queue.splice(best, 1)
    round = (job as Job).tag
    return job
  }

  async function runOn(slot: ReturnType<typeof createQuerySlot>, job: Job): Promise<void> {
    slot.busy = true
    try {
      // Queued behind a query that `close` cut short: refuse it rather than start a new process.
      if (closed) throw shuttingDown()
      const proc = await slot.process()
      // `close` may have come while the process started: do not hand it the query.
      if (closed) throw shuttingDown()
      job.resolve(await slot.execute(proc, job.sql))
    } catch (error) {
      job.reject(error instanceof HeistError ? error : new HeistError('DB_UNAVAILABLE', 'the query process is unavailable', 503))
    } finally {
      slot.busy = false
      drain()
    }
  }

  function drain(): void {
    for (const slot of slots) {
      if (slot.busy) continue
      const job = nextJob()
      if (job === undefined) return
      void runOn(slot, job)
    }
  }

  return {
    /** Start the query processes now rather than on the first queries. */
    async start(): Promise<void> {
      await Promise.all(slots.map((slot) => slot.process()))
    },
    /** Run one already-checked query for `client`; resolves with the child's reply. */
    run(sql: string, client = 'anonymous'): Promise<ChildReply> {
      if (closed) return Promise.reject(shuttingDown())
      if (queue.filter((job) => job.client === client).length >= maxPerClient) {
        return Promise.reject(new HeistError('DB_BUSY', `${maxPerClient} of your queries are waiting already; retry when they are done`, 429))
      }
      if (queue.length >= maxQueued) return Promise.reject(new HeistError('DB_BUSY', 'too many queries are waiting; retry shortly', 429))
      const tag = Math.max(round, (lastTag.get(client) ?? -Infinity) + 1)
      lastTag.set(client, tag)
      return new Promise((resolve, reject) => {
        queue.push({ sql, client, tag, resolve, reject })
        drain()
      })
    },
    close(): void {
      closed = true
      for (const slot of slots) slot.kill()
    },
  }
}
export type QueryRunner = ReturnType<typeof createQueryRunner>
