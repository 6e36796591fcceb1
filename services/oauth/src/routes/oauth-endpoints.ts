import formbody from '@fastify/formbody'
import { IntrospectionResponse, REPLY_CHECKS_DEFAULT, SCOPES, TokenRequest, TokenResponse, type HeistApp, type TokenVerifier } from '@heist/shared'
import type { FastifyError } from 'fastify'
import { z } from 'zod'
import { authenticateClient, presentedCredentials } from '../client-auth.js'
import type { ClientRegistry } from '../clients.js'
import { isOAuthError, OAuthError } from '../oauth-errors.js'
import type { FailureLimiter } from '../rate-limiter.js'
import type { Resources } from '../resources.js'
import { grantScopes, introspect, type TokenIssuer } from '../tokens.js'

export interface OAuthEndpointDeps {
  clients: ClientRegistry
  /** Failed client authentications per caller address. */
  failures: FailureLimiter
  issue: TokenIssuer
  resources: Resources
  /** Verifies a token for any audience of the fleet (introspection describes them all). */
  verifyAny: TokenVerifier
}

/** `POST /oauth/introspect` body (RFC 7662 §2.1), client credentials allowed in it. */
const IntrospectionRequest = z.object({
  token: z.string().min(1),
  token_type_hint: z.string().optional(),
  client_id: z.string().min(1).max(128).optional(),
  client_secret: z.string().min(1).max(512).optional(),
})

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' } as const

/** The token reply's JSON, written around the access token (see {@link tokenReplySerializer}). */
const tokenReplyJson = (reply: TokenResponse): string =>
  `{"access_token":"${reply.access_token}","token_type":"Bearer","expires_in":${reply.expires_in},"scope":${JSON.stringify(reply.scope)}}`

/**
 * The token reply's serializer. `JSON.stringify` (and fast-json-stringify, which hands it long
 * strings) scanned the ~600 characters of the access token one by one: about 12k instructions,
 * 3 % of a token request under callgrind (issue 16). The token is a compact JWS that `issue`
 * builds from base64url text and dots, with nothing for JSON to escape, so the reply is written
 * around it. The kit's policy for replies (`REPLY_CHECKS_DEFAULT`, docs/notes/kit.md): in
 * tests each reply is parsed by `TokenResponse` and must equal `JSON.stringify` of the parse,
 * byte for byte; in service it is written without a second parse.
 */
function tokenReplySerializer(checkReplies: boolean) {
  if (!checkReplies) return () => (data: unknown): string => tokenReplyJson(data as TokenResponse)
  return () => (data: unknown): string => {
    const parsed = TokenResponse.safeParse(data)
    if (!parsed.success) throw new Error(`the token reply does not match TokenResponse: ${parsed.error.message}`)
    const text = tokenReplyJson(parsed.data)
    if (text !== JSON.stringify(parsed.data)) throw new Error(`the token reply was written as ${text}, JSON.stringify gives ${JSON.stringify(parsed.data)}`)
    return text
  }
}

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
    // RFC 6749 §5.1: token replies, errors included, are never cached. Set before anything else
    // runs, so a reply refused later (a bad body, a failed login, a server fault) keeps them too; an
    // onRequest hook joins the kit's hook in one run, where an onSend hook was a hook run of its own
    // on every token (issue 16).
    scope.addHook('onRequest', (_request, reply, done) => {
      void reply.headers(NO_STORE)
      done()
    })
    scope.setErrorHandler((error, request, reply) => {
      const oauth = asOAuthError(error)
      if (!oauth) throw error
      request.log.info({ oauth_error: oauth.oauthCode, status: oauth.statusCode }, oauth.message)
      return reply.headers(oauth.headers ?? {}).status(oauth.statusCode).send(oauth.body())
    })

    // Synchronous throughout (signing included): Fastify sends the returned token, or handles the thrown error, with no promise.
    scope.post('/oauth/token', { schema: { body: TokenRequest, response: { 200: TokenResponse } }, serializerCompiler: tokenReplySerializer(REPLY_CHECKS_DEFAULT) }, (request) => {
      const body = request.body
      if (body.grant_type !== 'client_credentials') throw new OAuthError('unsupported_grant_type', `grant_type "${body.grant_type}" is not supported; use client_credentials`)
      const credentials = presentedCredentials(request.headers.authorization, body)
      const client = authenticateClient(deps.clients, deps.failures, credentials, request.ip)
      const target = deps.resources.resolve(body.resource)
      const token = deps.issue(client, grantScopes(client, body.scope, target.service), target.uri)
      request.log.info({ client_id: client.id, scope: token.scope, aud: target.uri }, 'token issued')
      return token
    })

    // RFC 7662 §2.1: the endpoint is protected, and only clients granted `oauth:introspect` may
    // read other tokens' claims (an agent must not learn what the orchestrator's token holds).
    scope.post('/oauth/introspect', { schema: { body: IntrospectionRequest, response: { 200: IntrospectionResponse } } }, async (request) => {
      const credentials = presentedCredentials(request.headers.authorization, request.body)
      const client = authenticateClient(deps.clients, deps.failures, credentials, request.ip)
      if (!client.scopes.includes(SCOPES.introspect)) {
        throw new OAuthError('unauthorized_client', `introspection needs a client granted ${SCOPES.introspect}`, {}, 403)
      }
      return introspect(deps.verifyAny, (id) => deps.clients.get(id) !== undefined, request.body.token)
    })
  })
}
