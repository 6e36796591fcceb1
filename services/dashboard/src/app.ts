import fastifyStatic from '@fastify/static'
import fastifyWebsocket from '@fastify/websocket'
import { createOperatorCheck, createServiceApp, type AgentConfig, type DetectionResult, type TokenVerifier } from '@heist/shared'
import { analyticsPlugin } from './analytics.js'
import { browserHubPlugin } from './browser-hub.js'
import type { Db } from './db.js'
import type { DashboardEnv } from './env.js'
import { eventStorePlugin } from './event-store.js'
import { moleGamePlugin } from './mole-game.js'
import { orchestratorLinkPlugin } from './orchestrator-link.js'
import { registerControlRoutes } from './routes/control.js'
import { registerExportRoutes } from './routes/export.js'
import { registerGameRoutes } from './routes/mole-game.js'
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

/**
 * The dashboard: a container of plugins with declared dependencies (the event store, the mole
 * game and analytics over it, the browser hub, the orchestrator link feeding both), then routes
 * that read them from the app. No route imports from here.
 */
export async function buildApp({ config, deps }: { config: DashboardConfig; deps: DashboardDeps }) {
  const app = await createServiceApp({
    name: 'dashboard',
    logLevel: config.LOG_LEVEL, hosts: config,
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
  await app.register(eventStorePlugin, { db: deps.db })
  await app.register(moleGamePlugin, { db: deps.db })
  await app.register(analyticsPlugin, { db: deps.db })
  // Closed in this order before the app: browsers first, then the orchestrator sockets.
  await app.register(browserHubPlugin)
  await app.register(orchestratorLinkPlugin, { commandTimeoutMs: config.HEIST_COMMAND_TIMEOUT_MS, db: deps.db })

  const isOperator = createOperatorCheck(config.HEIST_OPERATOR_TOKEN)
  registerSocketRoutes(app)
  registerSessionRoutes(app, { isOperator, agents: deps.agents })
  registerControlRoutes(app, { isOperator, detect: deps.detect })
  registerGameRoutes(app, { isOperator })
  registerExportRoutes(app)
  registerSetupRoutes(app, { isOperator, profiles: deps.profiles ?? [] })

  if (deps.uiDir) await app.register(fastifyStatic, { root: deps.uiDir, prefix: '/', index: ['index.html'], maxAge: 0 })
  return app
}
export type DashboardApp = Awaited<ReturnType<typeof buildApp>>
