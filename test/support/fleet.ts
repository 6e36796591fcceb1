import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { secretEnvName, TokenResponse } from '@heist/shared'
import { launchFleet, type RunningFleet } from '../../scripts/launch/fleet.js'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface StartFleetOptions {
  /** Services to start (their dependencies are added); all by default. */
  only?: string[]
  /** Given to every service, e.g. `{ LOG_LEVEL: 'debug' }`. */
  env?: Record<string, string>
  /** Default: a fresh temporary directory, removed by `close()`. */
  dataDir?: string
  /** Repository root to run services from (tests of the launcher use a fake one). */
  root?: string
  healthTimeoutMs?: number
}

export interface TestFleet extends RunningFleet {
  /** The last lines each service wrote, for failure messages. */
  logs(name: string): string[]
  /**
   * Every line a service logged at error level or above (pino 50/60) since the fleet started:
   * each 5xx a service answers, each unhandled error. A security suite ends with this empty.
   */
  errors(): string[]
}

/** Whether a service's log line is a pino record at error or fatal level. */
export function isErrorLine(line: string): boolean {
  try {
    const record = JSON.parse(line) as { level?: unknown }
    return typeof record.level === 'number' && record.level >= 50
  } catch {
    return false // not pino's JSON (a stack printed by the runtime is caught by the exit code instead)
  }
}

/**
 * The fleet for an integration test: free ports on 127.0.0.1, a temporary data directory and a
 * temporary `.env` (never the developer's). Set `HEIST_FLEET_LOGS=1` to see services' output.
 */
export async function startFleet(options: StartFleetOptions = {}): Promise<TestFleet> {
  const scratch = mkdtempSync(join(tmpdir(), 'heist-fleet-'))
  const show = process.env.HEIST_FLEET_LOGS === '1'
  const lines = new Map<string, string[]>()
  const errors: string[] = []
  const fleet = await launchFleet({
    root: options.root ?? ROOT,
    only: options.only,
    dataDir: options.dataDir ?? join(scratch, 'data'),
    envFile: join(scratch, '.env'),
    autoPorts: true,
    outer: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: show ? 'info' : 'warn' },
    extra: options.env,
    healthTimeoutMs: options.healthTimeoutMs ?? 60_000,
    graceMs: 3_000,
    onLine: (service, line) => {
      const kept = lines.get(service) ?? []
      kept.push(line)
      if (kept.length > 200) kept.shift()
      lines.set(service, kept)
      if (isErrorLine(line)) errors.push(`[${service}] ${line}`)
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
    logs: (name) => [...(lines.get(name) ?? [])],
    errors: () => [...errors],
    close: async () => {
      await fleet.close()
      rmSync(scratch, { recursive: true, force: true })
    },
  }
}

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
