import { clientSecret, envBool, LlmEnv, MODEL_SEED_KEY, OperatorTokenEnv, ProfileName, resourceUri, secretEnvName, serviceEnv, serviceUrl, TOOL_OWNERS } from '@heist/shared'
import { z } from 'zod'
import { MODEL_PROBE } from './engine/model-watch.js'

/** Environment of the orchestrator (agent secrets are checked separately, once the team is loaded). */
export const OrchestratorEnv = serviceEnv('orchestrator').extend({
  ...serviceUrl('oauth'),
  ...serviceUrl('memory'),
  ...serviceUrl('dashboard'),
  // The tool services: the only places agents' tool tokens may be sent (see `toolResources`).
  ...serviceUrl('calculator'),
  ...serviceUrl('file-reader'),
  ...serviceUrl('db-query'),
  ...clientSecret('orchestrator'),
  ...LlmEnv.shape,
  ...OperatorTokenEnv.shape,
  /** The key of the model's per-turn seed (`modelSeedFor`); `pnpm start` and `node scripts/init-env.mjs` write one to `.env`. */
  [MODEL_SEED_KEY]: z.string().min(16, `${MODEL_SEED_KEY} must be at least 16 characters (pnpm start or node scripts/init-env.mjs writes one to .env)`),
  HEIST_PROFILE: ProfileName.optional(),
  /** Pause between turns, for demos. */
  HEIST_TURN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /**
   * The longest wait between two probes of a model that is down (the backoff from ~1 s doubles up to
   * this). A session the model's absence paused goes on at most this long after the model is back.
   */
  HEIST_MODEL_PROBE_MAX_MS: z.coerce.number().int().min(100).max(300_000).default(MODEL_PROBE.capMs),
  /** Set to `false` to run without the dashboard socket (events still go to the jsonl log). */
  HEIST_DASHBOARD_LINK: envBool(true),
})
export type OrchestratorEnv = z.infer<typeof OrchestratorEnv>

/** One required secret per agent of the team: a missing one is reported with all others. */
export function agentSecretsEnv(agents: readonly string[]) {
  return z.object(Object.assign({}, ...agents.map((a) => clientSecret(a))) as Record<string, z.ZodString>)
}

/** Agent name → secret, from the validated env. */
export function agentSecrets(agents: readonly string[], env: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(agents.flatMap((a) => (env[secretEnvName(a)] ? [[a, env[secretEnvName(a)] as string]] : [])))
}

/** The resource identifiers of the services that own tools, from the fleet's URLs. */
export function toolResources(env: Readonly<Record<string, unknown>>): string[] {
  return [...new Set(Object.values(TOOL_OWNERS).map((t) => resourceUri(t.owner, env)))]
}
