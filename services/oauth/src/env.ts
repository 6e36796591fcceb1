import { FLEET, serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'

/**
 * Every fleet service's URL: the resource identifiers tokens are minted for (RFC 8707) and the
 * origins tool owners register from. The launcher and the compose file give them to oauth.
 */
const fleetUrls = Object.assign({}, ...FLEET.map((s) => serviceUrl(s.name))) as ReturnType<typeof serviceUrl<'oauth'>>

/** Environment of the oauth service. Client secrets are checked apart, once the clients are known. */
export const OAuthEnv = serviceEnv('oauth').extend({
  /**
   * Failed client authentications allowed per caller address within the window; past it, failures
   * from that address are answered 429. A right secret is never refused, whatever the count.
   */
  HEIST_OAUTH_ADDRESS_FAILURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(30),
  HEIST_OAUTH_FAILURE_WINDOW_S: z.coerce.number().int().min(1).max(3600).default(60),
}).extend(fleetUrls)
export type OAuthConfig = z.output<typeof OAuthEnv>
