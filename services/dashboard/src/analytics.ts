import type { SearchReply, SessionAnalytics } from '@heist/shared'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Db } from './db.js'

const ratio = (ok: number, total: number): number | null => (total > 0 ? ok / total : null)

/** Escape `%`, `_` and the escape character itself for a LIKE pattern with `ESCAPE '\'`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Read-only queries over the derived tables. */
export function createAnalytics(db: Db) {
  const q = {
    agents: db.prepare(`SELECT agent, count(*) AS messages, sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens,
      avg(latency_ms) AS avg_latency_ms FROM messages WHERE session_id = ? GROUP BY agent ORDER BY agent`),
    agentTools: db.prepare(`SELECT agent, tool, count(*) AS calls, coalesce(sum(ok = 1), 0) AS ok FROM tool_calls WHERE session_id = ? GROUP BY agent, tool ORDER BY agent, tool`),
    rounds: db.prepare('SELECT round, agent, count(*) AS messages FROM messages WHERE session_id = ? GROUP BY round, agent ORDER BY round, agent'),
    tools: db.prepare(`SELECT tool, count(*) AS calls, coalesce(sum(ok = 1), 0) AS ok, coalesce(sum(ok = 0), 0) AS failed, avg(duration_ms) AS avg_duration_ms
      FROM tool_calls WHERE session_id = ? GROUP BY tool ORDER BY tool`),
    interactions: db.prepare(`SELECT agent AS "from", reply_to AS "to", count(*) AS count FROM messages
      WHERE session_id = ? AND reply_to IS NOT NULL GROUP BY agent, reply_to ORDER BY agent, reply_to`),
    totals: db.prepare(`SELECT (SELECT count(*) FROM sessions) AS sessions,
      (SELECT count(*) FROM sessions WHERE status IN ('running', 'paused')) AS running,
      (SELECT count(*) FROM messages) AS messages, (SELECT count(*) FROM tool_calls) AS tool_calls,
      (SELECT count(*) FROM tool_calls WHERE ok = 1) AS tool_ok, (SELECT count(*) FROM tool_calls WHERE ok IS NOT NULL) AS tool_done`),
    search: db.prepare(`SELECT session_id, seq, message_id, agent, round, content, ts FROM messages
      WHERE content LIKE ? ESCAPE '\\' AND (? IS NULL OR session_id = ?) ORDER BY ts DESC, seq DESC LIMIT ? OFFSET ?`),
    searchCount: db.prepare(`SELECT count(*) FROM messages WHERE content LIKE ? ESCAPE '\\' AND (? IS NULL OR session_id = ?)`).pluck(),
  }

  return {
    session(sessionId: string): SessionAnalytics {
      const tools = q.agentTools.all(sessionId) as { agent: string; tool: string; calls: number; ok: number }[]
      const agents = (q.agents.all(sessionId) as Omit<SessionAnalytics['agents'][number], 'tool_calls' | 'tool_success_rate'>[]).map((a) => {
        const mine = tools.filter((t) => t.agent === a.agent)
        const calls = mine.reduce((n, t) => n + t.calls, 0)
        return { ...a, tool_calls: calls, tool_success_rate: ratio(mine.reduce((n, t) => n + t.ok, 0), calls) }
      })
      return {
        session_id: sessionId,
        agents,
        rounds: q.rounds.all(sessionId) as SessionAnalytics['rounds'],
        tools: (q.tools.all(sessionId) as { tool: string; calls: number; ok: number; failed: number; avg_duration_ms: number | null }[])
          .map((t) => ({ ...t, success_rate: ratio(t.ok, t.ok + t.failed) })),
        tools_per_agent: tools.map((t) => ({ ...t, success_rate: ratio(t.ok, t.calls) })),
        interactions: q.interactions.all(sessionId) as SessionAnalytics['interactions'],
      }
    },

    totals() {
      const t = q.totals.get() as { sessions: number; running: number; messages: number; tool_calls: number; tool_ok: number; tool_done: number }
      return { sessions: t.sessions, running: t.running, messages: t.messages, tool_calls: t.tool_calls, tool_success_rate: ratio(t.tool_ok, t.tool_done) }
    },

    search(text: string, sessionId: string | null, limit: number, offset = 0): SearchReply {
      const pattern = likePattern(text)
      return {
        query: text, total: q.searchCount.get(pattern, sessionId, sessionId) as number, offset,
        hits: q.search.all(pattern, sessionId, sessionId, limit, offset) as SearchReply['hits'],
      }
    },
  }
}
export type Analytics = ReturnType<typeof createAnalytics>

declare module 'fastify' {
  interface FastifyInstance {
    /** Read-only figures over the dashboard's database (decorated by {@link analyticsPlugin}). */
    analytics: Analytics
  }
}

/** The analytics queries, as `app.analytics`. */
export const analyticsPlugin = fp(async (app: FastifyInstance, options: { db: Db }) => {
  if (!options.db) throw new Error('analyticsPlugin needs the dashboard database')
  app.decorate('analytics', createAnalytics(options.db))
}, { name: 'dashboard-analytics', fastify: '5.x' })
