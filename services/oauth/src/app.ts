import { authPlugin, createServiceApp, createTokenVerifier, TOOL_OWNERS, type ToolOwnership } from '@heist/shared'
import { createLocalJWKSet } from 'jose'
import type { ClientRegistry } from './clients.js'
import type { OAuthConfig } from './env.js'
import { createFailureLimiter } from './rate-limiter.js'
import { registerOAuthEndpoints } from './routes/oauth-endpoints.js'
import { registerToolRoutes } from './routes/tools.js'
import { registerWellKnownRoutes } from './routes/well-known.js'
import { createResources } from './resources.js'
import type { SigningKey } from './signing-key.js'
import { createTokenIssuer } from './tokens.js'
import { createToolRegistry } from './tool-registry.js'

export interface OAuthDeps {
  clients: ClientRegistry
  signingKey: SigningKey
  /** Milliseconds since the epoch; tests move it to expire tokens and registrations. */
  now?: () => number
  /** Which client may register which tool name; the fleet's `TOOL_OWNERS` by default. */
  toolOwners?: Readonly<Record<string, ToolOwnership>>
}

/** Bodies here are credentials and tool registrations: small. */
const BODY_LIMIT = 64 * 1024

export async function buildApp({ config, deps }: { config: OAuthConfig; deps: OAuthDeps }) {
  const now = deps.now ?? Date.now
  const resources = createResources(config)
  const tools = createToolRegistry({ now, owners: deps.toolOwners ?? TOOL_OWNERS, resourceOf: resources.uriOf })
  const app = await createServiceApp({
    name: 'oauth',
    logLevel: config.LOG_LEVEL, hosts: config,
    bodyLimit: BODY_LIMIT,
    healthChecks: {
      clients: () => `${deps.clients.all().length} clients`,
      tools: () => `${tools.size()} tools registered`,
    },
  })
  // Which library signs shows here: libsodium, or node:crypto where sodium-native has no binary (slower, same signatures).
  app.log.info({ alg: deps.signingKey.alg, kid: deps.signingKey.kid, signer: deps.signingKey.signer.signer }, 'signing key loaded')
  const publicJwks = { keys: [deps.signingKey.publicJwk] }
  const keys = createLocalJWKSet(publicJwks)
  const verifierFor = (audience: string | string[]) =>
    createTokenVerifier({ issuer: resources.issuer, audience, keys, maxLifetimeS: config.HEIST_TOKEN_TTL_S, now })
  // Discovery and registration take tokens minted for oauth itself (no `resource`) only.
  await app.register(authPlugin, { verify: verifierFor(resources.issuer) })

  await registerOAuthEndpoints(app, {
    clients: deps.clients,
    failures: createFailureLimiter({ limit: config.HEIST_OAUTH_ADDRESS_FAILURE_LIMIT, windowMs: config.HEIST_OAUTH_FAILURE_WINDOW_S * 1000, now }),
    issue: createTokenIssuer({ key: deps.signingKey, issuer: resources.issuer, ttlS: config.HEIST_TOKEN_TTL_S, now }),
    resources,
    verifyAny: verifierFor(resources.all()),
  })
  registerWellKnownRoutes(app, { issuer: resources.issuer, publicJwks, clients: deps.clients })
  registerToolRoutes(app, { tools })
  return app
}
