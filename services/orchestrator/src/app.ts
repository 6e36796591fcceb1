import { createOperatorCheck, createServiceApp, publicSeedKeyWarning, requireOperator } from '@heist/shared'
import type { DashboardLink } from './adapters/dashboard-link.js'
import { eventRoutes } from './routes/events.js'
import { sessionRoutes } from './routes/sessions.js'
import type { SessionManager } from './sessions.js'

export interface AppConfig {
  HEIST_OPERATOR_TOKEN: string
  /** Checked against the public test key (a warning in the log at start; never in the public `/health`). */
  HEIST_MODEL_SEED_KEY?: string
  LOG_LEVEL?: string
}

export interface AppDeps {
  sessions: SessionManager
  link?: DashboardLink | null
}

/** The orchestrator's HTTP API (operator-protected); the engine runs behind `deps.sessions`. */
export async function buildApp({ config, deps }: { config: AppConfig; deps: AppDeps }) {
  const seedWarning = publicSeedKeyWarning(config.HEIST_MODEL_SEED_KEY)
  const app = await createServiceApp({
    name: 'orchestrator',
    logLevel: config.LOG_LEVEL, hosts: config,
    healthChecks: {
      dashboard: () => (deps.link ? (deps.link.connected ? 'connected' : 'disconnected (events are buffered)') : 'disabled'),
      sessions: () => `${deps.sessions.list().filter((s) => s.status === 'running' || s.status === 'paused').length} active`,
      // No word of the seed key here: /health is public, and "this fleet runs on the public test key"
      // tells a watcher that a game's seed replays it. The operator gets the warning in the log
      // (onReady) and under the launcher's table.
    },
  })
  await app.register(async (operator) => {
    operator.addHook('onRequest', requireOperator(createOperatorCheck(config.HEIST_OPERATOR_TOKEN)))
    await operator.register(sessionRoutes, { sessions: deps.sessions })
    await operator.register(eventRoutes, { sessions: deps.sessions })
  })
  // Before the server closes: a stopped session ends its SSE streams, which the server would
  // otherwise wait on until the session finished by itself.
  app.addHook('preClose', async () => {
    await deps.sessions.closeAll()
  })
  // Sessions the last orchestrator left running go on (or fail visibly) before the dashboard
  // link says hello, so that hello names them and the dashboard gets whatever it lacks.
  app.addHook('onReady', async () => {
    if (seedWarning) app.log.warn(seedWarning)
    const { resumed, failed } = deps.sessions.recover()
    if (resumed.length > 0) app.log.info({ sessions: resumed }, `resumed ${resumed.length} sessions from their event logs`)
    for (const f of failed) app.log.warn({ session_id: f.session_id, problem: f.problem }, 'session cannot be resumed; ended as failed')
    deps.link?.start(app.log)
  })
  app.addHook('onClose', async () => {
    await deps.link?.close()
  })
  return app
}
