import { HeistError, SCOPES, insufficientScope, type HeistApp } from '@heist/shared'
import type { FastifyRequest } from 'fastify'

/** `WS /ws` for browsers (read-only, public frames) and `WS /ws/orchestrator` (JWT with `events:publish`, one live connection). */
export function registerSocketRoutes(app: HeistApp): void {
  app.get('/ws', { websocket: true, schema: { hide: true } }, (socket) => app.browserHub.accept(socket))

  app.get('/ws/orchestrator', {
    websocket: true,
    schema: { hide: true },
    // Runs before the upgrade: a refused client gets a plain 401/403 and never a socket. The token
    // comes in the Authorization header only, never the URL (RFC 6750 §2.3: URLs end up in logs).
    preValidation: async (request: FastifyRequest) => {
      const principal = await app.authenticate(request)
      if (!principal.scopes.includes(SCOPES.eventsPublish)) throw insufficientScope(SCOPES.eventsPublish)
      // One orchestrator at a time: a second connection must not take the operator's commands.
      if (app.orchestratorLink.connected()) throw new HeistError('ORCHESTRATOR_LINK_TAKEN', 'another orchestrator holds the link; one connection at a time', 409)
    },
  }, (socket) => app.orchestratorLink.accept(socket))
}
