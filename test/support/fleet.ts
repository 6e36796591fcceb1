import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MODEL_SEED_KEY, PUBLIC_TEST_MODEL_SEED_KEY, secretEnvName, TokenResponse } from '@heist/shared'
import { launchFleet, type RunningFleet } from '../../scripts/launch/fleet.js'
import { fleetLogReader, fleetLogWriter, type FleetLogReader } from './fleet-log.js'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The model-seed key of every test fleet, fixed (tests only: `pnpm start` writes a random one to
 * `.env`). The model's seed for each turn is keyed by it, so with the fleet's own random key the
 * same seed played other words on every run and a fleet game that failed a test could not be played
 * again; with this one, a game seeded N is the same game in every run, on every test fleet, and
 * in-process (`modelSeedFor(TEST_MODEL_SEED_KEY)`: test/security/seed-replay.test.ts). By hand, to watch
 * a failing test's game: `HEIST_MODEL_SEED_KEY=heist-test-fleet-model-seed-key pnpm start --ports auto`, then
 * `pnpm heist run` with the test's seed, rounds, mole and strategy (checked: seed 5, 1 round, the same six
 * messages as the in-process replay). Public, so the orchestrator warns about it (also on every test fleet).
 */
export const TEST_MODEL_SEED_KEY = PUBLIC_TEST_MODEL_SEED_KEY

export interface StartFleetOptions {
  /** Services to start (their dependencies are added); all by default. */
  only?: string[]
  /** Start `only` and not their dependencies (each service start costs ~1 CPU s: start what the file uses). */
  exactly?: boolean
  /** Given to every service, e.g. `{ LOG_LEVEL: 'debug' }`. */
  env?: Record<string, string>
  /** Default: a fresh temporary directory, removed by `close()`. */
  dataDir?: string
  /** Repository root to run services from (tests of the launcher use a fake one). */
  root?: string
  healthTimeoutMs?: number
}

export interface TestFleet extends RunningFleet, FleetLogReader {
  /** Where the services keep their data (audit logs, databases). */
  dataDir: string
  /** Where their output is kept (see fleet-log.ts), for readers in other processes. */
  logDir: string
}

/**
 * The fleet for an integration test: free ports on 127.0.0.1, a temporary data directory and a
 * temporary `.env` (never the developer's) with fresh random secrets, but the fixed
 * {@link TEST_MODEL_SEED_KEY}. Set `HEIST_FLEET_LOGS=1` to see services' output.
 * `close()` fails if a service still answers afterwards: nothing outlives a test's fleet.
 */
export async function startFleet(options: StartFleetOptions = {}): Promise<TestFleet> {
  const scratch = mkdtempSync(join(tmpdir(), 'heist-fleet-'))
  const show = process.env.HEIST_FLEET_LOGS === '1'
  const dataDir = options.dataDir ?? join(scratch, 'data')
  const logDir = join(scratch, 'logs')
  const keep = fleetLogWriter(logDir)
  const read = fleetLogReader(logDir) // from the start: an error logged while starting counts too
  const fleet = await launchFleet({
    root: options.root ?? ROOT,
    only: options.only,
    exactly: options.exactly,
    dataDir,
    envFile: join(scratch, '.env'),
    autoPorts: true,
    outer: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: show ? 'info' : 'warn', [MODEL_SEED_KEY]: TEST_MODEL_SEED_KEY },
    // NODE_ENV=test, as vitest sets it in-process: the kit then checks every reply against its zod
    // contract (REPLY_CHECKS_DEFAULT, service-app.ts). The launcher hands a service only what it needs,
    // so without this no fleet test checked a reply.
    // HEIST_COMMAND_TIMEOUT_MS: the dashboard waits 5 s by default for the orchestrator's answer to a
    // command, then answers 202 pending (at load 40 the answer came later). The fleet tests read the
    // answer itself (an order's id, a start's session id): 30 s. The 202 path is services/dashboard's
    // unit tests' (createTestApp's short deadline).
    extra: { NODE_ENV: 'test', HEIST_COMMAND_TIMEOUT_MS: '30000', ...options.env },
    healthTimeoutMs: options.healthTimeoutMs ?? 60_000,
    graceMs: 3_000,
    onLine: (service, line) => {
      keep(service, line)
      if (show) process.stderr.write(`[${service}] ${line}\n`)
    },
    onNote: (text) => {
      if (show) process.stderr.write(`[fleet] ${text}\n`)
    },
  }).catch((error: unknown) => {
    rmSync(scratch, { recursive: true, force: true })
    throw error
  })
  return {
    ...fleet,
    ...read,
    dataDir,
    logDir,
    close: async () => {
      await fleet.close()
      rmSync(scratch, { recursive: true, force: true })
      const answering = await Promise.all(fleet.started.map(async (name) => ((await answers(fleet.urls[name])) ? name : null)))
      const left = answering.filter((name) => name !== null)
      if (left.length > 0) throw new Error(`closing the fleet left ${left.join(', ')} answering on their ports`)
    },
  }
}

/** The operator's `Authorization` header for a fleet (its token is in the fleet's env). */
export function operatorAuth(fleet: Pick<RunningFleet, 'env'>): { authorization: string } {
  const token = fleet.env.HEIST_OPERATOR_TOKEN
  if (!token) throw new Error('this fleet has no operator token')
  return { authorization: `Bearer ${token}` }
}

/** Whether anything still answers HTTP at `url`. */
const answers = (url: string | undefined) => fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) }).then(() => true, () => false)

/**
 * A client-credentials token for `clientId` from the fleet's oauth service (RFC 6749 §4.4),
 * minted for the fleet service named `resource` (RFC 8707; its URL), or for oauth itself
 * (discovery) when none is named.
 */
export async function clientToken(fleet: Pick<RunningFleet, 'urls' | 'env'>, clientId: string, options: { scope?: string; resource?: string } = {}): Promise<string> {
  const secret = fleet.env[secretEnvName(clientId)]
  if (!secret) throw new Error(`no secret for client ${clientId}`)
  const resource = options.resource === undefined ? undefined : fleet.urls[options.resource]
  if (options.resource !== undefined && !resource) throw new Error(`no service ${options.resource} in this fleet`)
  const body = new URLSearchParams({ grant_type: 'client_credentials', ...(options.scope ? { scope: options.scope } : {}), ...(resource ? { resource } : {}) })
  const response = await fetch(`${fleet.urls.oauth}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    body,
  })
  if (response.status !== 200) throw new Error(`token for ${clientId}: HTTP ${response.status} ${await response.text()}`)
  return TokenResponse.parse(await response.json()).access_token
}
