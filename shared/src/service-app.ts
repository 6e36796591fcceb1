import Fastify, { type FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { HealthReply } from './contracts/common.js'
import { errorHandler } from './error-handler.js'
import { REQUEST_ID_HEADER, serverOptions } from './logger.js'

/** A Fastify instance typed for zod route schemas. */
export type ServiceApp = FastifyInstance & { withTypeProvider<T = ZodTypeProvider>(): FastifyInstance }

export interface ServiceAppOptions {
  /** Service name, used in logs and `/health`. */
  name: string
  logLevel?: string
  version?: string
  /** Extra checks for `/health`; a throwing check makes the service report `degraded`. */
  healthChecks?: Record<string, () => string | Promise<string>>
  bodyLimit?: number
}

/**
 * The common base of every service's `buildApp`: pino logger with redaction, request ids
 * echoed in `x-request-id`, zod validation and serialisation, the one error handler and
 * `GET /health`. Never listens: `main.ts` does that.
 */
export async function createServiceApp(options: ServiceAppOptions) {
  const base = serverOptions(options.name, options.logLevel ?? 'info')
  const app = Fastify({ ...base, bodyLimit: options.bodyLimit ?? base.bodyLimit }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  await app.register(errorHandler)
  app.addHook('onSend', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, String(request.id))
  })
  const startedAt = Date.now()
  app.get('/health', { schema: { response: { 200: HealthReply } } }, async () => {
    const checks: Record<string, string> = {}
    let status: 'ok' | 'degraded' = 'ok'
    for (const [name, check] of Object.entries(options.healthChecks ?? {})) {
      try {
        checks[name] = await check()
      } catch (error) {
        status = 'degraded'
        checks[name] = error instanceof Error ? error.message : 'failed'
      }
    }
    return { status, service: options.name, version: options.version ?? '0.1.0', uptime_s: Math.round((Date.now() - startedAt) / 1000), checks }
  })
  return app
}

/** The typed app `createServiceApp` returns. */
export type HeistApp = Awaited<ReturnType<typeof createServiceApp>>
