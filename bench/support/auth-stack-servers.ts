/**
 * The servers bench/auth-stack.ts loads, all in one process on 127.0.0.1: a bare Fastify POST (the
 * baseline), the real oauth app, and the real calculator and db-query apps verifying tokens against
 * oauth's JWKS over HTTP; with `--base DIR`, the calculator, db-query and oauth of another checkout
 * beside them, on the same oauth and tokens.
 */
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { handlerCpuUs, loopsPerUs, spin } from './cpu-loop.js'

export const LOG_LEVELS = ['error', 'info', 'debug', 'fatal', 'warn', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Where another checkout keeps its calculator app: `--base DIR` must have it. */
export const CALCULATOR_APP = 'services/calculator/src/app.ts'

/** The part of Fastify the baseline uses (bench/ has no Fastify of its own to type it with). */
type BareFastify = (options: { logger: boolean }) => {
  post(path: string, handler: () => Promise<unknown>): void
  listen(options: { host: string; port: number }): Promise<string>
  close(): Promise<void>
}

/** The other checkout's oauth app, built from its own modules (registry and key types may differ between checkouts). */
async function startBaseOAuth(baseDir: string, config: unknown, secrets: Record<string, string>) {
  type OAuthModules = typeof import('../../services/oauth/src/app.js') & typeof import('../../services/oauth/src/clients.js') & typeof import('../../services/oauth/src/signing-key.js')
  const load = async (file: string) => (await import(pathToFileURL(join(baseDir, 'services/oauth/src', file)).href)) as OAuthModules
  const { buildApp } = await load('app.ts')
  const { clientDefinitions, createClientRegistry } = await load('clients.ts')
  const { generateSigningKey } = await load('signing-key.ts')
  const { AgentsFile, loadYamlFiles } = await import('@heist/shared')
  const definitions = clientDefinitions(loadYamlFiles(AgentsFile, [fileURLToPath(new URL('../../config/agents.yaml', import.meta.url))]).agents)
  return buildApp({ config: config as Parameters<OAuthModules['buildApp']>[0]['config'], deps: { clients: createClientRegistry(definitions, secrets), signingKey: await generateSigningKey() } })
}

/**
 * `dbQuery: false` leaves db-query (and its query processes) out: its rows then have nothing to
 * load. `tokenTtlS`: oauth's token lifetime (600 s by default; a run under valgrind outlives that).
 * `controlUs`: also a second bare Fastify app whose POST runs {@link spin} for that many µs of CPU
 * (calibrated here), the control row of `auth-stack --control` (none when 0).
 */
export async function startServers(logLevel: LogLevel, baseDir: string | undefined, { dbQuery: withDbQuery = true, tokenTtlS = 600, controlUs = 0 } = {}) {
  // Services resolve their own dependencies; the bare baseline borrows oauth's Fastify.
  const Fastify = createRequire(new URL('../../services/oauth/package.json', import.meta.url))('fastify') as BareFastify
  const { AgentsFile, loadYamlFiles, secretEnvName } = await import('@heist/shared')
  const { buildApp: buildOAuth } = await import('../../services/oauth/src/app.js')
  const { clientDefinitions, createClientRegistry } = await import('../../services/oauth/src/clients.js')
  const { OAuthEnv } = await import('../../services/oauth/src/env.js')
  const { generateSigningKey } = await import('../../services/oauth/src/signing-key.js')
  const { buildApp: buildCalculator } = await import('../../services/calculator/src/app.js')
  const { buildApp: buildDbQuery } = await import('../../services/db-query/src/app.js')
  const { DEFAULT_SQL_FILE } = await import('../../services/db-query/src/env.js')

  const bare = Fastify({ logger: false })
  bare.post('/hello', async () => ({ hello: 'world' }))
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 })
  // The control: the same bare app (its own instance: the baseline's router keeps one route), plus a loop.
  const control = controlUs > 0 ? Fastify({ logger: false }) : undefined
  const controlRate = controlUs > 0 ? loopsPerUs() : 0
  const loops = Math.round(controlUs * controlRate)
  const controlHandler = async () => (spin(loops), { hello: 'world' })
  control?.post('/hello', controlHandler)
  /** What the control's loop costs a request, measured through its own handler (call after the rows ran: `handlerCpuUs`). */
  const controlLoopUs = () => handlerCpuUs(controlHandler)
  const controlUrl = control ? await control.listen({ host: '127.0.0.1', port: 0 }) : undefined

  const definitions = clientDefinitions(loadYamlFiles(AgentsFile, [fileURLToPath(new URL('../../config/agents.yaml', import.meta.url))]).agents)
  const secrets = Object.fromEntries(definitions.map((d) => [secretEnvName(d.id), randomBytes(24).toString('base64url')]))
  // Ports first: each side must know the other's URL (issuer, each tool's resource) before it starts.
  const { freePorts } = await import('../../scripts/launch/ports.js')
  const [oauthPort = 0, calculatorPort = 0, dbQueryPort = 0] = await freePorts(3)
  const oauthUrl = `http://127.0.0.1:${oauthPort}`
  const calculatorUrl = `http://127.0.0.1:${calculatorPort}`
  const dbQueryUrl = `http://127.0.0.1:${dbQueryPort}`
  const oauthConfig = OAuthEnv.parse({ LOG_LEVEL: logLevel, HEIST_TOKEN_TTL_S: tokenTtlS, HEIST_OAUTH_URL: oauthUrl, HEIST_CALCULATOR_URL: calculatorUrl, HEIST_DB_QUERY_URL: dbQueryUrl })
  const oauth = await buildOAuth({ config: oauthConfig, deps: { clients: createClientRegistry(definitions, secrets), signingKey: await generateSigningKey() } })
  await oauth.listen({ host: '127.0.0.1', port: oauthPort })

  const calculator = await buildCalculator({ config: { LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: calculatorUrl } })
  await calculator.listen({ host: '127.0.0.1', port: calculatorPort })
  const dbQueryConfig = { LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: dbQueryUrl, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 1_000, HEIST_QUERY_MAX_ROWS: 200, HEIST_QUERY_PROCESSES: 2 }
  const dbQuery = withDbQuery ? await buildDbQuery({ config: dbQueryConfig }) : undefined
  await dbQuery?.listen({ host: '127.0.0.1', port: dbQueryPort })
  // The other checkout's calculator, same config: the same resource URL is its audience, so the same tokens pass.
  const baseCalculator = baseDir === undefined ? undefined
    : await ((await import(pathToFileURL(join(baseDir, CALCULATOR_APP)).href)) as { buildApp: typeof buildCalculator }).buildApp({ config: { LOG_LEVEL: logLevel, HEIST_OAUTH_URL: oauthUrl, HEIST_PUBLIC_URL: calculatorUrl } })
  const baseCalculatorUrl = baseCalculator ? await baseCalculator.listen({ host: '127.0.0.1', port: 0 }) : undefined
  const baseDbQuery = baseDir === undefined || !withDbQuery ? undefined
    : await ((await import(pathToFileURL(join(baseDir, 'services/db-query/src/app.ts')).href)) as { buildApp: typeof buildDbQuery }).buildApp({ config: dbQueryConfig })
  const baseDbQueryUrl = baseDbQuery ? await baseDbQuery.listen({ host: '127.0.0.1', port: 0 }) : undefined
  const baseOAuth = baseDir === undefined ? undefined : await startBaseOAuth(baseDir, oauthConfig, secrets)
  const baseOAuthUrl = baseOAuth ? await baseOAuth.listen({ host: '127.0.0.1', port: 0 }) : undefined

  const basic = (client: string) => `Basic ${Buffer.from(`${client}:${secrets[secretEnvName(client)]}`).toString('base64')}`
  const close = () => Promise.all([bare.close(), control?.close(), oauth.close(), calculator.close(), dbQuery?.close(), baseCalculator?.close(), baseDbQuery?.close(), baseOAuth?.close()])
  return { bareUrl, controlUrl, controlUs, controlRate, controlLoopUs, oauthUrl, calculatorUrl, dbQueryUrl, baseCalculatorUrl, baseDbQueryUrl, baseOAuthUrl, basic, close }
}
