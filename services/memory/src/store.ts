import type { MemoryMessageIn } from '@heist/shared'
import type { Db } from './db.js'

export interface StoredMessage extends MemoryMessageIn {
  idx: number
  tokens: number
}

export interface Summary {
  text: string
  /** Index of the last message the summary covers. */
  covers_through: number
  method: 'model' | 'extractive'
  tokens: number
}

export interface CompressionRecord {
  sessionId: string
  fromIdx: number
  toIdx: number
  summary: Summary
  durationMs: number
  error: string | null
}

export type InsertResult =
  | { kind: 'inserted'; message: StoredMessage; count: number }
  | { kind: 'duplicate'; message: StoredMessage; count: number }

/** SQL access to messages, summaries and compression records. Synchronous, like better-sqlite3. */
export class SqliteMemoryStore {
  private readonly q

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
    this.q = {
      byId: db.prepare<[string, string], StoredMessage>(
        'SELECT idx, message_id, agent, round, content, tokens FROM messages WHERE session_id = ? AND message_id = ?'),
      count: db.prepare<[string], { n: number; tokens: number | null }>(
        'SELECT COUNT(*) AS n, SUM(tokens) AS tokens FROM messages WHERE session_id = ?'),
      insert: db.prepare('INSERT INTO messages (session_id, idx, message_id, agent, round, content, tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      range: db.prepare<[string, number, number], StoredMessage>(
        'SELECT idx, message_id, agent, round, content, tokens FROM messages WHERE session_id = ? AND idx BETWEEN ? AND ? ORDER BY idx'),
      newest: db.prepare<[string, number, number], StoredMessage>(
        'SELECT idx, message_id, agent, round, content, tokens FROM messages WHERE session_id = ? AND idx > ? ORDER BY idx DESC LIMIT ?'),
      summary: db.prepare<[string], Summary>('SELECT text, covers_through, method, tokens FROM summaries WHERE session_id = ?'),
      upsertSummary: db.prepare(`INSERT INTO summaries (session_id, text, covers_through, method, tokens, updated_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (session_id) DO UPDATE SET text = excluded.text, covers_through = excluded.covers_through,
        method = excluded.method, tokens = excluded.tokens, updated_at = excluded.updated_at`),
      addCompression: db.prepare(`INSERT INTO compressions (session_id, from_idx, to_idx, method, summary_tokens, duration_ms, error, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      compressionCounts: db.prepare<[string], { total: number; extractive: number | null }>(
        `SELECT COUNT(*) AS total, SUM(method = 'extractive') AS extractive FROM compressions WHERE session_id = ?`),
      deleteMessages: db.prepare('DELETE FROM messages WHERE session_id = ?'),
      deleteSummary: db.prepare('DELETE FROM summaries WHERE session_id = ?'),
      deleteCompressions: db.prepare('DELETE FROM compressions WHERE session_id = ?'),
    }
  }

  /** Append a message unless one with the same `message_id` is already stored (idempotent retry). */
  insert(sessionId: string, message: MemoryMessageIn, tokens: number): InsertResult {
    return this.db.transaction((): InsertResult => {
      const existing = this.q.byId.get(sessionId, message.message_id)
      const count = this.q.count.get(sessionId)?.n ?? 0
      if (existing) return { kind: 'duplicate', message: existing, count }
      this.q.insert.run(sessionId, count, message.message_id, message.agent, message.round, message.content, tokens, this.now().toISOString())
      return { kind: 'inserted', message: { ...message, idx: count, tokens }, count: count + 1 }
    }).immediate()
  }

  count(sessionId: string): { messages: number; tokens: number } {
    const row = this.q.count.get(sessionId)
    return { messages: row?.n ?? 0, tokens: row?.tokens ?? 0 }
  }

  /** Messages with `from <= idx <= to`, oldest first. */
  range(sessionId: string, from: number, to: number): StoredMessage[] {
    return this.q.range.all(sessionId, from, to)
  }

  /** Up to `limit` messages after index `after`, newest first. */
  newestAfter(sessionId: string, after: number, limit: number): StoredMessage[] {
    return this.q.newest.all(sessionId, after, limit)
  }

  summary(sessionId: string): Summary | null {
    return this.q.summary.get(sessionId) ?? null
  }

  /** Store a new summary and its compression record together. */
  saveCompression(record: CompressionRecord): void {
    const at = this.now().toISOString()
    const { sessionId, summary } = record
    this.db.transaction(() => {
      this.q.addCompression.run(sessionId, record.fromIdx, record.toIdx, summary.method, summary.tokens, Math.round(record.durationMs), record.error, at)
      this.q.upsertSummary.run(sessionId, summary.text, summary.covers_through, summary.method, summary.tokens, at)
    })()
  }

  compressionCounts(sessionId: string): { total: number; extractive: number } {
    const row = this.q.compressionCounts.get(sessionId)
    return { total: row?.total ?? 0, extractive: row?.extractive ?? 0 }
  }

  /** Forget a session; returns how many messages it had. */
  delete(sessionId: string): number {
    return this.db.transaction(() => {
      const removed = this.q.deleteMessages.run(sessionId).changes
      this.q.deleteSummary.run(sessionId)
      this.q.deleteCompressions.run(sessionId)
      return removed
    })()
  }
}
