import { requireScope, SCOPES, ToolDescriptor, ToolListing, ToolName, ToolRegistration, type HeistApp } from '@heist/shared'
import { z } from 'zod'
import type { ToolRegistry } from '../tool-registry.js'

/**
 * Discovery: tool services register here; agents list what their scopes allow. Tokens are
 * checked in `onRequest`, before any body is parsed: an anonymous caller learns nothing.
 */
export function registerToolRoutes(app: HeistApp, deps: { tools: ToolRegistry }): void {
  const canRegister = requireScope(SCOPES.toolsRegister)
  const owner = (principal: { clientId: string } | null) => principal?.clientId ?? ''

  app.get('/tools', {
    onRequest: async (request) => void (await app.authenticate(request)),
    schema: { response: { 200: ToolListing } },
  }, async (request) => {
    const principal = await app.authenticate(request)
    return { client_id: principal.clientId, scopes: principal.scopes, tools: deps.tools.visibleTo(principal.scopes) }
  })

  app.post('/tools', { onRequest: canRegister, schema: { body: ToolRegistration, response: { 200: ToolDescriptor, 201: ToolDescriptor } } }, async (request, reply) => {
    const { tool, created } = deps.tools.upsert(owner(request.principal), request.body)
    if (created) request.log.info({ tool: tool.name, owner: owner(request.principal) }, 'tool registered')
    return reply.status(created ? 201 : 200).send(tool)
  })

  app.delete('/tools/:name', { onRequest: canRegister, schema: { params: z.object({ name: ToolName }) } }, async (request, reply) => {
    deps.tools.remove(owner(request.principal), request.params.name)
    request.log.info({ tool: request.params.name }, 'tool removed')
    return reply.status(204).send()
  })
}
