import { DetectionResult, EvaluateReply, GameState, GuessRequest, HeistError, SCOPES, Scoreboard, requireOperator, requireScope, type HeistApp, type OperatorCheck } from '@heist/shared'
import { z } from 'zod'
import { SessionParams } from './schemas.js'

const tags = ['game']
const security = [{ operator: [] }]

/** The mole game and the detector's results. Changing the game needs the operator token. */
export function registerGameRoutes(app: HeistApp, options: { isOperator: OperatorCheck }): void {
  const operator = requireOperator(options.isOperator)
  const { game, browserHub: hub } = app
  const announce = (state: GameState) => {
    hub.broadcast({ type: 'game', game: state })
    return state
  }

  app.get('/api/sessions/:id/game', { schema: { tags, params: SessionParams, response: { 200: GameState } } }, async (request) => game.state(request.params.id))

  app.post('/api/sessions/:id/guess', {
    schema: { tags, security, description: 'Record or change the guess (an agent, or "nobody" for a control game) until evaluation.', params: SessionParams, body: GuessRequest, response: { 200: GameState } },
    onRequest: operator,
  }, async (request) => announce(game.guess(request.params.id, request.body.agent)))

  app.post('/api/sessions/:id/evaluate', {
    schema: { tags, security, description: 'Judge the guess once and for all: success, failure or busted.', params: SessionParams, response: { 200: EvaluateReply } },
    onRequest: operator,
  }, async (request) => {
    const result = game.evaluate(request.params.id)
    if (!result.already_evaluated) announce(game.state(request.params.id))
    return result
  })

  app.post('/api/sessions/:id/reveal', {
    schema: { tags, security, description: 'Show the mole and its strategy, after evaluation or once the session ended.', params: SessionParams, response: { 200: GameState } },
    onRequest: operator,
  }, async (request) => announce(game.reveal(request.params.id)))

  app.get('/api/game/scoreboard', { schema: { tags, response: { 200: Scoreboard } } }, async () => game.scoreboard())

  app.post('/api/sessions/:id/detections', {
    schema: { tags: ['detection'], security: [{ fleet: [] }], description: 'Store a detection result (detection service, scope `detections:write`).', params: SessionParams, body: DetectionResult, response: { 201: z.object({ stored: z.literal(true) }) } },
    onRequest: requireScope(SCOPES.detectionsWrite),
  }, async (request, reply) => {
    if (request.body.session_id !== request.params.id) throw new HeistError('DETECTION_SESSION_MISMATCH', 'the body is for another session', 400)
    game.recordDetection(request.body)
    hub.broadcast({ type: 'detection', result: request.body }, request.params.id)
    return reply.status(201).send({ stored: true as const })
  })

  app.get('/api/sessions/:id/detections/latest', { schema: { tags: ['detection'], params: SessionParams, response: { 200: DetectionResult } } }, async (request) => {
    game.state(request.params.id)
    const result = game.latestDetectionResult(request.params.id)
    if (!result) throw new HeistError('DETECTION_NOT_FOUND', 'no detection has run on this session', 404)
    return result
  })
}
