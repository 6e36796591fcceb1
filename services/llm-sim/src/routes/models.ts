import type { FastifyInstance } from 'fastify'
import { MODEL_ID } from '../model/index.js'

const OWNER = 'heist'
const CREATED = 1_767_225_600

/** `GET /v1/models` and `GET /v1/models/:id`: every model name is accepted, `heist-sim` is listed. */
export function modelRoutes(app: FastifyInstance): void {
  app.get('/models', async () => ({ object: 'list', data: [{ id: MODEL_ID, object: 'model', created: CREATED, owned_by: OWNER }] }))
  app.get<{ Params: { id: string } }>('/models/:id', async (request) => ({ id: request.params.id, object: 'model', created: CREATED, owned_by: OWNER }))
}
