import { DetectionResult, DetectRequest, ErrorBody, type HeistApp, SessionId } from '@heist/shared'
import { z } from 'zod'
import { type DetectorDeps, latestDetection, runDetection } from '../detector.js'

/** `POST /detect` (open, like the seed) and `GET /detect/:session_id`. */
export async function detectRoutes(app: HeistApp, deps: DetectorDeps): Promise<void> {
  app.post('/detect', {
    schema: { body: DetectRequest, response: { 200: DetectionResult, 404: ErrorBody, 422: ErrorBody } },
  }, async (request, reply) => {
    const run = await runDetection({ ...deps, onPublishError: (err) => request.log.warn({ err }, 'detection result not delivered to the dashboard') }, request.body.session_id, String(request.id))
    void reply.header('x-detection-published', String(run.published))
    return run.result
  })
  app.get('/detect/:session_id', {
    schema: { params: z.object({ session_id: SessionId }), response: { 200: DetectionResult, 404: ErrorBody } },
  }, async (request) => latestDetection(deps.store, request.params.session_id))
}
