import {
  HeistError, Overview, PublicSessionEvent, SCOPES, SearchReply, SeqGap, SessionAnalytics, SessionDetail, SessionId, SessionListing,
  Transcript, requireScopeOrOperator, type SessionSummary, type AgentConfig, type HeistApp, type OperatorCheck,
} from '@heist/shared'
import { orchestratorUnreachable } from '@heist/shared/orchestrator-reach'
import { z } from 'zod'
import { SessionParams } from './schemas.js'

const tags = ['sessions']

/** Read-only views: open to anyone who can reach the dashboard, except the service transcript. */
export function registerSessionRoutes(app: HeistApp, options: { isOperator: OperatorCheck; agents: readonly AgentConfig[] }): void {
  const { eventStore: store, analytics, game } = app
  /** A stored session with what its stored status cannot say: whether its orchestrator is reachable now. */
  const listed = (session: SessionSummary): SessionListing => ({ ...session, orchestrator_unreachable: orchestratorUnreachable(session.status, app.orchestratorLink.connected()) })
  const mustExist = (id: string) => {
    const session = store.get(id)
    if (!session) throw new HeistError('SESSION_NOT_FOUND', `no session "${id}"`, 404)
    return listed(session)
  }

  app.get('/api/sessions', {
    schema: {
      tags, description: 'Newest first, one page: `limit` sessions after skipping `offset`; `total` counts them all.',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200), offset: z.coerce.number().int().min(0).default(0) }),
      response: { 200: z.object({ sessions: z.array(SessionListing), total: z.number().int() }) },
    },
  }, async (request) => ({ sessions: store.list(request.query.limit, request.query.offset).map(listed), total: store.count() }))

  app.get('/api/sessions/compare', {
    schema: {
      tags, description: 'Side-by-side analytics of several sessions: `?ids=a,b`.',
      querystring: z.object({ ids: z.string().transform((s) => s.split(',').filter(Boolean)).pipe(z.array(SessionId).min(2).max(8)) }),
      response: { 200: z.object({ sessions: z.array(z.object({ session: SessionListing, analytics: SessionAnalytics })) }) },
    },
  }, async (request) => ({ sessions: request.query.ids.map((id) => ({ session: mustExist(id), analytics: analytics.session(id) })) }))

  app.get('/api/sessions/:id', { schema: { tags, params: SessionParams, response: { 200: SessionDetail } } }, async (request) => {
    const session = mustExist(request.params.id)
    return { ...session, gaps: store.gaps(session.session_id), game: game.state(session.session_id), detection: game.latestDetection(session.session_id) }
  })

  app.get('/api/sessions/:id/events', {
    schema: {
      tags, description: 'Public events after `after_seq` (streamed tokens of finished turns are left out).',
      params: SessionParams, querystring: z.object({ after_seq: z.coerce.number().int().min(0).default(0) }),
      response: { 200: z.object({ session_id: SessionId, events: z.array(PublicSessionEvent), gaps: z.array(SeqGap) }) },
    },
  }, async (request) => {
    mustExist(request.params.id)
    return { session_id: request.params.id, events: store.history(request.params.id, request.query.after_seq), gaps: store.gaps(request.params.id) }
  })

  app.get('/api/sessions/:id/transcript', {
    schema: { tags, security: [{ fleet: [] }, { operator: [] }], description: 'The public record, for services (scope `sessions:read`) or the operator.', params: SessionParams, response: { 200: Transcript } },
    onRequest: requireScopeOrOperator(SCOPES.sessionsRead, options.isOperator),
  }, async (request) => {
    const transcript = store.transcript(request.params.id)
    if (!transcript) throw new HeistError('SESSION_NOT_FOUND', `no session "${request.params.id}"`, 404)
    return transcript
  })

  app.get('/api/sessions/:id/analytics', { schema: { tags: ['analytics'], params: SessionParams, response: { 200: SessionAnalytics } } }, async (request) => {
    mustExist(request.params.id)
    return analytics.session(request.params.id)
  })

  app.get('/api/analytics/overview', { schema: { tags: ['analytics'], response: { 200: Overview } } }, async () => ({
    ...analytics.totals(), orchestrator_connected: app.orchestratorLink.connected(), browsers: app.browserHub.size(),
  }))

  app.get('/api/search', {
    schema: {
      tags: ['analytics'], description: 'Messages containing `q` (plain text, no wildcards), newest first; `limit` per page from `offset`, `total` counts every match.',
      querystring: z.object({
        q: z.string().min(1).max(200), session_id: SessionId.optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20), offset: z.coerce.number().int().min(0).max(100_000).default(0),
      }),
      response: { 200: SearchReply },
    },
  }, async (request) => analytics.search(request.query.q, request.query.session_id ?? null, request.query.limit, request.query.offset))

  app.get('/api/agents', {
    schema: { tags, response: { 200: z.object({ agents: z.array(z.object({ name: z.string(), role: z.string(), colour: z.string(), emoji: z.string().optional() })) }) } },
  }, async () => ({ agents: options.agents.map(({ name, role, colour, emoji }) => ({ name, role, colour, emoji })) }))
}
