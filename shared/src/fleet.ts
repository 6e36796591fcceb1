/**
 * The fleet, as data: the one source of truth for the local launcher, the compose file
 * check and every service's defaults. Add a service here and the launcher starts it.
 */
export interface FleetService {
  /** Package folder under `services/` and the compose service name. */
  name: string
  port: number
  /** Services that must be healthy before this one starts. */
  dependsOn: string[]
  /** OAuth clients whose secrets this process receives (`own` = its own client). */
  secrets: 'all' | 'own+agents' | 'own' | 'none'
  /** Keeps SQLite or key files under the data directory. */
  stateful: boolean
  /** Receives `HEIST_OPERATOR_TOKEN`. */
  operator?: boolean
  /** Calls the model: receives `LLM_BASE_URL`, `LLM_MODEL`, `LLM_API_KEY`. */
  llm?: boolean
  /** Keys of its own that are not OAuth client secrets, generated into `.env` like them and given to it alone. */
  keys?: readonly string[]
  /**
   * Settings of its own whose names do not start with `HEIST_<NAME>_` or `<NAME>_` (those reach it
   * anyway), handed to it by the launcher when the user sets them.
   */
  settings?: readonly string[]
}

/**
 * The key of the model's per-turn seed (the orchestrator's `modelSeedFor`): its own, not the
 * orchestrator's OAuth client secret, so neither is a second use of the other and a test fleet can
 * fix it (the same game on every run) without fixing a credential.
 */
export const MODEL_SEED_KEY = 'HEIST_MODEL_SEED_KEY'

/**
 * The model-seed key every test fleet runs with (test/support/fleet.ts), so that a seed plays the
 * same game on every test run. It is public (it is in this repository): a fleet that runs with it
 * lets anyone who knows a game's seed compute the model's per-turn seeds and replay the game, mole
 * included. `pnpm start` and `node scripts/init-env.mjs` write a random key to `.env` instead; the
 * orchestrator warns, at start and in `/health`, when it finds this one.
 */
export const PUBLIC_TEST_MODEL_SEED_KEY = 'heist-test-fleet-model-seed-key'

/**
 * The warning for a fleet whose model-seed key is {@link PUBLIC_TEST_MODEL_SEED_KEY}, or null for a
 * key of its own: the orchestrator logs it at start and shows it in `/health`, the launcher under its
 * table. It names the setting, never the key.
 */
export function publicSeedKeyWarning(key: string | undefined): string | null {
  if (key !== PUBLIC_TEST_MODEL_SEED_KEY) return null
  return `${MODEL_SEED_KEY} is the public test key: anyone who knows a game's seed can replay the model's seeds, and the game with its mole. `
    + 'Fine for the test fleets; elsewhere remove it from the environment and .env, and run node scripts/init-env.mjs (or pnpm start) to write a random one.'
}

/** What a tool service reads besides its own settings. */
const TOOL_SETTINGS = ['HEIST_TOOL_REGISTRATION_TTL_S'] as const

export const FLEET: readonly FleetService[] = [
  { name: 'llm-sim', port: 8011, dependsOn: [], secrets: 'none', stateful: false },
  { name: 'oauth', port: 8001, dependsOn: [], secrets: 'all', stateful: true },
  { name: 'calculator', port: 8002, dependsOn: ['oauth'], secrets: 'own', stateful: false, settings: TOOL_SETTINGS },
  { name: 'file-reader', port: 8003, dependsOn: ['oauth'], secrets: 'own', stateful: false, settings: [...TOOL_SETTINGS, 'HEIST_DOCUMENTS_DIR'] },
  { name: 'db-query', port: 8004, dependsOn: ['oauth'], secrets: 'own', stateful: false, settings: [...TOOL_SETTINGS, 'HEIST_SECURITY_SQL', 'HEIST_QUERY_TIMEOUT_MS', 'HEIST_QUERY_MAX_ROWS', 'HEIST_QUERY_PROCESSES', 'HEIST_QUERY_HEAP_MB'] },
  { name: 'memory', port: 8005, dependsOn: ['oauth', 'llm-sim'], secrets: 'none', stateful: true, llm: true },
  { name: 'dashboard', port: 8008, dependsOn: ['oauth'], secrets: 'own', stateful: true, operator: true, settings: ['HEIST_COMMAND_TIMEOUT_MS'] },
  { name: 'detection', port: 8010, dependsOn: ['oauth', 'dashboard', 'llm-sim'], secrets: 'own', stateful: true, operator: true, llm: true },
  { name: 'orchestrator', port: 8009, dependsOn: ['oauth', 'calculator', 'file-reader', 'db-query', 'memory', 'dashboard', 'llm-sim'], secrets: 'own+agents', stateful: true, operator: true, llm: true, keys: [MODEL_SEED_KEY], settings: ['HEIST_TURN_DELAY_MS', 'HEIST_MODEL_PROBE_MAX_MS', 'HEIST_DASHBOARD_LINK'] },
]

/** `HEIST_SECRET_FILE_READER` for client `file-reader`. */
export function secretEnvName(clientId: string): string {
  return `HEIST_SECRET_${clientId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

/** `HEIST_FILE_READER_URL` for service `file-reader`. */
export function urlEnvName(service: string): string {
  return `HEIST_${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`
}

/** Default port of a fleet service; throws for a name that is not in {@link FLEET}. */
export function fleetPort(service: string): number {
  const entry = FLEET.find((s) => s.name === service)
  if (!entry) throw new Error(`unknown service ${service}`)
  return entry.port
}

/** Default loopback URL of a fleet service. */
export function defaultUrl(service: string): string {
  return `http://127.0.0.1:${fleetPort(service)}`
}
