import { fork, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { HeistError } from '@heist/shared'
import type { ChildReply, ChildRequest } from './query-protocol.js'

export interface QueryRunnerOptions {
  dbPath: string
  timeoutMs: number
  maxRows: number
  /** Queries allowed to wait while one runs; more are refused with 429. */
  maxQueued?: number
}

export type QueryRows = Extract<ChildReply, { ok: true }>

interface Job {
  sql: string
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

/** Fork the query process; `ready` resolves once it has opened the database. */
function forkChild(dbPath: string): { proc: ChildProcess; ready: Promise<ChildProcess> } {
  const { path, execArgv } = childCommand()
  const proc = fork(path, [dbPath], { execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] })
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
    proc.send(request)
  })
}

/**
 * Runs one query at a time in a child process with a hard deadline: a query that overruns
 * (say, a recursive CTE that never ends) is stopped by killing the process, which is
 * restarted for the next query.
 */
export function createQueryRunner(options: QueryRunnerOptions) {
  const maxQueued = options.maxQueued ?? 16
  const queue: Job[] = []
  let child: ChildProcess | null = null
  let ready: Promise<ChildProcess> | null = null
  let busy = false
  let nextId = 1
  let closed = false

  function spawnChild(): Promise<ChildProcess> {
    const { proc, ready: started } = forkChild(options.dbPath)
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
    if (closed) return
    const next = spawnChild()
    ready = next
    next.catch(() => {
      if (ready === next) ready = null
    })
  }

  function execute(proc: ChildProcess, sql: string): Promise<ChildReply> {
    const request: ChildRequest = { id: nextId++, sql, maxRows: options.maxRows }
    return sendToChild(proc, request, options.timeoutMs, {
      onTimeout: respawn,
      onExit: () => (closed ? shuttingDown() : new HeistError('DB_QUERY_FAILED', 'the query stopped the query process (too much memory?) and was abandoned', 400)),
    })
  }

  async function drain(): Promise<void> {
    if (busy) return
    busy = true
    for (let job = queue.shift(); job; job = queue.shift()) {
      // Queued behind a query that `close` cut short: refuse it rather than start a new process.
      if (closed) {
        job.reject(shuttingDown())
        continue
      }
      try {
        ready ??= spawnChild()
        job.resolve(await execute(await ready, job.sql))
      } catch (error) {
        job.reject(error instanceof HeistError ? error : new HeistError('DB_UNAVAILABLE', 'the query process is unavailable', 503))
      }
    }
    busy = false
  }

  return {
    /** Start the query process now rather than on the first query. */
    async start(): Promise<void> {
      ready ??= spawnChild()
      await ready
    },
    /** Run one already-checked query; resolves with the child's reply. */
    run(sql: string): Promise<ChildReply> {
      if (closed) return Promise.reject(shuttingDown())
      if (queue.length >= maxQueued) return Promise.reject(new HeistError('DB_BUSY', 'too many queries are waiting; retry shortly', 429))
      return new Promise((resolve, reject) => {
        queue.push({ sql, resolve, reject })
        void drain()
      })
    },
    close(): void {
      closed = true
      child?.kill('SIGKILL')
    },
  }
}
export type QueryRunner = ReturnType<typeof createQueryRunner>
