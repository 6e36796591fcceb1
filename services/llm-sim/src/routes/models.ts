import type { FastifyInstance } from 'fastify'
import { VOICE_MODELS } from '../model/index.js'

const OWNER = 'heist'
const CREATED = 1_767_225_600

/** `GET /v1/models` and `GET /v1/models/:id`: every model name is accepted; one listed per voice (`heist-sim`, `heist-sim-b` … `heist-sim-u`). */
export function modelRoutes(app: FastifyInstance): void {
  app.get('/models', async () => ({ object: 'list', data: VOICE_MODELS.map((id) => ({ id, object: 'model', created: CREATED, owned_by: OWNER })) }))
  app.get<{ Params: { id: string } }>('/models/:id', async (request) => ({ id: request.params.id, object: 'model', created: CREATED, owned_by: OWNER }))
}
