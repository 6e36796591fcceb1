import { DetectionResult, DetectRequest, ErrorBody, type HeistApp, type OperatorCheck, requireScopeOrOperator, SCOPES, SessionId } from '@heist/shared'
import { z } from 'zod'
import { type DetectorDeps, latestDetection, runDetection } from '../detector.js'
import type { RunQueue } from '../queue.js'

export interface DetectRouteOptions extends DetectorDeps {
  isOperator: OperatorCheck
  queue: RunQueue
}

/**
 * `POST /detect` (the operator token or `detection:run`: it costs CPU and a model call; bounded by
 * the run queue; an unchanged transcript gets its stored result) and `GET /detect/:session_id` (open).
 */
export async function detectRoutes(app: HeistApp, options: DetectRouteOptions): Promise<void> {
  const { isOperator, queue, ...deps } = options
  app.post('/detect', {
    // Before the body is read: an anonymous caller learns nothing of the API and costs nothing.
    onRequest: requireScopeOrOperator(SCOPES.detectionRun, isOperator),
    schema: { body: DetectRequest, response: { 200: DetectionResult, 404: ErrorBody, 422: ErrorBody, 429: ErrorBody } },
  }, async (request, reply) => {
    const onPublishError = (err: unknown) => request.log.warn({ err }, 'detection result not delivered to the dashboard')
    const sessionId = request.body.session_id
    const run = await queue.run(sessionId, () => runDetection({ ...deps, onPublishError }, sessionId, String(request.id)))
    void reply.header('x-detection-published', String(run.published)).header('x-detection-cached', String(run.cached))
    return run.result
  })
  app.get('/detect/:session_id', {
    schema: { params: z.object({ session_id: SessionId }), response: { 200: DetectionResult, 404: ErrorBody } },
  }, async (request) => latestDetection(deps.store, request.params.session_id))
}
