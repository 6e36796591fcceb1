import type { FastifyReply } from 'fastify'
import {
  HeistError, MemoryContext, MemoryContextQuery, MemoryDeleted, MemoryMessageIn, MemoryStats, MemoryStoreQuery, MemoryStored,
  requireScope, SCOPES, SessionId, type HeistApp,
} from '@heist/shared'
import { z } from 'zod'
import type { MemoryService } from '../memory.js'

const SessionParams = z.object({ session: SessionId })

/**
 * Aborts when the caller goes away before its reply is sent (a stopped session's fetch aborting).
 * Not Fastify's `request.signal`: on Node 20 it aborts as soon as a POST body has been read.
 */
function callerGone(reply: FastifyReply): AbortSignal {
  const controller = new AbortController()
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new HeistError('REQUEST_ABORTED', 'the caller closed the request', 499))
  })
  return controller.signal
}

/** The memory API: store messages, read a budgeted context, stats, forget a session. */
export async function memoryRoutes(app: HeistApp, options: { memory: MemoryService }) {
  const { memory } = options
  // Auth runs in onRequest, before validation, so an anonymous caller learns nothing about the schema.
  const write = requireScope(SCOPES.memoryWrite)
  const read = requireScope(SCOPES.memoryRead)

  app.post('/memory/:session/messages', {
    onRequest: write,
    schema: { params: SessionParams, querystring: MemoryStoreQuery, body: MemoryMessageIn, response: { 200: MemoryStored } },
  }, async (request, reply) => {
    return memory.store(request.params.session, request.body, request.query, callerGone(reply))
  })

  app.get('/memory/:session/context', {
    onRequest: read,
    schema: { params: SessionParams, querystring: MemoryContextQuery, response: { 200: MemoryContext } },
  }, async (request) => {
    const { agent, budget } = request.query
    const context = memory.context(request.params.session, budget)
    request.log.debug({ session: request.params.session, agent, budget, tokens: context.total_tokens }, 'context served')
    return context
  })

  app.get('/memory/:session/stats', {
    onRequest: read,
    schema: { params: SessionParams, response: { 200: MemoryStats } },
  }, async (request) => memory.stats(request.params.session))

  app.delete('/memory/:session', {
    onRequest: write,
    schema: { params: SessionParams, response: { 200: MemoryDeleted } },
  }, async (request) => memory.delete(request.params.session))
}
