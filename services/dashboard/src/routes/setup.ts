import { requireOperator, type HeistApp } from '@heist/shared'
import { z } from 'zod'
import type { RouteContext } from '../app.js'

/** What the page asks before it offers controls: is this the operator token, which profiles exist. */
export function registerSetupRoutes(app: HeistApp, ctx: RouteContext): void {
  app.get('/api/operator', {
    schema: {
      tags: ['control'], security: [{ operator: [] }], description: 'Checks the operator token: 200 when it is the token, 401 otherwise. Changes nothing.',
      response: { 200: z.object({ operator: z.literal(true) }) },
    },
    onRequest: requireOperator(ctx.isOperator),
  }, async () => ({ operator: true as const }))

  app.get('/api/profiles', {
    schema: { tags: ['control'], description: 'Config profiles a session can start with (`config/profiles/<name>/`).', response: { 200: z.object({ profiles: z.array(z.string()) }) } },
  }, async () => ({ profiles: [...ctx.profiles] }))
}
