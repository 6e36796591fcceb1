import { clientSecret, OperatorTokenEnv, serviceEnv, serviceUrl } from '@heist/shared'
import { z } from 'zod'

export const DashboardEnv = serviceEnv('dashboard').extend({
  ...serviceUrl('oauth'),
  ...serviceUrl('detection'),
  /** This service's own URL: its resource identifier, the audience of the tokens it accepts. */
  ...serviceUrl('dashboard'),
  /** The dashboard's own client secret (scope `detection:run`, for the detection proxy). */
  ...clientSecret('dashboard'),
  ...OperatorTokenEnv.shape,
  HEIST_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Build the page at start when `dashboard/dist` is missing or older than its sources. */
  HEIST_DASHBOARD_BUILD: z.enum(['auto', 'never']).default('auto'),
})
export type DashboardEnv = z.infer<typeof DashboardEnv>
