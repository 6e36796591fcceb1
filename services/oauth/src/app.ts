import { authPlugin, createServiceApp, createTokenVerifier } from '@heist/shared'
import { createLocalJWKSet } from 'jose'
import type { ClientRegistry } from './clients.js'
import type { OAuthConfig } from './env.js'
import { createFailureLimiter } from './rate-limiter.js'
import { registerOAuthEndpoints } from './routes/oauth-endpoints.js'
import { registerToolRoutes } from './routes/tools.js'
import { registerWellKnownRoutes } from './routes/well-known.js'
import type { SigningKey } from './signing-key.js'
import { createTokenIssuer } from './tokens.js'
import { createToolRegistry } from './tool-registry.js'

export interface OAuthDeps {
  clients: ClientRegistry
  signingKey: SigningKey
  /** Milliseconds since the epoch; tests move it to expire tokens and registrations. */
  now?: () => number
}

/** Bodies here are credentials and tool registrations: small. */
const BODY_LIMIT = 64 * 1024

export async function buildApp({ config, deps }: { config: OAuthConfig; deps: OAuthDeps }) {
  const now = deps.now ?? Date.now
  const tools = createToolRegistry({ now })
  const app = await createServiceApp({
    name: 'oauth',
    logLevel: config.LOG_LEVEL,
    bodyLimit: BODY_LIMIT,
    healthChecks: {
      clients: () => `${deps.clients.all().length} clients`,
      tools: () => `${tools.size()} tools registered`,
    },
  })
  const windowMs = config.HEIST_OAUTH_FAILURE_WINDOW_S * 1000
  const publicJwks = { keys: [deps.signingKey.publicJwk] }
  const verify = createTokenVerifier({ issuer: config.HEIST_ISSUER, audience: config.HEIST_AUDIENCE, keys: createLocalJWKSet(publicJwks), now })
  await app.register(authPlugin, { verify })

  await registerOAuthEndpoints(app, {
    clients: deps.clients,
    verify,
    limiters: {
      perClient: createFailureLimiter({ limit: config.HEIST_OAUTH_FAILURE_LIMIT, windowMs, now }),
      perAddress: createFailureLimiter({ limit: config.HEIST_OAUTH_ADDRESS_FAILURE_LIMIT, windowMs, now }),
    },
    issue: createTokenIssuer({ key: deps.signingKey, issuer: config.HEIST_ISSUER, audience: config.HEIST_AUDIENCE, ttlS: config.HEIST_TOKEN_TTL_S, now }),
  })
  registerWellKnownRoutes(app, { issuer: config.HEIST_ISSUER, baseUrl: config.HEIST_OAUTH_URL, publicJwks, clients: deps.clients })
  registerToolRoutes(app, { tools })
  return app
}
