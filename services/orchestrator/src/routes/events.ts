import { SessionId, TERMINAL_EVENT_TYPES, type HeistApp, type PublicSessionEvent } from '@heist/shared'
import { z } from 'zod'
import type { SessionManager } from '../sessions.js'

const Params = z.object({ id: SessionId })
const Query = z.object({ after: z.coerce.number().int().min(0).default(0) })

/**
 * `GET /sessions/:id/events?after=<seq>`: the session's public events as Server-Sent Events
 * (`id` = seq, `event` = type), live, ending after the terminal event. `game_sealed` never
 * goes out here.
 */
export async function eventRoutes(app: HeistApp, opts: { sessions: SessionManager; heartbeatMs?: number }) {
  app.get('/sessions/:id/events', { schema: { params: Params, querystring: Query } }, async (request, reply) => {
    opts.sessions.get(request.params.id)
    reply.hijack()
    const raw = reply.raw
    // A hijacked reply skips Fastify's send: the kit's headers (security set, x-request-id) are passed on by hand.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value)
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' })
    raw.write(': heist events\n\n')
    let finished = false
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), opts.heartbeatMs ?? 15_000)
    const end = () => {
      if (finished) return
      finished = true
      clearInterval(heartbeat)
      subscription?.unsubscribe()
      raw.end()
    }
    const write = (event: PublicSessionEvent) => {
      if (finished) return
      raw.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
      if (TERMINAL_EVENT_TYPES.has(event.type)) queueMicrotask(end)
    }
    let subscription: { unsubscribe: () => void; ended: boolean } | undefined
    subscription = opts.sessions.subscribe(request.params.id, request.query.after, { event: write, end: () => queueMicrotask(end) })
    if (subscription.ended) queueMicrotask(end)
    request.raw.on('close', end)
  })
}
