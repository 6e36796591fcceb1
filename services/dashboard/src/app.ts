import fastifyStatic from '@fastify/static'
import fastifyWebsocket from '@fastify/websocket'
import {
  createOperatorCheck, createServiceApp, type AgentConfig, type DetectionResult, type OperatorCheck, type PublicSessionEvent, type SessionEvent, type TokenVerifier,
} from '@heist/shared'
import { createAnalytics } from './analytics.js'
import { createBrowserHub } from './browser-hub.js'
import type { Db } from './db.js'
import type { DashboardEnv } from './env.js'
import { createEventStore, type IngestResult } from './event-store.js'
import { createGame } from './game.js'
import { createOrchestratorLink } from './orchestrator-link.js'
import { registerControlRoutes } from './routes/control.js'
import { registerExportRoutes } from './routes/export.js'
import { registerGameRoutes } from './routes/game.js'
import { registerSessionRoutes } from './routes/sessions.js'
import { registerSetupRoutes } from './routes/setup.js'
import { registerSocketRoutes } from './routes/sockets.js'

export type DashboardConfig = Pick<DashboardEnv, 'LOG_LEVEL' | 'HEIST_OPERATOR_TOKEN' | 'HEIST_COMMAND_TIMEOUT_MS'>

export interface DashboardDeps {
  db: Db
  /** Verifies fleet JWTs (orchestrator socket, detection service). */
  verify: TokenVerifier
  /** The team from `config/agents.yaml`, for the start form. */
  agents: readonly AgentConfig[]
  /** Names of the config profiles (`config/profiles/<name>/`), for the start form. */
  profiles?: readonly string[]
  /** Runs detection on the detection service; absent means the proxy answers 503. */
  detect?: (sessionId: string) => Promise<DetectionResult>
  /** Built page to serve at `/`; null serves no page. */
  uiDir: string | null
}


export async function buildApp({ config, deps }: { config: DashboardConfig; deps: DashboardDeps }) {
  const app = await createServiceApp({
    name: 'dashboard',
    logLevel: config.LOG_LEVEL,
    bodyLimit: 2 * 1024 * 1024,
    verify: deps.verify,
    page: true,
    description: 'Sessions, analytics, the mole game and operator controls.',
    securitySchemes: {
      operator: { type: 'http', scheme: 'bearer', description: 'HEIST_OPERATOR_TOKEN' },
      fleet: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A fleet access token from the oauth service' },
    },
  })
  await app.register(fastifyWebsocket, { options: { maxPayload: 1024 * 1024 } })

  const store = createEventStore(deps.db)
  const game = createGame(deps.db, store)
  const analytics = createAnalytics(deps.db)
  const isOperator = createOperatorCheck(config.HEIST_OPERATOR_TOKEN)
  const hub = createBrowserHub(store, app.log, () => link.connected())

  const publishSession = (sessionId: string) => {
    const session = store.get(sessionId)
    if (session) hub.broadcast({ type: 'session', session })
  }

  const link = createOrchestratorLink({
    onEvents(events: SessionEvent[]) {
      const results = store.ingestMany(events)
      const stored = new Map<string, number>()
      const changed = new Set<string>()
      events.forEach((event, i) => {
        const result = results[i] as IngestResult
        stored.set(event.session_id, result.contiguous)
        if (result.refused) app.log.error({ session_id: event.session_id, seq: event.seq, reason: result.refused }, 'refused an event of another game under a stored session id')
        if (result.gap) app.log.warn({ session_id: event.session_id, gap: result.gap }, 'event sequence has a gap')
        if (!result.stored || event.type === 'game_sealed') return
        hub.publishEvent(event as PublicSessionEvent)
        if (result.statusChanged || event.type === 'round_started' || event.type === 'session_started') changed.add(event.session_id)
      })
      for (const sessionId of changed) publishSession(sessionId)
      return stored
    },
    onHello(sessions) {
      const now = new Date().toISOString()
      const stored = sessions.map((s) => {
        const seq = store.applyHello(s.session_id, s.last_seq, now)
        if (s.last_seq > seq) app.log.info({ session_id: s.session_id, stored: seq, orchestrator: s.last_seq }, 'waiting for the orchestrator to replay events')
        publishSession(s.session_id)
        return { session_id: s.session_id, seq }
      })
      const named = new Set(sessions.map((s) => s.session_id))
      const unnamed = store.active().filter((s) => !named.has(s.session_id)).map((s) => ({ session_id: s.session_id, seq: s.contiguous_seq }))
      if (unnamed.length > 0) app.log.info({ sessions: unnamed.map((s) => s.session_id) }, 'asking the orchestrator for sessions shown as running that it did not name')
      return { stored, unnamed }
    },
    onUnknown(sessionId) {
      if (!store.markLost(sessionId)) return
      app.log.warn({ session_id: sessionId }, 'no orchestrator has a record of this session; shown as failed')
      publishSession(sessionId)
    },
    onConnectionChange(connected) {
      app.log.info({ connected }, 'orchestrator connection changed')
      hub.broadcast({ type: 'orchestrator', connected })
    },
  }, app.log, config.HEIST_COMMAND_TIMEOUT_MS)

  const ctx = { store, game, analytics, hub, link, isOperator, agents: deps.agents, profiles: deps.profiles ?? [], detect: deps.detect }
  registerSocketRoutes(app, ctx)
  registerSessionRoutes(app, ctx)
  registerControlRoutes(app, ctx)
  registerGameRoutes(app, ctx)
  registerExportRoutes(app, ctx)
  registerSetupRoutes(app, ctx)

  if (deps.uiDir) await app.register(fastifyStatic, { root: deps.uiDir, prefix: '/', index: ['index.html'], maxAge: 0 })

  app.addHook('preClose', async () => {
    hub.closeAll()
    link.close()
  })
  return app
}
export type DashboardApp = Awaited<ReturnType<typeof buildApp>>
export type RouteContext = {
  store: ReturnType<typeof createEventStore>
  game: ReturnType<typeof createGame>
  analytics: ReturnType<typeof createAnalytics>
  hub: ReturnType<typeof createBrowserHub>
  link: ReturnType<typeof createOrchestratorLink>
  isOperator: OperatorCheck
  agents: readonly AgentConfig[]
  profiles: readonly string[]
  detect: DashboardDeps['detect']
}
