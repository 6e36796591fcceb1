import { serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'

/** Environment of the oauth service. Client secrets are checked apart, once the clients are known. */
export const OAuthEnv = serviceEnv('oauth').extend({
  /** Lifetime of access tokens: minutes, so a leaked token is soon worthless. */
  HEIST_TOKEN_TTL_S: z.coerce.number().int().min(30).max(3600).default(600),
  /** Failed client authentications allowed per client id within the window. */
  HEIST_OAUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** The same per caller address. Higher: on one host every local service shares 127.0.0.1. */
  HEIST_OAUTH_ADDRESS_FAILURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(30),
  HEIST_OAUTH_FAILURE_WINDOW_S: z.coerce.number().int().min(1).max(3600).default(60),
}).extend(serviceUrl('oauth'))
export type OAuthConfig = z.output<typeof OAuthEnv>
