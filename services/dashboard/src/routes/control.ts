import { CommandAck, DetectionResult, HeistError, OrderBody, StartOptions, requireOperator, type Command, type HeistApp, type OperatorCheck } from '@heist/shared'
import { SessionParams } from './schemas.js'

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
  const forward = async (command: Command) => unwrap(await app.orchestratorLink.command(command))

  app.post('/api/sessions', {
    schema: { tags, security, description: 'Start a session on the orchestrator.', body: StartOptions.default({ mole: 'random', strategy: 'random' }), response: { 200: CommandAck } },
    onRequest: operator,
  }, async (request) => {
    // Ids are unique for the life of the data directory: a stored session is never started again.
    const id = request.body.session_id
    if (id !== undefined && app.eventStore.get(id)) throw new HeistError('SESSION_EXISTS', `a session "${id}" already exists; session ids are never reused`, 409)
    return forward({ action: 'start', options: request.body })
  })

  for (const action of ['pause', 'resume', 'stop'] as const) {
    app.post(`/api/sessions/:id/${action}`, {
      schema: { tags, security, params: SessionParams, response: { 200: CommandAck } },
      onRequest: operator,
    }, async (request) => forward({ action, session_id: request.params.id }))
  }

  app.post('/api/sessions/:id/orders', {
    schema: { tags, security, description: 'An order to one agent, delivered at its next turn.', params: SessionParams, body: OrderBody, response: { 200: CommandAck } },
    onRequest: operator,
  }, async (request) => forward({ action: 'order', session_id: request.params.id, agent: request.body.agent, text: request.body.text }))

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
