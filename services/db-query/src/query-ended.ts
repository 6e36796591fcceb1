// Why a query's process ended under it, and what its client is told (see `processEnded`).
import { readFileSync } from 'node:fs'
import { HeistError } from '@heist/shared'
import { HeistQueryLimits } from './query-limits.js'

/**
 * How many processes the kernel's out-of-memory killer has killed on this host since boot
 * (`oom_kill` in /proc/vmstat, Linux 4.13+; a container sees the host's count); undefined where
 * there is no such counter. A SIGKILL looks the same whoever sent it: this count rising while a
 * query ran is the only evidence an unprivileged process has that the OOM killer sent it (the
 * kernel's log says which process, but reading it needs privileges; cgroup v2's memory.events
 * counts per group, which is the whole login session outside a container, and v1 hosts lack it).
 * About 0.05-0.2 ms a read: callers read it at most once a second, not per query.
 */
export function hostOomKills(): number | undefined {
  try {
    const match = /^oom_kill (\d+)$/m.exec(readFileSync('/proc/vmstat', 'latin1'))
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined // no /proc (macOS): no evidence either way, the kill stays an interruption
  }
}

/**
 * The error for a query whose process ended under it, not by its deadline nor by `close`; exported
 * for its test. Who is to blame decides whether a client may send the query again (the fleet's
 * retry policy resends a 503 twice, never a 4xx or a 500):
 * - A V8 heap abort (SIGABRT, or SIGTRAP from a V8 check): the rows the query asked for did not fit
 *   in the process's heap. The caller's to change: 400 `DB_TOO_LARGE`, the code SQLite's own "out
 *   of memory" gets, so a resend, which would blow the heap again, is not made.
 * - An exit code: only the process itself exits, and mid-query only on an error it did not
 *   answer: a fault of this service that the same query would hit again. 500, not resent.
 * - SIGKILL while the host's OOM killer killed `oomKills` (> 0) processes: most likely it chose this
 *   one, because the host ran short of memory (the rlimit and the heap limit keep a query's own
 *   memory far below the host's). 503 `DB_QUERY_OOM_KILLED` with a `Retry-After`: sent again at
 *   once, into the same shortage, it would be killed again. "Most likely": a kill is a SIGKILL
 *   whoever sends it, and an operator's kill during another process's OOM kill reads the same.
 * - Any other signal (SIGKILL from an operator, SIGTERM): ended from outside, a 503 that says the
 *   same query may be sent again. The database is read-only, so nothing was changed, and the next
 *   query runs on a new process.
 */
export function processEnded(signal: NodeJS.Signals | null, code: number | null, heapMb: number = HeistQueryLimits.defaultHeapMb, oomKills = 0): HeistError {
  if (signal === 'SIGKILL' && oomKills > 0) {
    return new HeistError('DB_QUERY_OOM_KILLED', `the query process was killed (SIGKILL) while the host's out-of-memory killer killed ${oomKills} process${oomKills === 1 ? '' : 'es'}: most likely the host ran short of memory, not this query's fault (a query process's memory is bounded); nothing was changed, send it again in a few seconds`, 503, { oom_kills: oomKills }, { 'retry-after': String(OOM_RETRY_AFTER_S) })
  }
  if (signal === 'SIGABRT' || signal === 'SIGTRAP') {
    return new HeistError('DB_TOO_LARGE', `the query's rows did not fit in the query process's memory (a ${heapMb} MB heap): ask for fewer rows or columns, or shorter values (substr)`, 400)
  }
  if (signal === null && code !== null) {
    return new HeistError('DB_QUERY_CRASHED', `the query process failed on this query (exit code ${code}): a server-side fault; sending the same query again would fail the same way`, 500)
  }
  const how = signal ?? 'its pipe closed'
  return new HeistError('DB_QUERY_INTERRUPTED', `the query process ended (${how}) before this query finished: a server-side failure, not the query's; nothing was changed, and the same query can be sent again`, 503)
}

/** Seconds a client is asked to wait after an OOM kill: long enough for the host to reclaim the memory, short for a person. */
const OOM_RETRY_AFTER_S = 5

/**
 * The host's OOM kill count when the running query (or up to a second before it) was handed over:
 * read at most once a second (the read costs more than a quick query), and again after a kill.
 */
export function oomWatch(count: () => number | undefined) {
  let baseline: number | undefined
  let readAt = Number.NEGATIVE_INFINITY
  return {
    /** Before a query is handed over. Date.now: a coarse wall clock is all this needs. */
    mark(): void {
      if (baseline !== undefined && Date.now() - readAt < 1_000) return
      baseline = count()
      readAt = Date.now()
    },
    /** OOM kills on the host since the mark (0 when unknown); the next query marks afresh. */
    since(): number {
      const now = count()
      const kills = baseline === undefined || now === undefined ? 0 : now - baseline
      baseline = undefined
      return kills
    },
  }
}

