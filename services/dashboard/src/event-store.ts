import type { PublicSessionEvent, SeqGap, SessionEvent, SessionSummary, Transcript } from '@heist/shared'
import { PublicSessionEvent as PublicSessionEventSchema, SessionAgent, Transcript as TranscriptSchema } from '@heist/shared'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { z } from 'zod'
import type { Db } from './db.js'

export type SessionStatus = SessionSummary['status']

/** What storing one event did. */
export interface IngestResult {
  /** False when (session_id, seq) was already stored: a replay. */
  stored: boolean
  /** Highest seq stored with no hole below it. */
  contiguous: number
  /** Set when this event arrived past a hole: the missing range. */
  gap: SeqGap | null
  /** The session's status changed with this event. */
  statusChanged: boolean
  /** Set when the event was refused because it belongs to another game under a stored id. */
  refused?: string
}

interface SessionRow {
  session_id: string; status: SessionStatus; rounds: number; current_round: number; agents: string; model: string | null
  started_at: string | null; updated_at: string; last_seq: number; contiguous_seq: number; status_seq: number
}

const STATUS_BY_EVENT: Partial<Record<SessionEvent['type'], SessionStatus>> = {
  session_started: 'running', session_resumed: 'running', session_paused: 'paused',
  session_stopped: 'stopped', session_completed: 'completed',
}

const Agents = z.array(SessionAgent)
const ENDED: ReadonlySet<SessionStatus> = new Set(['stopped', 'completed'])

/** Sequence state of one session; `endedAt` is the seq of its terminal event, once stored. */
interface Cursor { last: number; contiguous: number; round: number; endedAt: number | null }

/**
 * The dashboard's event log: idempotent by (session_id, seq), with messages, tool calls,
 * orders and session state derived in the same transaction.
 */
export function createEventStore(db: Db) {
  const q = {
    insertEvent: db.prepare('INSERT OR IGNORE INTO events (session_id, seq, type, ts, body) VALUES (?, ?, ?, ?, ?)'),
    hasSeq: db.prepare('SELECT 1 FROM events WHERE session_id = ? AND seq = ?').pluck(),
    ensureSession: db.prepare('INSERT OR IGNORE INTO sessions (session_id, updated_at) VALUES (?, ?)'),
    session: db.prepare('SELECT * FROM sessions WHERE session_id = ?'),
    touch: db.prepare('UPDATE sessions SET updated_at = ?, last_seq = max(last_seq, ?), contiguous_seq = ? WHERE session_id = ?'),
    setStatus: db.prepare('UPDATE sessions SET status = ?, status_seq = ? WHERE session_id = ? AND status_seq <= ?'),
    started: db.prepare('UPDATE sessions SET rounds = ?, agents = ?, model = ?, started_at = ? WHERE session_id = ?'),
    round: db.prepare('UPDATE sessions SET current_round = max(current_round, ?) WHERE session_id = ?'),
    message: db.prepare(`INSERT OR IGNORE INTO messages (session_id, message_id, seq, round, turn, agent, content, reply_to, prompt_tokens, completion_tokens, latency_ms, ts)
      VALUES (@session_id, @message_id, @seq, @round, @turn, @agent, @content, @reply_to, @prompt_tokens, @completion_tokens, @latency_ms, @ts)`),
    toolCall: db.prepare(`INSERT INTO tool_calls (session_id, call_id, seq, round, turn, agent, tool, args, ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (session_id, call_id) DO UPDATE SET args = excluded.args, tool = excluded.tool, seq = min(seq, excluded.seq)`),
    toolResult: db.prepare(`INSERT INTO tool_calls (session_id, call_id, seq, round, turn, agent, tool, ok, result, error, duration_ms, ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (session_id, call_id) DO UPDATE SET ok = excluded.ok, result = excluded.result, error = excluded.error, duration_ms = excluded.duration_ms`),
    order: db.prepare('INSERT INTO orders (session_id, order_id, seq, agent, text) VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, order_id) DO UPDATE SET text = excluded.text, seq = excluded.seq'),
    delivered: db.prepare('INSERT INTO orders (session_id, order_id, seq, agent, text, delivered_turn) VALUES (?, ?, ?, ?, \'\', ?) ON CONFLICT (session_id, order_id) DO UPDATE SET delivered_turn = excluded.delivered_turn'),
    secret: db.prepare('INSERT OR IGNORE INTO game_secrets (session_id, mole, strategy, seed, sealed_at) VALUES (?, ?, ?, ?, ?)'),
    history: db.prepare(`SELECT body FROM events WHERE session_id = ? AND seq > ? AND type != 'game_sealed'
      AND (type != 'token_delta' OR seq > ?) ORDER BY seq LIMIT ?`).pluck(),
    lastMessageSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM messages WHERE session_id = ?').pluck(),
    gaps: db.prepare(`SELECT seq + 1 AS "from", next - 1 AS "to" FROM (
      SELECT seq, lead(seq) OVER (ORDER BY seq) AS next FROM events WHERE session_id = ?) WHERE next > seq + 1`),
    firstSeq: db.prepare('SELECT min(seq) FROM events WHERE session_id = ?').pluck(),
    list: db.prepare(`SELECT s.*, (SELECT count(*) FROM messages m WHERE m.session_id = s.session_id) AS message_count,
      (SELECT count(*) FROM tool_calls t WHERE t.session_id = s.session_id) AS tool_call_count
      FROM sessions s ORDER BY coalesce(s.started_at, s.updated_at) DESC, s.session_id LIMIT ? OFFSET ?`),
    count: db.prepare('SELECT count(*) FROM sessions').pluck(),
    one: db.prepare(`SELECT s.*, (SELECT count(*) FROM messages m WHERE m.session_id = s.session_id) AS message_count,
      (SELECT count(*) FROM tool_calls t WHERE t.session_id = s.session_id) AS tool_call_count
      FROM sessions s WHERE s.session_id = ?`),
    messages: db.prepare('SELECT message_id, seq, round, turn, agent, content, reply_to, ts FROM messages WHERE session_id = ? ORDER BY seq'),
    toolCalls: db.prepare('SELECT * FROM tool_calls WHERE session_id = ? ORDER BY seq'),
    orders: db.prepare('SELECT order_id, agent, text, delivered_turn FROM orders WHERE session_id = ? ORDER BY seq'),
    hello: db.prepare(`INSERT INTO sessions (session_id, updated_at, last_seq) VALUES (?, ?, ?)
      ON CONFLICT (session_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`),
    active: db.prepare(`SELECT session_id, contiguous_seq FROM sessions WHERE status IN ('running', 'paused')`),
    lost: db.prepare(`UPDATE sessions SET status = 'failed', status_seq = max(status_seq, last_seq) WHERE session_id = ? AND status IN ('running', 'paused')`),
    maxSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM events WHERE session_id = ?').pluck(),
    lastSeq: db.prepare('SELECT last_seq FROM sessions WHERE session_id = ?').pluck(),
    storedBody: db.prepare('SELECT body FROM events WHERE session_id = ? AND seq = ?').pluck(),
    startedBody: db.prepare(`SELECT body FROM events WHERE session_id = ? AND type = 'session_started' ORDER BY seq LIMIT 1`).pluck(),
    storedSecret: db.prepare('SELECT mole, strategy, seed, sealed_at AS ts FROM game_secrets WHERE session_id = ?'),
  }

  /** A replayed event is the same event; anything else under a stored (session, seq) is another game. */
  function sameAsStored(event: SessionEvent): boolean {
    if (event.type !== 'game_sealed') return q.storedBody.get(event.session_id, event.seq) === JSON.stringify(event)
    const secret = q.storedSecret.get(event.session_id) as { mole: string | null; strategy: string | null; seed: number; ts: string } | undefined
    return secret !== undefined && secret.mole === event.mole && secret.strategy === event.strategy && secret.seed === event.seed && secret.ts === event.ts
  }

  function historyBodies(sessionId: string, afterSeq: number, limit = -1): string[] {
    const lastMessage = q.lastMessageSeq.get(sessionId) as number
    return q.history.all(sessionId, afterSeq, lastMessage, limit) as string[]
  }

  function advanceContiguous(sessionId: string, from: number): number {
    let seq = from
    while (q.hasSeq.get(sessionId, seq + 1)) seq++
    return seq
  }

  function derive(event: SessionEvent, c: Cursor): boolean {
    const id = event.session_id
    // A session that stopped on an error (or could not be resumed after a restart) has failed.
    const status = event.type === 'session_stopped' && event.reason === 'error' ? 'failed' : STATUS_BY_EVENT[event.type]
    const changed = status !== undefined && q.setStatus.run(status, event.seq, id, event.seq).changes > 0
    if (changed && ENDED.has(status)) c.endedAt = event.seq
    switch (event.type) {
      case 'session_started':
        q.started.run(event.rounds, JSON.stringify(event.agents), event.model, event.ts, id)
        break
      case 'round_started':
      case 'message':
        if (event.type === 'message') q.message.run(event)
        if (event.round > c.round) {
          c.round = event.round
          q.round.run(event.round, id)
        }
        break
      case 'tool_call':
        q.toolCall.run(id, event.call_id, event.seq, event.round, event.turn, event.agent, event.tool, JSON.stringify(event.args ?? null), event.ts)
        break
      case 'tool_result':
        q.toolResult.run(id, event.call_id, event.seq, event.round, event.turn, event.agent, event.tool, event.ok ? 1 : 0,
          event.result ?? null, event.error ? JSON.stringify(event.error) : null, event.duration_ms, event.ts)
        break
      case 'order_received':
        q.order.run(id, event.order_id, event.seq, event.agent, event.text)
        break
      case 'order_delivered':
        q.delivered.run(id, event.order_id, event.seq, event.agent, event.turn)
        break
      case 'game_sealed':
        q.secret.run(id, event.mole, event.strategy, event.seed, event.ts)
        break
      default:
        break
    }
    return changed
  }

  /** Sequence state per session, cached: this process is the only writer of its database. */
  const cursors = new Map<string, Cursor>()
  function cursor(id: string, ts: string): Cursor {
    let c = cursors.get(id)
    if (!c) {
      q.ensureSession.run(id, ts)
      const row = q.session.get(id) as SessionRow
      c = { last: row.last_seq, contiguous: row.contiguous_seq, round: row.current_round, endedAt: ENDED.has(row.status) ? row.status_seq : null }
      cursors.set(id, c)
    }
    return c
  }

  function ingestOne(event: SessionEvent): IngestResult {
    const id = event.session_id
    const c = cursor(id, event.ts)
    // The sealed event keeps its place in the sequence but its body is never stored with the public log.
    const refused = (reason: string): IngestResult => ({ stored: false, contiguous: c.contiguous, gap: null, statusChanged: false, refused: reason })
    // An ended game never grows: what comes after its last event is another game under the same id.
    if (c.endedAt !== null && event.seq > c.endedAt) return refused(`session ${id} ended at seq ${c.endedAt}`)
    const body = event.type === 'game_sealed' ? null : JSON.stringify(event)
    if (q.insertEvent.run(id, event.seq, event.type, event.ts, body).changes === 0) {
      if (!sameAsStored(event)) return refused(`seq ${event.seq} of session ${id} is stored with other content`)
      return { stored: false, contiguous: c.contiguous, gap: null, statusChanged: false }
    }
    const statusChanged = derive(event, c)
    const gap = event.seq > c.last + 1 ? { from: c.last + 1, to: event.seq - 1 } : null
    if (event.seq === c.contiguous + 1) c.contiguous = event.seq < c.last ? advanceContiguous(id, event.seq) : event.seq
    c.last = Math.max(c.last, event.seq)
    q.touch.run(event.ts, c.last, c.contiguous, id)
    return { stored: true, contiguous: c.contiguous, gap, statusChanged }
  }

  const ingestTx = db.transaction((events: SessionEvent[]): IngestResult[] => events.map(ingestOne))
  const ingestBatch = (events: SessionEvent[]): IngestResult[] => {
    try {
      return ingestTx(events)
    } catch (error) {
      // The transaction rolled back: the cached cursors may be ahead of the database.
      cursors.clear()
      throw error
    }
  }

  function toSummary(row: SessionRow & { message_count: number; tool_call_count: number }): SessionSummary {
    const agents = Agents.safeParse(JSON.parse(row.agents))
    return {
      session_id: row.session_id, status: row.status, rounds: row.rounds, current_round: row.current_round,
      agents: agents.success ? agents.data : [], model: row.model, started_at: row.started_at, updated_at: row.updated_at,
      last_seq: row.last_seq, contiguous_seq: row.contiguous_seq, message_count: row.message_count, tool_call_count: row.tool_call_count,
    }
  }

  return {
    ingest: (event: SessionEvent): IngestResult => ingestBatch([event])[0] as IngestResult,
    /** Store a burst of events in one transaction (one commit instead of one per event). */
    ingestMany: ingestBatch,

    /** Public events after `afterSeq` (at most `limit`), without streamed tokens of turns already finished. */
    history(sessionId: string, afterSeq: number, limit = -1): PublicSessionEvent[] {
      return historyBodies(sessionId, afterSeq, limit).map((body) => PublicSessionEventSchema.parse(JSON.parse(body)))
    },

    /** The same events as stored JSON text, for senders that only pass them on. */
    historyBodies,

    /** Holes in the stored sequence, including a tail the orchestrator announced but has not sent yet. */
    gaps(sessionId: string): SeqGap[] {
      const first = q.firstSeq.get(sessionId) as number | null
      const gaps = q.gaps.all(sessionId) as SeqGap[]
      if (first !== null && first > 1) gaps.unshift({ from: 1, to: first - 1 })
      const stored = q.maxSeq.get(sessionId) as number
      const announced = (q.lastSeq.get(sessionId) as number | undefined) ?? 0
      if (announced > stored) gaps.push({ from: stored + 1, to: announced })
      return gaps
    },

    list(limit = 200, offset = 0): SessionSummary[] {
      return (q.list.all(limit, offset) as (SessionRow & { message_count: number; tool_call_count: number })[]).map(toSummary)
    },

    count: (): number => q.count.get() as number,

    get(sessionId: string): SessionSummary | null {
      const row = q.one.get(sessionId) as (SessionRow & { message_count: number; tool_call_count: number }) | undefined
      return row ? toSummary(row) : null
    },

    /**
     * The orchestrator's last seq of a session after a reconnect. Status stays derived from the
     * stored events (the source of truth): until the replay arrives, the missing tail shows as a
     * gap, never as a finished session with part of its conversation.
     */
    applyHello(sessionId: string, lastSeq: number, ts: string): number {
      q.hello.run(sessionId, ts, Math.max(0, lastSeq))
      const c = cursor(sessionId, ts)
      c.last = Math.max(c.last, lastSeq)
      return c.contiguous
    },

    /** Sessions shown as running or paused, with the highest seq stored without a hole. */
    active(): { session_id: string; contiguous_seq: number }[] {
      return q.active.all() as { session_id: string; contiguous_seq: number }[]
    },

    /**
     * A session no orchestrator has a record of ends as failed; false if it was not running or
     * paused. Not an event: seqs are the orchestrator's. Events of a later seq still win.
     */
    markLost(sessionId: string): boolean {
      return q.lost.run(sessionId).changes > 0
    },

    transcript(sessionId: string): Transcript | null {
      const summary = this.get(sessionId)
      if (!summary) return null
      const tools = (q.toolCalls.all(sessionId) as Record<string, unknown>[]).map((t) => ({
        call_id: String(t.call_id), seq: Number(t.seq), round: Number(t.round), turn: Number(t.turn), agent: String(t.agent), tool: String(t.tool),
        args: t.args === null ? null : JSON.parse(String(t.args)), ok: t.ok === null ? null : t.ok === 1,
        result: (t.result as string | null) ?? null, error: t.error === null ? null : JSON.parse(String(t.error)), duration_ms: (t.duration_ms as number | null) ?? null,
      }))
      const startedBody = q.startedBody.get(sessionId) as string | undefined
      const profile = startedBody === undefined ? undefined : (JSON.parse(startedBody) as { profile?: string }).profile
      // Rows become a contract type here: parsed, so a drifted column fails loudly, not in a client.
      return TranscriptSchema.parse({
        session_id: sessionId, status: summary.status, rounds: summary.rounds, agents: summary.agents,
        messages: q.messages.all(sessionId),
        tool_calls: tools,
        orders: q.orders.all(sessionId),
        ...(profile === undefined ? {} : { profile }),
      })
    },
  }
}
export type EventStore = ReturnType<typeof createEventStore>

declare module 'fastify' {
  interface FastifyInstance {
    /** The dashboard's sessions and their events (decorated by {@link eventStorePlugin}). */
    eventStore: EventStore
  }
}

/** The event store over the dashboard's database, as `app.eventStore`. */
export const eventStorePlugin = fp(async (app: FastifyInstance, options: { db: Db }) => {
  if (!options.db) throw new Error('eventStorePlugin needs the dashboard database')
  app.decorate('eventStore', createEventStore(options.db))
}, { name: 'dashboard-event-store', fastify: '5.x' })
