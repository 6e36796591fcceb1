import type { CommandAck, CommandOutcome, CommandPending } from '@heist/shared/contracts/control'
import { api, ApiError, operatorToken } from './api.js'
import type { Log } from './log.js'
import { toast } from './toast.js'

/** The first wait before asking what became of a command answered 202; it doubles up to {@link LONGEST_WAIT_MS}. */
const FIRST_WAIT_MS = 1_000
const LONGEST_WAIT_MS = 10_000
/** The dashboard waits 10 min for the orchestrator's late answer, then says `unanswered`; the page stops a minute after. */
const GIVE_UP_MS = 11 * 60_000

/**
 * Follow a command the dashboard answered `202` (sent, not confirmed) through `GET /api/commands/:id`
 * until the orchestrator's late answer, or its absence, is known, and say it in the activity log. A
 * late refusal (a resume of a session that ended meanwhile, a start over the session limit) was
 * written only in the dashboard's log: the page went on saying "sent, not confirmed yet", and a
 * start that named no session never showed which one it made. `onDone` gets a late success.
 */
export function followPending(log: Log, label: string, pending: CommandPending, onDone: (ack: CommandAck) => void = () => {}): void {
  const until = Date.now() + GIVE_UP_MS
  const path = `/api/commands/${encodeURIComponent(pending.command_id)}`
  const ask = async (wait: number): Promise<void> => {
    const token = operatorToken()
    // The token was forgotten meanwhile: the page is read-only now and asks nothing as the operator.
    if (!token) return
    let outcome: CommandOutcome | null = null
    try {
      outcome = await api<CommandOutcome>('GET', path, undefined, { token })
    } catch (error) {
      // The dashboard restarted (it keeps these in memory) or no longer takes the token: nothing more to learn.
      if (error instanceof ApiError && (error.status === 404 || error.status === 401)) {
        return log.add(`${label}: no word of it from the dashboard any more (${error.code}); the session's status tells`, 'info')
      }
    }
    if (outcome && outcome.state !== 'pending') return settled(outcome)
    if (Date.now() + wait > until) return log.add(`${label}: still not confirmed after ${GIVE_UP_MS / 60_000} min; the session's status tells`, 'info')
    setTimeout(() => void ask(Math.min(wait * 2, LONGEST_WAIT_MS)), wait)
  }
  const settled = (outcome: CommandOutcome): void => {
    const { ack } = outcome
    if (outcome.state === 'answered' && ack?.ok) {
      log.add(`${label}: ok (confirmed late)`, 'ok')
      return onDone(ack)
    }
    const text = outcome.state === 'answered'
      ? `${label} refused by the orchestrator: ${ack?.error ? `${ack.error.code} — ${ack.error.message}` : 'no reason given'}`
      : `${label}: the orchestrator never answered (${outcome.reason ?? 'no reason given'})`
    log.add(text, 'error')
    toast(text)
  }
  setTimeout(() => void ask(FIRST_WAIT_MS * 2), FIRST_WAIT_MS)
}
