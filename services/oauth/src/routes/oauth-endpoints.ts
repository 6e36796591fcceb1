import formbody from '@fastify/formbody'
import { IntrospectionResponse, TokenRequest, TokenResponse, type HeistApp, type TokenVerifier } from '@heist/shared'
import type { FastifyError } from 'fastify'
import { z } from 'zod'
import { authenticateClient, presentedCredentials, type AuthLimiters } from '../client-auth.js'
import type { ClientRegistry } from '../clients.js'
import { isOAuthError, OAuthError } from '../oauth-errors.js'
import { grantScopes, introspect, type TokenIssuer } from '../tokens.js'

export interface OAuthEndpointDeps {
  clients: ClientRegistry
  limiters: AuthLimiters
  issue: TokenIssuer
  verify: TokenVerifier
}

/** `POST /oauth/introspect` body (RFC 7662 §2.1), client credentials allowed in it. */
const IntrospectionRequest = z.object({
  token: z.string().min(1),
  token_type_hint: z.string().optional(),
  client_id: z.string().min(1).max(128).optional(),
  client_secret: z.string().min(1).max(512).optional(),
})

/** Any error of these endpoints as RFC 6749 §5.2; null for a server fault (the shared handler's 500). */
function asOAuthError(error: unknown): OAuthError | null {
  if (isOAuthError(error)) return error
  const fastifyError = error as Partial<FastifyError>
  if (fastifyError.validation) return new OAuthError('invalid_request', `invalid request body: ${fastifyError.message ?? ''}`.trim())
  const status = fastifyError.statusCode
  if (status !== undefined && status >= 400 && status < 500) return new OAuthError('invalid_request', fastifyError.message ?? 'bad request', {}, status)
  return null
}

/**
 * The token and introspection endpoints, in their own scope: they take form bodies
 * (`@fastify/formbody`) as well as JSON, and answer errors the RFC 6749 way, never cached.
 */
export async function registerOAuthEndpoints(app: HeistApp, deps: OAuthEndpointDeps): Promise<void> {
  await app.register(async (scope: HeistApp) => {
    await scope.register(formbody)
    // RFC 6749 bodies are form-encoded (JSON accepted too); anything else is a 415, not a confusing 400.
    scope.removeContentTypeParser('text/plain')
    scope.addHook('onSend', async (_request, reply) => {
      void reply.header('cache-control', 'no-store').header('pragma', 'no-cache')
    })
    scope.setErrorHandler((error, request, reply) => {
      const oauth = asOAuthError(error)
      if (!oauth) throw error
      request.log.info({ oauth_error: oauth.oauthCode, status: oauth.statusCode }, oauth.message)
      return reply.headers(oauth.headers ?? {}).status(oauth.statusCode).send(oauth.body())
    })

    scope.post('/oauth/token', { schema: { body: TokenRequest, response: { 200: TokenResponse } } }, async (request) => {
      const body = request.body
      if (body.grant_type !== 'client_credentials') throw new OAuthError('unsupported_grant_type', `grant_type "${body.grant_type}" is not supported; use client_credentials`)
      const credentials = presentedCredentials(request.headers.authorization, body)
      const client = authenticateClient(deps.clients, deps.limiters, credentials, request.ip)
      const token = await deps.issue(client, grantScopes(client, body.scope))
      request.log.info({ client_id: client.id, scope: token.scope }, 'token issued')
      return token
    })

    scope.post('/oauth/introspect', { schema: { body: IntrospectionRequest, response: { 200: IntrospectionResponse } } }, async (request) => {
      const credentials = presentedCredentials(request.headers.authorization, request.body)
      authenticateClient(deps.clients, deps.limiters, credentials, request.ip)
      return introspect(deps.verify, (id) => deps.clients.get(id) !== undefined, request.body.token)
    })
  })
}
