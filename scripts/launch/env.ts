import { SERVICE_CLIENTS, TOOL_OWNERS } from '@heist/shared/access'
import { FLEET, secretEnvName, urlEnvName, type FleetService } from '@heist/shared/fleet'

export const OPERATOR_TOKEN = 'HEIST_OPERATOR_TOKEN'
/** Model settings handed to services that call the model, when the user set them. */
export const LLM_VARS = ['LLM_BASE_URL', 'LLM_MODEL', 'LLM_API_KEY'] as const
/** Settings passed through to every service when the user set them. */
export const PASS_THROUGH = ['LOG_LEVEL', 'HEIST_PROFILE', 'HEIST_TOKEN_TTL_S', 'HEIST_ALLOWED_HOSTS'] as const
/** Process basics a Node child needs whatever it does. */
const SYSTEM_VARS = ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG', 'NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'] as const

/** Services that own tools: they get `HEIST_PUBLIC_URL`, the URL they register their tools at. */
const TOOL_SERVICES = new Set(Object.values(TOOL_OWNERS).map((t) => t.owner))

/** Every secret name the fleet needs: one per service client, one per agent, the operator token and the services' own keys. */
export function secretNames(agents: readonly string[]): string[] {
  return [...new Set([...[...Object.keys(SERVICE_CLIENTS), ...agents].map(secretEnvName), OPERATOR_TOKEN, ...FLEET.flatMap((s) => s.keys ?? [])])]
}

/** The secrets one service receives: its OAuth clients' (by its `secrets` policy), the operator token, its own keys. */
function serviceSecrets(service: FleetService, agents: readonly string[]): string[] {
  return [...serviceSecretNames(service, agents), ...(service.operator ? [OPERATOR_TOKEN] : []), ...(service.keys ?? [])]
}

/** The `HEIST_SECRET_*` names one service receives, by its `secrets` policy. */
export function serviceSecretNames(service: FleetService, agents: readonly string[]): string[] {
  const own = secretEnvName(service.name)
  switch (service.secrets) {
    case 'all':
      return [...Object.keys(SERVICE_CLIENTS), ...agents].map(secretEnvName)
    case 'own+agents':
      return [own, ...agents.map(secretEnvName)]
    case 'own':
      return [own]
    case 'none':
      return []
  }
}

/**
 * Every env var name a service is given, whatever its values: the contract the compose file is
 * checked against. `PORT` and `HOST` differ between local and container runs, the names do not.
 */
export function serviceEnvNames(service: FleetService, agents: readonly string[]): string[] {
  return [
    'PORT',
    'HOST',
    'HEIST_DATA_DIR',
    'HEIST_CONFIG_DIR',
    'LOG_LEVEL',
    'HEIST_ISSUER',
    ...(TOOL_SERVICES.has(service.name) ? ['HEIST_PUBLIC_URL'] : []),
    ...FLEET.map((s) => urlEnvName(s.name)),
    ...(service.llm ? LLM_VARS : []),
    ...serviceSecrets(service, agents),
  ]
}

export interface EnvContext {
  urls: Record<string, string>
  ports: Record<string, number>
  dataDir: string
  configDir: string
  agents: readonly string[]
  /** Values of `.env` (secrets and optional settings). */
  fileValues: Record<string, string>
  /** The launcher's own environment; wins over `.env`. */
  outer: Record<string, string | undefined>
  /** Given to every service as is (tests use it to tune services). */
  extra?: Record<string, string>
}

const FLEET_URLS = new Set(FLEET.map((s) => urlEnvName(s.name)))

/**
 * Service-specific settings the user set, e.g. `HEIST_MEMORY_LLM_TIMEOUT_MS` for memory, `LLM_SIM_…` for llm-sim:
 * from the environment or from `.env` (the environment wins), as docker-compose.yml passes them.
 */
function ownSettings(service: FleetService, outer: Record<string, string | undefined>, fileValues: Record<string, string>): Record<string, string> {
  const prefix = `${service.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_`
  // By name too: db-query's HEIST_QUERY_TIMEOUT_MS, documented in the README, never reached it.
  // Never a URL of the fleet (HEIST_DASHBOARD_URL for the dashboard): the launcher sets those, and one kept in .env
  // for the CLI would point a `--ports auto` service at the fixed ports.
  const own = (key: string) => ((key.startsWith(prefix) || key.startsWith(`HEIST_${prefix}`)) && !key.startsWith('HEIST_SECRET_') && !FLEET_URLS.has(key)) || service.settings?.includes(key) === true
  // From .env too: the README says so and Compose does it; HEIST_QUERY_TIMEOUT_MS=5000 in .env was dropped in silence.
  return pick([...new Set([...Object.keys(outer), ...Object.keys(fileValues)])].filter(own), outer, fileValues)
}

function pick(names: readonly string[], ...sources: Record<string, string | undefined>[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) {
    for (const source of sources) {
      const value = source[name]
      if (value !== undefined && value !== '') {
        out[name] = value
        break
      }
    }
  }
  return out
}

/** The exact environment of one service process: only what it needs. */
export function serviceEnv(service: FleetService, ctx: EnvContext): Record<string, string> {
  const env: Record<string, string> = {
    ...pick(SYSTEM_VARS, ctx.outer),
    ...pick(PASS_THROUGH, ctx.outer, ctx.fileValues),
    PORT: String(ctx.ports[service.name]),
    HOST: '127.0.0.1',
    HEIST_DATA_DIR: ctx.dataDir,
    HEIST_CONFIG_DIR: ctx.configDir,
    LOG_LEVEL: ctx.outer.LOG_LEVEL ?? ctx.fileValues.LOG_LEVEL ?? 'info',
  }
  for (const s of FLEET) env[urlEnvName(s.name)] = ctx.urls[s.name] ?? `http://127.0.0.1:${s.port}`
  // The issuer is configured once, here, for every process: the user's HEIST_ISSUER (the URL
  // clients outside use) or else the oauth URL, which follows `--ports auto`.
  env.HEIST_ISSUER = pick(['HEIST_ISSUER'], ctx.outer, ctx.fileValues).HEIST_ISSUER ?? env[urlEnvName('oauth')] ?? ''
  if (TOOL_SERVICES.has(service.name)) env.HEIST_PUBLIC_URL = env[urlEnvName(service.name)] ?? ''
  if (service.llm) {
    Object.assign(env, { LLM_BASE_URL: `${env[urlEnvName('llm-sim')]}/v1` }, pick(LLM_VARS, ctx.outer, ctx.fileValues))
  }
  Object.assign(env, pick(serviceSecrets(service, ctx.agents), ctx.outer, ctx.fileValues), ownSettings(service, ctx.outer, ctx.fileValues), ctx.extra)
  return env
}
