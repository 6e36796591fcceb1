import { CommandAck, CommandOutcome, CommandPending, DetectionResult, HeistError, OrderBody, StartOptions, requireOperator, type Command, type HeistApp, type OperatorCheck } from '@heist/shared'
import type { FastifyReply } from 'fastify'
import { LATE_COMMANDS_KEPT } from '../command-outcomes.js'
import { sessionOf } from '../orchestrator-link.js'
import { CommandParams, SessionParams } from './schemas.js'

const tags = ['control']
const security = [{ operator: [] }]

/** A refused command keeps the orchestrator's code; an unknown session is a 404. */
function unwrap(ack: CommandAck): CommandAck {
  if (ack.ok) return ack
  const code = ack.error?.code ?? 'ORCHESTRATOR_REFUSED'
  throw new HeistError(code, ack.error?.message ?? 'the orchestrator refused the command', code.endsWith('NOT_FOUND') ? 404 : 409, { ack })
}

/** Operator commands, forwarded to the orchestrator over its socket. */
export function registerControlRoutes(app: HeistApp, options: { isOperator: OperatorCheck; detect?: (sessionId: string) => Promise<DetectionResult> }): void {
  const operator = requireOperator(options.isOperator)
  /**
   * The orchestrator's answer, or 202 `CommandPending` when it did not come in time: on a loaded
   * machine the command is usually done by then, so a 504 told the operator a paused session had
   * not paused. The session's status tells what happened.
   */
  const forward = async (command: Command, reply: FastifyReply) => {
    const outcome = await app.orchestratorLink.command(command)
    if ('ack' in outcome) return unwrap(outcome.ack)
    const sessionId = sessionOf(command)
    const pending: CommandPending = { pending: true, command_id: outcome.pending, ...(sessionId ? { session_id: sessionId } : {}), status: sessionId ? (app.eventStore.get(sessionId)?.status ?? null) : null }
    return reply.code(202).send(pending)
  }
  const answers = { 200: CommandAck, 202: CommandPending }

  app.post('/api/sessions', {
    schema: { tags, security, description: 'Start a session on the orchestrator.', body: StartOptions.default({ mole: 'random', strategy: 'random' }), response: answers },
    onRequest: operator,
  }, async (request, reply) => {
    // Ids are unique for the life of the data directory: a stored session is never started again.
    const id = request.body.session_id
    if (id !== undefined && app.eventStore.get(id)) throw new HeistError('SESSION_EXISTS', `a session "${id}" already exists; session ids are never reused`, 409)
    return forward({ action: 'start', options: request.body }, reply)
  })

  for (const action of ['pause', 'resume', 'stop'] as const) {
    app.post(`/api/sessions/:id/${action}`, {
      schema: { tags, security, params: SessionParams, response: answers },
      onRequest: operator,
    }, async (request, reply) => forward({ action, session_id: request.params.id }, reply))
  }

  app.post('/api/sessions/:id/orders', {
    schema: { tags, security, description: 'An order to one agent, delivered at its next turn.', params: SessionParams, body: OrderBody, response: answers },
    onRequest: operator,
  }, async (request, reply) => forward({ action: 'order', session_id: request.params.id, agent: request.body.agent, text: request.body.text }, reply))

  app.get('/api/commands/:command_id', {
    schema: { tags, security, description: 'What became of a command answered 202 (pending): the orchestrator\'s late answer, or none yet.', params: CommandParams, response: { 200: CommandOutcome } },
    onRequest: operator,
  }, async (request): Promise<CommandOutcome> => {
    const outcome = app.orchestratorLink.lateCommand(request.params.command_id)
    if (!outcome) throw new HeistError('COMMAND_NOT_FOUND', `no pending command "${request.params.command_id}" (only commands answered 202 are kept, the latest ${LATE_COMMANDS_KEPT.toLocaleString('en')})`, 404)
    return { ...outcome, status: outcome.session_id ? (app.eventStore.get(outcome.session_id)?.status ?? null) : null }
  })

  app.post('/api/sessions/:id/detect', {
    schema: { tags, security, description: 'Run the detection service on this session.', params: SessionParams, response: { 200: DetectionResult } },
    onRequest: operator,
  }, async (request) => {
    if (!app.eventStore.get(request.params.id)) throw new HeistError('SESSION_NOT_FOUND', `no session "${request.params.id}"`, 404)
    if (!options.detect) throw new HeistError('DETECTION_NOT_CONFIGURED', 'no detection service is configured', 503)
    const result = await options.detect(request.params.id)
    // The detection service owns the result: it stored it and pushed it here (POST .../detections,
    // which stores and broadcasts) before answering. Storing it again would show it twice.
    if (app.game.latestDetectionResult(result.session_id)?.created_at !== result.created_at) {
      request.log.warn({ session_id: result.session_id }, 'the detection service did not deliver its result here; GET /detect/:id has it')
    }
    return result
  })
}
