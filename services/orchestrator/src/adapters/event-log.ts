import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { ensurePrivateDir, jsonOrUndefined, SessionEvent } from '@heist/shared'

/** A session's log read back: its events, or why they cannot be trusted. */
export type LogRead = { ok: true; events: SessionEvent[]; repaired: boolean } | { ok: false; problem: string }

const TAIL_BYTES = 64 * 1024

/** Every line a valid event of this session, with seqs 1, 2, 3… */
function parseLines(sessionId: string, lines: string[]): LogRead {
  const events: SessionEvent[] = []
  for (const [index, line] of lines.entries()) {
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      return { ok: false, problem: `line ${index + 1} of the event log is not JSON` }
    }
    const parsed = SessionEvent.safeParse(json)
    if (!parsed.success) return { ok: false, problem: `line ${index + 1} of the event log is not a valid event` }
    if (parsed.data.session_id !== sessionId) return { ok: false, problem: `line ${index + 1} belongs to session "${parsed.data.session_id}"` }
    if (parsed.data.seq !== index + 1) return { ok: false, problem: `line ${index + 1} has seq ${parsed.data.seq} (events missing or repeated)` }
    events.push(parsed.data)
  }
  return { ok: true, events, repaired: false }
}

/**
 * The audit log and the durable record of every session: each event, sealed ones included, as
 * one JSON line in `<dir>/<session>.jsonl`. Written synchronously, so the file order is the
 * sequence order and an event is on disk before anyone (the dashboard, an SSE client) sees it.
 * Ended sessions are read back from here, not kept in memory.
 */
export function createEventLog(dir: string) {
  // Owner-only: the log holds game_sealed, the mole in plain text.
  ensurePrivateDir(dir)
  const file = (sessionId: string) => join(dir, `${sessionId}.jsonl`)
  return {
    dir,
    append(event: SessionEvent): void {
      appendFileSync(file(event.session_id), `${JSON.stringify(event)}\n`)
    },
    exists(sessionId: string): boolean {
      return existsSync(file(sessionId))
    },
    /** Session ids that have a log. */
    ids(): string[] {
      return readdirSync(dir).filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -'.jsonl'.length))
    },
    /**
     * Every event of a session, checked. A torn last line (the process died inside a write) was
     * never durable: it is cut off and the rest is used; any other damage is reported.
     */
    read(sessionId: string): LogRead {
      let text: string
      try {
        text = readFileSync(file(sessionId), 'utf8')
      } catch (error) {
        return { ok: false, problem: `the event log cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
      }
      const lines = text.split('\n')
      const torn = lines.pop() ?? ''
      const read = parseLines(sessionId, lines)
      if (!read.ok || torn === '') return read
      truncateSync(file(sessionId), Buffer.byteLength(text) - Buffer.byteLength(torn))
      return { ...read, repaired: true }
    },
    /** The last complete event of a session's log, from its tail only (cheap for long logs). */
    last(sessionId: string): SessionEvent | null {
      let fd: number
      try {
        fd = openSync(file(sessionId), 'r')
      } catch (error) {
        // No log: the session never started here. Any other failure is a broken disk to say, not "no events".
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      try {
        const size = statSync(file(sessionId)).size
        const length = Math.min(size, TAIL_BYTES)
        const buffer = Buffer.alloc(length)
        readSync(fd, buffer, 0, length, size - length)
        const lines = buffer.toString('utf8').split('\n').filter(Boolean)
        for (const line of lines.reverse()) {
          const parsed = SessionEvent.safeParse(jsonOrUndefined(line)) // a torn or cut line at the window's start: the line before it is tried
          if (parsed.success) return parsed.data
        }
        return null
      } finally {
        closeSync(fd)
      }
    },
  }
}
export type EventLog = ReturnType<typeof createEventLog>
