import { z } from 'zod'
import { TOKEN_TTL_MAX_S } from './auth.js'
import { envPort } from './config.js'
import { defaultUrl, fleetPort, secretEnvName, urlEnvName } from './fleet.js'

/** Env fields every service reads: where it listens, logs and keeps data. */
export const BaseEnv = z.object({
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HEIST_DATA_DIR: z.string().default('data'),
  HEIST_CONFIG_DIR: z.string().default('config'),
  /**
   * The oauth service's public URL, as clients outside the fleet reach it: the `iss` of every
   * token and the `issuer` of its RFC 8414 metadata. Unset, it is `HEIST_OAUTH_URL` (see `fleetIssuer`).
   */
  HEIST_ISSUER: z.url().optional(),
  /** Lifetime of the access tokens oauth issues; resource servers refuse any token that claims longer. */
  HEIST_TOKEN_TTL_S: z.coerce.number().int().min(30).max(TOKEN_TTL_MAX_S).default(600),
  /**
   * Host names the fleet is reached by besides loopback, IP addresses, the compose service names
   * and its URLs' names (a fleet behind a name of its own), comma-separated: any other `Host` is
   * refused (`hostCheck`, DNS rebinding).
   */
  HEIST_ALLOWED_HOSTS: z.string().default('').transform((list) => list.split(',').map((name) => name.trim()).filter((name) => name !== '')),
})

/**
 * The env every fleet service starts from: {@link BaseEnv} and `PORT`, defaulting to the
 * service's port in the fleet table (so no service writes its port twice).
 */
export function serviceEnv(service: string) {
  return BaseEnv.extend({ PORT: envPort(fleetPort(service)) })
}

/** `file-reader` → `FILE_READER`, at the type level, so env keys stay literal types. */
type EnvPart<S extends string> = S extends `${infer A}-${infer B}` ? `${Uppercase<A>}_${EnvPart<B>}` : Uppercase<S>

const stripSlashes = (url: string) => url.replace(/\/+$/, '')
/**
 * A base URL without trailing slashes, so `${url}/oauth/token` never becomes `//oauth/token`.
 * Every URL in the fleet's env goes through this (or {@link optionalBaseUrl}): normalised once, here.
 */
export const baseUrl = (fallback: string) => z.url().default(fallback).transform(stripSlashes)
type BaseUrl = ReturnType<typeof baseUrl>
/** Like {@link baseUrl}, for a URL that may be left unset. */
export const optionalBaseUrl = () => z.url().transform(stripSlashes).optional()

/** The env field holding the URL of `service`, with its loopback default. */
export function serviceUrl<S extends string>(service: S) {
  return { [urlEnvName(service)]: baseUrl(defaultUrl(service)) } as { [K in `HEIST_${EnvPart<S>}_URL`]: BaseUrl }
}

/** The env field holding a client's secret (required: the launcher or `.env` provides it). */
export function clientSecret<C extends string>(clientId: C) {
  return { [secretEnvName(clientId)]: z.string().min(16, `${secretEnvName(clientId)} must be at least 16 characters`) } as { [K in `HEIST_SECRET_${EnvPart<C>}`]: z.ZodString }
}

/** The operator's bearer token (dashboard, orchestrator, detection); the launcher writes it to `.env`. */
export const OperatorTokenEnv = z.object({
  HEIST_OPERATOR_TOKEN: z.string().min(16, 'HEIST_OPERATOR_TOKEN must be at least 16 characters'),
})

/** LLM endpoint: an OpenAI-compatible server (LM Studio, Ollama, vLLM…); the simulated model by default. */
export const LlmEnv = z.object({
  LLM_BASE_URL: baseUrl(`${defaultUrl('llm-sim')}/v1`),
  LLM_MODEL: z.string().default('heist-sim'),
  LLM_API_KEY: z.string().default('not-needed'),
})
