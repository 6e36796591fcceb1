import type { ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { HeistError } from '@heist/shared'
import type { ChildReply, ChildRequest } from './query-protocol.js'
import { hostOomKills, oomWatch, processEnded } from './query-ended.js'
import { createSpare, QueryNotStarted, sendToChild, startQueryProcess } from './query-process.js'

export interface QueryRunnerOptions {
  dbPath: string
  timeoutMs: number
  maxRows: number
  /** V8's old-space limit of each query process in MB (default `HeistQueryLimits.defaultHeapMb`). */
  heapMb?: number
  /** Query processes, each running one query at a time (default `DEFAULT_QUERY_PROCESSES`). */
  processes?: number
  /** Queries allowed to wait while others run; more are refused with 429. */
  maxQueued?: number
  /** Queries one client may have waiting; its next ones are refused with 429, others' are not. */
  maxQueuedPerClient?: number
  /**
   * Queries one client may have running at once; default all processes but one (at least one), so
   * a client sending a runaway query to every process cannot hold all of them: another client's
   * query always finds a process that is not one of its.
   */
  maxRunningPerClient?: number
  /**
   * A started process kept aside (default true) to replace one a deadline kills, so the next
   * query does not wait for a process to start (seconds on a loaded host). Started with the first
   * query, not with the service, and started again each time it is used.
   */
  spare?: boolean
  /**
   * A query that ran within this many ms the last time (its exact text, timed by the process) may be handed
   * to the process its client holds while the client's previous query still runs (default 5; 0
   * never). See `pipelined` in `createQueryRunner`.
   */
  pipelineBelowMs?: number
  /** The host's count of OOM kills (default `hostOomKills`, /proc/vmstat): tells the OOM killer's SIGKILL from an operator's. */
  oomKills?: () => number | undefined
  /** Told when a query process starts and when a query is handed to it (tests wait on these, not on time). */
  observe?: { processStarted?: (pid: number | undefined) => void; spareStarted?: (pid: number | undefined) => void; querySent?: (sql: string, pid: number | undefined) => void }
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

/** One query process: started on demand, one query at a time, replaced when a deadline kills it. */
function createQuerySlot(options: QueryRunnerOptions, isClosed: () => boolean, spare: ReturnType<typeof createSpare>) {
  let child: ChildProcess | null = null
  let ready: Promise<ChildProcess> | null = null
  /** The process once `ready` has resolved: a query then goes to it with no promise to wait on. */
  let startedProc: ChildProcess | null = null
  let nextId = 1
  const oom = oomWatch(options.oomKills ?? hostOomKills)

  /** A replacement takes the spare when there is one; the first start of a slot does not. */
  function spawnChild(replacement = false): Promise<ChildProcess> {
    const taken = replacement ? spare.take() : null
    const { proc, ready: started } = taken ?? startQueryProcess(options)
    if (taken === null) options.observe?.processStarted?.(proc.pid)
    child = proc
    // The process it replaces (killed, its 'exit' maybe not yet seen) takes no more queries.
    startedProc = null
    proc.once('exit', () => {
      if (child === proc) {
        child = null
        ready = null
      }
      if (startedProc === proc) startedProc = null
    })
    return started.then((running) => {
      if (child === running) startedProc = running
      return running
    })
  }

  // Start the next process right away so the query after a killed one does not wait for it.
  function respawn(): void {
    if (isClosed()) return
    const next = spawnChild(true)
    ready = next
    next.catch(() => {
      if (ready === next) ready = null
    })
  }

  return {
    /** Queries handed to this slot (from the wait for its process to the reply): one running, one behind it at most. */
    handed: 0,
    /** Whose queries they are. */
    client: '',
    /** The running process if it has started, else null (then `process()` waits for it). */
    running(): ChildProcess | null {
      return startedProc
    },
    /** The running process, started if there is none. */
    process(): Promise<ChildProcess> {
      // A slot that has run a query before is replacing a process that died.
      ready ??= spawnChild(nextId > 1)
      return ready
    },
    execute(proc: ChildProcess, sql: string): Promise<ChildReply> {
      const request: ChildRequest = { id: nextId++, sql, maxRows: options.maxRows }
      oom.mark()
      const reply = sendToChild(proc, request, options.timeoutMs, {
        onTimeout: respawn,
        onExit: (signal, code) => (isClosed() ? shuttingDown() : processEnded(signal, code, options.heapMb, signal === 'SIGKILL' ? oom.since() : 0)),
      })
      options.observe?.querySent?.(sql, proc.pid)
      return reply
    },
    kill(): void {
      child?.kill('SIGKILL')
    },
  }
}

type Slot = ReturnType<typeof createQuerySlot>

/** Query texts remembered as quick (see `QueryRunnerOptions.pipelineBelowMs`). */
const QUICK_QUERIES_KEPT = 64

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
  const processes = options.processes ?? DEFAULT_QUERY_PROCESSES
  const maxRunningPerClient = options.maxRunningPerClient ?? Math.max(1, processes - 1)
  const pipelineBelowMs = options.pipelineBelowMs ?? 5
  // Start-time fair queueing: a client's next query is tagged one round after its previous
  // one, a newcomer's with the current round. A client flooding slow queries waits behind
  // itself; anyone else's query runs after the ones running now.
  const queue: Job[] = []
  const lastTag = new Map<string, number>()
  let round = 0
  let closed = false
  const isClosed = () => closed
  const spare = createSpare(options, isClosed)
  const slots = Array.from({ length: processes }, () => createQuerySlot(options, isClosed, spare))
  /** Processes each client holds now (a query running or handed to it). */
  const running = new Map<string, number>()
  const runningOf = (client: string) => running.get(client) ?? 0

  /** The waiting job with the lowest tag whose client may start one more query now. */
  function nextJob(): Job | undefined {
    let best = -1
    for (let i = 0; i < queue.length; i += 1) {
      const job = queue[i] as Job
      if (runningOf(job.client) >= maxRunningPerClient) continue
      if (best < 0 || job.tag < (queue[best] as Job).tag) best = i
    }
    if (best < 0) {
      if (queue.length === 0 && slots.every((slot) => slot.handed === 0)) lastTag.clear() // idle: nobody is owed anything
      return undefined
    }
    const [job] = queue.splice(best, 1)
    round = (job as Job).tag
    return job
  }

  /** Queries that answered within `pipelineBelowMs` the last time they ran, by their text (least recently used dropped). */
  const quick = new Set<string>()
  function remember(sql: string, ms: number): void {
    quick.delete(sql)
    if (ms > pipelineBelowMs) return
    if (quick.size >= QUICK_QUERIES_KEPT) quick.delete(quick.values().next().value as string)
    quick.add(sql)
  }

  async function runOn(slot: Slot, job: Job): Promise<void> {
    if (slot.handed++ === 0) {
      slot.client = job.client
      running.set(job.client, runningOf(job.client) + 1)
    }
    try {
      // Queued behind a query that `close` cut short: refuse it rather than start a new process.
      if (closed) throw shuttingDown()
      // A started process takes the query at once; only a start is waited for.
      const proc = slot.running() ?? (await slot.process())
      // `close` may have come while the process started: do not hand it the query.
      if (closed) throw shuttingDown()
      const reply = await slot.execute(proc, job.sql)
      // Timed by the process itself: a loaded host's scheduling delays would make every query look slow.
      remember(job.sql, reply.ok ? reply.ms : Number.POSITIVE_INFINITY)
      job.resolve(reply)
    } catch (error) {
      // Handed behind a query whose process then died: it never ran, so it waits again, first, with its own tag.
      if (error instanceof QueryNotStarted && !closed) queue.unshift(job)
      else {
        quick.delete(job.sql)
        job.reject(closed ? shuttingDown() : error instanceof HeistError ? error : new HeistError('DB_UNAVAILABLE', 'the query process is unavailable', 503))
      }
    } finally {
      if (--slot.handed === 0) {
        const left = runningOf(slot.client) - 1
        if (left > 0) running.set(slot.client, left)
        else running.delete(slot.client)
      }
      drain()
    }
  }

  /**
   * The job the fair queue serves next (lowest tag, then arrival), if it may wait in the pipe of
   * `slot`: its client holds that process already (so it holds no more processes than before) and
   * the same query answered quickly last time. The process then reads it the moment it answers the
   * one ahead, without sleeping and without the service's write waking it. A query handed over
   * cannot be taken back, so another client's query that arrives meanwhile can wait one quick
   * query longer than the fair order says; never behind an unknown or slow one.
   */
  function pipelined(slot: Slot): Job | undefined {
    if (pipelineBelowMs <= 0 || slot.handed !== 1) return undefined
    let best = -1
    for (let i = 0; i < queue.length; i += 1) if (best < 0 || (queue[i] as Job).tag < (queue[best] as Job).tag) best = i
    const job = queue[best]
    if (job === undefined || job.client !== slot.client || !quick.has(job.sql)) return undefined
    queue.splice(best, 1)
    round = job.tag
    return job
  }

  function drain(): void {
    for (const slot of slots) {
      if (slot.handed > 0) continue
      const job = nextJob()
      if (job === undefined) break
      void runOn(slot, job)
    }
    for (const slot of slots) {
      const job = pipelined(slot)
      if (job !== undefined) void runOn(slot, job)
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
      spare.refill()
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
      spare.kill()
    },
  }
}
export type QueryRunner = ReturnType<typeof createQueryRunner>
