import { requireOperator, type HeistApp, type OperatorCheck } from '@heist/shared'
import { z } from 'zod'

/** What the page asks before it offers controls: is this the operator token, which profiles exist. */
export function registerSetupRoutes(app: HeistApp, options: { isOperator: OperatorCheck; profiles: readonly string[] }): void {
  app.get('/api/operator', {
    schema: {
      tags: ['control'], security: [{ operator: [] }], description: 'Checks the operator token: 200 when it is the token, 401 otherwise. Changes nothing.',
      response: { 200: z.object({ operator: z.literal(true) }) },
    },
    onRequest: requireOperator(options.isOperator),
  }, async () => ({ operator: true as const }))

  app.get('/api/profiles', {
    schema: { tags: ['control'], description: 'Config profiles a session can start with (`config/profiles/<name>/`).', response: { 200: z.object({ profiles: z.array(z.string()) }) } },
  }, async () => ({ profiles: [...options.profiles] }))
}
