import fastifySwagger from '@fastify/swagger'
import Fastify from 'fastify'
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { authPlugin, type TokenVerifier } from './auth.js'
import { HealthReply } from './contracts/common.js'
import { clientErrors, errorHandler, frameworkErrors } from './error-handler.js'
import { allowedHostNames, hostCheck, type HostCheckConfig } from './host-check.js'
import { attachLogger, fleetLogger, requestLinesAt, serverOptions } from './logger.js'
import { replyHeaders, securityHeaders } from './security-headers.js'
import { replySerializerCompiler } from './zod-serializer.js'
import { bodyValidatorCompiler } from './zod-validator.js'

/** Where every service serves the OpenAPI document generated from its route schemas. */
export const OPENAPI_PATH = '/openapi.json'

/** A security scheme of the OpenAPI document (bearer tokens in this fleet). */
export interface BearerScheme {
  type: 'http'
  scheme: 'bearer'
  bearerFormat?: string
  description?: string
}

export interface ServiceAppOptions {
  /** Service name, used in logs, `/health` and the OpenAPI title. */
  name: string
  logLevel?: string
  version?: string
  /** Extra checks for `/health`; a throwing check makes the service report `degraded`. */
  healthChecks?: Record<string, () => string | Promise<string>>
  bodyLimit?: number
  /** Verifies fleet bearer tokens: registers the auth plugin (`app.authenticate`, `requireScope`). */
  verify?: TokenVerifier
  /** The service serves an HTML page: the page's CSP instead of the API's, and an `Origin` check (see `hostCheck`). */
  page?: boolean
  /**
   * The service's parsed config, for the `Host` check: its URLs' host names and `HEIST_ALLOWED_HOSTS`
   * join loopback, IP literals and the compose service names (`allowedHostNames`). Left out (unit
   * tests), only those pass.
   */
  hosts?: HostCheckConfig
  /** One line for the OpenAPI document's `info.description`. */
  description?: string
  /** Named bearer schemes routes refer to with `security: [{ name: [] }]`. */
  securitySchemes?: Record<string, BearerScheme>
  /**
   * Parse every reply with its route's zod schema too (see `replySerializerCompiler`); default
   * {@link REPLY_CHECKS_DEFAULT}: on in tests, off in service.
   */
  checkReplies?: boolean
}

/**
 * Whether replies are checked against their zod schemas by default: under `NODE_ENV=test`, which
 * vitest sets in every test process and test/support/fleet.ts gives the services a test fleet starts. Read here,
 * not through `loadConfig`: a unit test builds its app with no env at all. In service the replies
 * are written by fast-json-stringify from the contract's JSON Schema without a second parse
 * (issue 16; the trade is in docs/notes/kit.md).
 */
export const REPLY_CHECKS_DEFAULT = process.env.NODE_ENV === 'test'

/**
 * The common base of every service's `buildApp`: pino logger with redaction, request ids
 * echoed in `x-request-id`, security headers, the `Host` check (DNS rebinding), zod validation and serialisation, the one error
 * handler, token verification when given a verifier, `GET /health` and the OpenAPI document at
 * {@link OPENAPI_PATH}. Never listens: `runService` does that.
 */
export async function createServiceApp(options: ServiceAppOptions) {
  const level = options.logLevel ?? 'info'
  const logger = fleetLogger(options.name, level)
  const base = serverOptions(logger, level)
  const headers = securityHeaders({ page: options.page ?? false })
  const app = Fastify({
    ...base,
    bodyLimit: options.bodyLimit ?? base.bodyLimit,
    frameworkErrors: frameworkErrors(headers, requestLinesAt(level) ? undefined : logger),
    clientErrorHandler: clientErrors(headers),
  }).withTypeProvider<ZodTypeProvider>()
  // The request's logger is set in the reply-headers hook below (one hook step per request).
  const setup = attachLogger(app, logger, level, { hook: false })
  app.setValidatorCompiler(bodyValidatorCompiler)
  app.setSerializerCompiler(replySerializerCompiler({ checkReplies: options.checkReplies ?? REPLY_CHECKS_DEFAULT }))
  await app.register(errorHandler)
  await app.register(replyHeaders, { page: options.page ?? false, ...(setup ? { setup } : {}) })
  // After the reply headers' hook, so a refused request carries them too.
  await app.register(hostCheck, { names: allowedHostNames(options.hosts), sameOrigin: options.page ?? false })
  // Registered before any route, so every route's zod schemas reach the document.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: `Heist ${options.name}`, version: options.version ?? '0.1.0', ...(options.description ? { description: options.description } : {}) },
      ...(options.securitySchemes ? { components: { securitySchemes: options.securitySchemes } } : {}),
    },
    transform: jsonSchemaTransform,
  })
  if (options.verify) await app.register(authPlugin, { verify: options.verify })
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger())
  const startedAt = Date.now()
  const version = options.version ?? '0.1.0'
  const checks = Object.entries(options.healthChecks ?? {})
  const healthReply = (status: 'ok' | 'degraded', results: Record<string, string>) =>
    ({ status, service: options.name, version, uptime_s: Math.round((Date.now() - startedAt) / 1000), checks: results })
  // Without checks the answer needs no promise: a synchronous handler (issue 16).
  app.get('/health', { schema: { response: { 200: HealthReply } } }, checks.length === 0 ? () => healthReply('ok', {}) : async () => {
    const results: Record<string, string> = {}
    let status: 'ok' | 'degraded' = 'ok'
    for (const [name, check] of checks) {
      try {
        results[name] = await check()
      } catch (error) {
        status = 'degraded'
        results[name] = error instanceof Error ? error.message : 'failed'
      }
    }
    return healthReply(status, results)
  })
  return app
}

/** The typed app `createServiceApp` returns. */
export type HeistApp = Awaited<ReturnType<typeof createServiceApp>>
