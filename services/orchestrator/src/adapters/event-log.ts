import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SessionEvent } from '@heist/shared'

/**
 * The audit log: every event of a session, sealed ones included, as one JSON line in
 * `<dir>/<session>.jsonl`. Written synchronously so the file order is the sequence order
 * and nothing is lost when the process stops.
 */
export function createEventLog(dir: string) {
  mkdirSync(dir, { recursive: true })
  const file = (sessionId: string) => join(dir, `${sessionId}.jsonl`)
  return {
    dir,
    append(event: SessionEvent): void {
      appendFileSync(file(event.session_id), `${JSON.stringify(event)}\n`)
    },
    /** Every event logged for a session (empty when there is none). */
    read(sessionId: string): SessionEvent[] {
      let text: string
      try {
        text = readFileSync(file(sessionId), 'utf8')
      } catch {
        return []
      }
      return text.split('\n').filter(Boolean).map((line) => SessionEvent.parse(JSON.parse(line)))
    },
  }
}
export type EventLog = ReturnType<typeof createEventLog>
