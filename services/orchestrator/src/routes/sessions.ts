import { OrderBody, SessionId, StartOptions, type HeistApp } from '@heist/shared'
import { z } from 'zod'
import type { SessionManager } from '../sessions.js'

const Params = z.object({ id: SessionId })

/** The operator's REST API over sessions (the CLI and tests use it). */
export async function sessionRoutes(app: HeistApp, opts: { sessions: SessionManager }) {
  const { sessions } = opts
  app.post('/sessions', { schema: { body: StartOptions } }, async (request, reply) => {
    return reply.status(201).send(sessions.start(request.body))
  })
  app.get('/sessions', async () => ({ sessions: sessions.list() }))
  app.get('/sessions/:id', { schema: { params: Params } }, async (request) => sessions.get(request.params.id))
  app.post('/sessions/:id/pause', { schema: { params: Params } }, async (request) => sessions.pause(request.params.id))
  app.post('/sessions/:id/resume', { schema: { params: Params } }, async (request) => sessions.resume(request.params.id))
  app.post('/sessions/:id/stop', { schema: { params: Params } }, async (request) => sessions.stop(request.params.id))
  app.post('/sessions/:id/orders', { schema: { params: Params, body: OrderBody } }, async (request, reply) => {
    return reply.status(202).send(sessions.order(request.params.id, request.body.agent, request.body.text))
  })
  app.get('/sessions/:id/reveal', { schema: { params: Params } }, async (request) => sessions.reveal(request.params.id))
}
