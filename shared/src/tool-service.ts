import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { JWTVerifyGetKey } from 'jose'
import { z } from 'zod'
import { authPlugin } from './auth.js'
import { baseUrl, clientSecret, serviceEnv, serviceUrl } from './env.js'
import { ToolDescriptor, ToolRegistration } from './contracts/discovery.js'
import { SCOPES } from './contracts/oauth.js'
import { defaultUrl, secretEnvName } from './fleet.js'
import { createHttpClient, UpstreamError } from './http-client.js'
import { canonicalUrl, resourceVerifier } from './resource.js'
import { createTokenSource, type TokenSource } from './token-source.js'

/** What a tool service says about one of its tools; turned into a {@link ToolRegistration}. */
export interface ToolDefinition {
  /** Name the model calls, e.g. `read_file`. */
  name: string
  description: string
  /** Scope a caller's token must carry, e.g. `file_reader:use`. */
  scope: string
  /** Route the tool answers at with `POST`, e.g. `/tools/read_file`. */
  path: string
  /** zod schema of the request body; its JSON Schema is what the model sees. */
  input: z.ZodType
}

/** Seconds a registration lives at the oauth service without renewal (`HEIST_TOOL_REGISTRATION_TTL_S`). */
export const TOOL_REGISTRATION_TTL_S = 15
/** How often a tool service renews its registrations: well under the TTL. */
export const TOOL_REGISTRATION_INTERVAL_MS = 5_000
/** Renewals per TTL: a registration lapses only after this many renewals in a row failed or came late. */
const RENEWALS_PER_TTL = TOOL_REGISTRATION_TTL_S * 1000 / TOOL_REGISTRATION_INTERVAL_MS

/** The renewal interval for a registration TTL: the same share of it as the defaults' 5 s of 15. */
export function registrationIntervalMs(ttlS: number): number {
  return Math.round((ttlS * 1000) / RENEWALS_PER_TTL)
}

/**
 * Env of a tool service: base fields, its fleet port, the oauth URL, its public base URL (what
 * other services call it at, and its resource identifier: tokens are minted for it) and its own
 * client secret. The launcher and the compose file set `HEIST_PUBLIC_URL` to the service's
 * `HEIST_<SERVICE>_URL`, the origin oauth accepts its registrations from.
 */
export function toolServiceEnv(service: string) {
  return serviceEnv(service).extend({
    ...serviceUrl('oauth'),
    HEIST_PUBLIC_URL: baseUrl(defaultUrl(service)),
    // How long a registration outlives the last renewal; the contract's bounds (discovery.ts). A
    // crashed service's tools stay listed this long. Shorter in the tests that wait for that expiry.
    HEIST_TOOL_REGISTRATION_TTL_S: z.coerce.number().int().min(2).max(600).default(TOOL_REGISTRATION_TTL_S),
    // The secret's field name is dynamic; it is validated here and read with `secretEnvName`.
  }).extend(clientSecret(service) as Record<never, z.ZodString>)
}
/** Parsed env common to the tool services. */
export type ToolServiceConfig = z.output<ReturnType<typeof toolServiceEnv>>

/** The env fields every tool service's `buildApp` reads. */
export type ToolAppConfig = Pick<ToolServiceConfig, 'LOG_LEVEL' | 'HEIST_OAUTH_URL' | 'HEIST_PUBLIC_URL'> & Partial<Pick<ToolServiceConfig, 'HEIST_ISSUER' | 'HEIST_TOKEN_TTL_S'>>

/** Dependencies every tool service's `buildApp` accepts. */
export interface ToolServiceDeps {
  /** Local token-verification keys (tests); without them the oauth service's JWKS is fetched and cached. */
  keys?: JWTVerifyGetKey
}

/**
 * Register bearer-token auth on a tool service: tokens from the fleet issuer, minted for this
 * service (`aud` = its `HEIST_PUBLIC_URL`), verified against the oauth keys.
 */
export async function toolAuth(app: FastifyInstance, config: Omit<ToolAppConfig, 'LOG_LEVEL'>, deps: ToolServiceDeps = {}): Promise<void> {
  const verify = resourceVerifier({ env: config, resource: canonicalUrl(config.HEIST_PUBLIC_URL), keys: deps.keys })
  await app.register(authPlugin, { verify })
}

/** The registration body for one tool served at `baseUrl` (its scope comes from `TOOL_OWNERS` at oauth). */
export function toolRegistration(tool: ToolDefinition, baseUrl: string, ttlS = TOOL_REGISTRATION_TTL_S): ToolRegistration {
  return {
    name: tool.name,
    description: tool.description,
    required_scope: tool.scope,
    url: `${canonicalUrl(baseUrl)}${tool.path}`,
    input_schema: z.toJSONSchema(tool.input) as Record<string, unknown>,
    ttl_s: ttlS,
  }
}

export interface KeepToolsRegisteredOptions {
  oauthUrl: string
  tokenSource: TokenSource
  registrations: ToolRegistration[]
  intervalMs?: number
  log: FastifyBaseLogger
  fetch?: typeof fetch
}

/** A running registration loop. */
export interface ToolRegistrationLoop {
  /** Resolves after the first round of registration attempts (successful or not). */
  firstRound: Promise<void>
  /** Stop renewing and withdraw the registrations (best effort). */
  stop(): Promise<void>
}

/**
 * Register tools with the oauth service now and every `intervalMs`, so they stay discoverable
 * while this service runs and vanish within the TTL when it dies. While oauth is down the loop
 * retries quietly: one warning when registration starts failing, one info line when it recovers.
 */
export function keepToolsRegistered(options: KeepToolsRegisteredOptions): ToolRegistrationLoop {
  const client = createHttpClient({ service: 'oauth', baseUrl: options.oauthUrl, timeoutMs: 3_000, token: () => options.tokenSource.get(), ...(options.fetch ? { fetch: options.fetch } : {}) })
  const names = options.registrations.map((r) => r.name).join(', ')
  let failing = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let round: Promise<void> = Promise.resolve()

  async function registerAll(): Promise<void> {
    try {
      for (const registration of options.registrations) {
        await client.request({ method: 'POST', path: '/tools', body: registration, schema: ToolDescriptor })
      }
      if (failing) options.log.info({ tools: names }, 'tools registered with oauth again')
      failing = false
    } catch (error) {
      if (error instanceof UpstreamError && error.upstreamStatus === 401) options.tokenSource.invalidate()
      if (!failing) options.log.warn({ tools: names, reason: error instanceof Error ? error.message : String(error) }, 'cannot register tools with oauth; retrying')
      failing = true
    }
  }

  function schedule(): void {
    if (stopped) return
    const interval = options.intervalMs ?? TOOL_REGISTRATION_INTERVAL_MS
    // While oauth is unreachable (typically: it is still starting), retry sooner.
    timer = setTimeout(() => {
      round = registerAll().finally(schedule)
    }, failing ? Math.min(interval, 1_000) : interval)
    timer.unref()
  }

  round = registerAll().finally(schedule)
  return {
    firstRound: round,
    async stop() {
      stopped = true
      clearTimeout(timer)
      await round.catch(() => undefined)
      for (const registration of options.registrations) {
        await client.request({ method: 'DELETE', path: `/tools/${registration.name}`, schema: z.unknown(), timeoutMs: 1_000 }).catch(() => undefined)
      }
    },
  }
}

/**
 * After `listen`: register a tool service's tools under its own client, at its public URL.
 * Used by each tool service's `main.ts`.
 */
export function registerToolService(app: FastifyInstance, config: ToolServiceConfig, clientId: string, tools: ToolDefinition[]): ToolRegistrationLoop {
  const secret = (config as Readonly<Record<string, unknown>>)[secretEnvName(clientId)]
  if (typeof secret !== 'string') throw new Error(`${secretEnvName(clientId)} is missing`)
  const baseUrl = canonicalUrl(config.HEIST_PUBLIC_URL)
  const ttlS = config.HEIST_TOOL_REGISTRATION_TTL_S
  return keepToolsRegistered({
    oauthUrl: config.HEIST_OAUTH_URL,
    tokenSource: createTokenSource({ tokenUrl: `${config.HEIST_OAUTH_URL}/oauth/token`, clientId, clientSecret: secret, scope: SCOPES.toolsRegister }),
    registrations: tools.map((tool) => toolRegistration(tool, baseUrl, ttlS)),
    intervalMs: registrationIntervalMs(ttlS),
    log: app.log,
  })
}

/**
 * The `start` step of a tool service's manifest: once it listens, keep its tools registered
 * under its own client; `runService` withdraws them first at shutdown.
 */
export function toolRegistrationStart(clientId: string, tools: ToolDefinition[]) {
  return (app: FastifyInstance, { config }: { config: ToolServiceConfig }) => {
    const loop = registerToolService(app, config, clientId, tools)
    return { stop: () => loop.stop() }
  }
}
