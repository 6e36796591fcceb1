import { CommandOutcome, jsonOrUndefined } from '@heist/shared'
import type { Db } from './db.js'

/** What became of a command answered `pending` (`CommandOutcome` without the session's current status). */
const LateCommand = CommandOutcome.omit({ status: true })
export type LateCommand = Omit<CommandOutcome, 'status'>

/** How many commands answered `pending` are kept for `GET /api/commands/:id` (the oldest go first). */
export const LATE_COMMANDS_KEPT = 1_000

/** Why a command still awaited when the dashboard stopped without closing its link (a crash) got no answer. */
export const RESTARTED_REASON = 'the dashboard restarted before the orchestrator answered'

interface Row { command_id: string; action: LateCommand['action']; session_id: string | null; state: LateCommand['state']; ack: string | null; reason: string | null }

/**
 * The commands answered `pending`, in the dashboard's database so that their outcome outlives a
 * restart (the page follows one for up to 11 minutes). At most `kept`, the most recently changed.
 * A command still `pending` in the file was awaited by a process that is gone: the link that
 * would carry its answer went with it, so it is `unanswered` from the start.
 */
export function createCommandOutcomes(db: Db, kept = LATE_COMMANDS_KEPT) {
  const q = {
    get: db.prepare<[string], Row>('SELECT * FROM command_outcomes WHERE command_id = ?'),
    // A replace is a new row: the newest rowid is the latest change.
    put: db.prepare('INSERT OR REPLACE INTO command_outcomes (command_id, action, session_id, state, ack, reason) VALUES (?, ?, ?, ?, ?, ?)'),
    trim: db.prepare('DELETE FROM command_outcomes WHERE rowid < (SELECT rowid FROM command_outcomes ORDER BY rowid DESC LIMIT 1 OFFSET ?)'),
    orphaned: db.prepare(`UPDATE command_outcomes SET state = 'unanswered', reason = ? WHERE state = 'pending'`),
  }
  q.orphaned.run(RESTARTED_REASON)
  return {
    get(id: string): LateCommand | undefined {
      const row = q.get.get(id)
      if (!row) return undefined
      // The file outlives an upgrade: a row another version wrote in a shape this one does not read is
      // as good as gone (a 404), not the caller's bad request (a ZodError is answered 400).
      const parsed = LateCommand.safeParse({
        command_id: row.command_id, action: row.action, ...(row.session_id ? { session_id: row.session_id } : {}), state: row.state,
        ...(row.ack ? { ack: jsonOrUndefined(row.ack) ?? null } : {}), ...(row.reason ? { reason: row.reason } : {}),
      })
      return parsed.success ? parsed.data : undefined
    },
    set(outcome: LateCommand): void {
      db.transaction(() => {
        q.put.run(outcome.command_id, outcome.action, outcome.session_id ?? null, outcome.state, outcome.ack ? JSON.stringify(outcome.ack) : null, outcome.reason ?? null)
        q.trim.run(kept - 1)
      })()
    },
  }
}
export type CommandOutcomes = ReturnType<typeof createCommandOutcomes>
