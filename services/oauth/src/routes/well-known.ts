import { AuthServerMetadata, type HeistApp } from '@heist/shared'
import type { JWK } from 'jose'
import { z } from 'zod'
import type { ClientRegistry } from '../clients.js'

export interface WellKnownDeps {
  /** The public URL of this service (`HEIST_ISSUER`); every endpoint below is under it. */
  issuer: string
  publicJwks: { keys: JWK[] }
  clients: ClientRegistry
}

const Jwks = z.object({ keys: z.array(z.record(z.string(), z.unknown())) })

/**
 * `GET /.well-known/jwks.json` (public keys only) and RFC 8414 metadata, whose `issuer` is the
 * URL the document is fetched under (§3.3), so standard clients accept discovery.
 */
export function registerWellKnownRoutes(app: HeistApp, deps: WellKnownDeps): void {
  const base = deps.issuer
  const authMethods = ['client_secret_basic', 'client_secret_post']
  const metadata: AuthServerMetadata = {
    issuer: deps.issuer,
    token_endpoint: `${base}/oauth/token`,
    jwks_uri: `${base}/.well-known/jwks.json`,
    introspection_endpoint: `${base}/oauth/introspect`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: authMethods,
    introspection_endpoint_auth_methods_supported: authMethods,
    scopes_supported: [...new Set(deps.clients.all().flatMap((c) => c.scopes))].sort(),
    response_types_supported: [],
  }

  app.get('/.well-known/jwks.json', { schema: { response: { 200: Jwks } } }, async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=300')
    return deps.publicJwks
  })
  app.get('/.well-known/oauth-authorization-server', { schema: { response: { 200: AuthServerMetadata } } }, async () => metadata)
}
