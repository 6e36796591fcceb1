import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { loadYamlFiles } from '@heist/shared/config'
import { AgentsFile } from '@heist/shared/contracts/config-files'
import { FLEET, type FleetService } from '@heist/shared/fleet'
import { ensureEnvFile, parseEnvText } from '../init-env.mjs'
import { ensureServiceBundles } from './bundle.mjs'
import { prepareLaunch, serviceEntry, type LaunchFrom } from './entry.js'
import { secretNames, type EnvContext } from './env.js'
import { DEFAULT_HEAL, LaunchError, Processes, type HealPolicy } from './processes.js'

export { DEFAULT_HEAL, LaunchError, type HealPolicy }
import { startWaves } from './graph.js'
import { freePort, freePorts } from './ports.js'
import { httpGet } from './http-get.js'

export interface LaunchOptions {
  /** Repository root: services run from here. */
  root: string
  /** The configuration folder (agents.yaml, heist.yaml, profiles/); `<root>/config` by default. */
  configDir?: string
  only?: string[]
  /**
   * Start `only` and nothing else, not the services they depend on: for tests that use part of a
   * service's dependencies (the orchestrator's link to the dashboard, without the tools and the
   * model a session needs). Each service still waits for those of its dependencies that run.
   */
  exactly?: boolean
  dataDir: string
  /** The env file holding secrets; created or completed before anything starts. */
  envFile: string
  /** Free ports on 127.0.0.1 instead of the fleet's fixed ones. */
  autoPorts?: boolean
  /** The launcher's environment (LLM settings, LOG_LEVEL…); wins over the env file. */
  outer?: Record<string, string | undefined>
  /** Given to every service. */
  extra?: Record<string, string>
  healthTimeoutMs?: number
  graceMs?: number
  /** Every line a service writes, as it arrives. */
  onLine?: (service: string, line: string) => void
  /** Notes for the user: secrets added, unexpected exits, restarts. */
  onNote?: (note: string) => void
  /** Stops the start-up (and everything started so far) when it aborts. */
  signal?: AbortSignal
  /** Restart a service that exits unexpectedly (default true), with backoff and a cap. */
  heal?: HealPolicy
  /** One bundle per service, compiled `dist/` or sources through tsx; `auto` (default): bundles, rebuilt when stale. */
  from?: LaunchFrom
}


export interface RunningFleet {
  urls: Record<string, string>
  /** Secrets and the operator token, by env var name. */
  env: Record<string, string>
  started: string[]
  /** The agents of agents.yaml at start: their secrets and scopes are what oauth and the orchestrator were given. */
  agents: readonly LaunchedAgent[]
  /** Start a stopped service again (same port) and wait until it is healthy. */
  start(name: string): Promise<void>
  /** Stop one service (SIGTERM, then SIGKILL after the grace period). */
  stop(name: string): Promise<void>
  /** Kill one service with SIGKILL, as a crash would (tests of what survives a crash); it is not restarted. */
  kill(name: string): Promise<void>
  /** Stop one service and start it again, the others untouched (`pnpm start --restart <name>`). */
  restart(name: string): Promise<void>
  /** The process id of a running service (fault tests kill it from outside, as a crash would). */
  pid(name: string): number | undefined
  /** Stop everything in reverse start order. */
  close(): Promise<void>
}

async function assertPortFree(name: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer()
    server.once('error', () => reject(new Error(`port ${port} for ${name} is already in use (is another fleet running? try --ports auto)`)))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()))
  })
}

async function allocatePorts(autoPorts: boolean): Promise<Record<string, number>> {
  if (!autoPorts) return Object.fromEntries(FLEET.map((s) => [s.name, s.port]))
  const ports = await freePorts(FLEET.length)
  return Object.fromEntries(FLEET.map((s, i) => [s.name, ports[i] ?? 0]))
}

/** An agent as oauth read it at start: an OAuth client with its own secret and scopes. */
export interface LaunchedAgent {
  name: string
  scopes: readonly string[]
}

/** The agents of `config/agents.yaml` (the file oauth reads): name and scopes. */
export function readAgents(configDir: string): LaunchedAgent[] {
  return loadYamlFiles(AgentsFile, [join(configDir, 'agents.yaml')]).agents.map(({ name, scopes }) => ({ name, scopes }))
}

/** Agent names of `config/agents.yaml`: each is an OAuth client with its own secret. */
export function readAgentNames(configDir: string): string[] {
  return readAgents(configDir).map((a) => a.name)
}

interface Plan {
  team: LaunchedAgent[]
  ctx: EnvContext
  urls: Record<string, string>
  waves: FleetService[][]
  secrets: Record<string, string>
}

/** Everything decided before a process starts: secrets, ports, URLs, env context, start waves. */
async function plan(options: LaunchOptions, note: (text: string) => void): Promise<Plan> {
  const configDir = options.configDir ?? join(options.root, 'config')
  const team = readAgents(configDir)
  const agents = team.map((a) => a.name)
  const { values, added } = ensureEnvFile(options.envFile, secretNames(agents))
  if (added.length) note(`${options.envFile}: new secret for ${added.join(', ')}`)
  mkdirSync(options.dataDir, { recursive: true })
  const outer = options.outer ?? {}
  const ports = await allocatePorts(options.autoPorts ?? false)
  const urls = Object.fromEntries(FLEET.map((s) => [s.name, `http://127.0.0.1:${ports[s.name]}`]))
  const ctx: EnvContext = { urls, ports, dataDir: options.dataDir, configDir, agents, fileValues: values, outer, extra: options.extra }
  const waves = startWaves(FLEET, options.only, options.exactly)
  const secrets = Object.fromEntries(secretNames(agents).map((name) => [name, outer[name] || values[name] || '']))
  return { team, ctx, urls, waves, secrets }
}

/**
 * Start the fleet (or `only` some services and what they depend on, or `exactly` those) as local processes, all at
 * once, each one listening only after the services it depends on are healthy.
 */
export async function launchFleet(options: LaunchOptions): Promise<RunningFleet> {
  const note = options.onNote ?? (() => {})
  const fleetPlan = await plan(options, note)
  const names = fleetPlan.waves.flat().map((s) => s.name)
  const launch = await prepareLaunch(options.root, options.from ?? 'auto', names)
  note(launch.reason)
  const services = fleetPlan.waves.flat()
  if (options.autoPorts !== true) for (const s of services) await assertPortFree(s.name, s.port)
  let processes: Processes
  for (let attempt = 1; ; attempt++) {
    processes = new Processes({
      root: options.root, entryOf: (name) => serviceEntry(options.root, name, launch.from), from: launch.from, ctx: fleetPlan.ctx, urls: fleetPlan.urls,
      healthTimeoutMs: options.healthTimeoutMs ?? 60_000, graceMs: options.graceMs ?? 5_000, heal: options.heal ?? DEFAULT_HEAL, onLine: options.onLine, note,
      ...(options.autoPorts === true ? { onPortTaken: (service: FleetService) => moveAndRestart(service.name) } : {}),
    })
    try {
      await startAll(processes, services, options, fleetPlan.urls, note)
      break
    } catch (error) {
      await processes.close()
      if (options.signal?.aborted) throw new LaunchAborted()
      const taken = options.autoPorts === true && attempt < MAX_PORT_ATTEMPTS ? portTakenBy(error) : null
      if (!taken) throw error
      await repickPort(taken, fleetPlan, note, 'between its choice and its bind')
    }
  }
  /** A service's automatic port taken while it was down: as at start, another port and the whole fleet again. */
  async function moveAndRestart(name: string): Promise<void> {
    await repickPort(name, fleetPlan, note, 'while it was down')
    await processes.stopAll()
    try {
      await startAll(processes, services, options, fleetPlan.urls, note)
    } catch (error) {
      note(`the fleet did not come back after ${name}'s port moved: ${(error as Error).message.split('\n')[0]}`)
      throw error
    }
    note(`the fleet is back, ${name} at ${fleetPlan.urls[name]}`)
  }
  const known = (name: string) => {
    const service = FLEET.find((s) => s.name === name)
    if (!service || !processes.has(name)) throw new Error(`service "${name}" is not part of this fleet`)
    return service
  }
  return {
    urls: fleetPlan.urls,
    env: fleetPlan.secrets,
    started: [...processes.order],
    agents: fleetPlan.team,
    start: (name) => processes.launch(known(name)),
    stop: (name) => processes.stop(known(name).name),
    kill: (name) => processes.stop(known(name).name, true),
    restart: async (name) => {
      const service = known(name)
      // A restart by hand runs the sources as they are now, as a start does (it ran the bundle made at
      // start, so an edit then `--restart` ran stale code). Bundled before the stop: a source that
      // does not compile is refused and the service keeps running.
      const settings = currentEnvFile(options.envFile, Object.keys(fleetPlan.secrets), fleetPlan.ctx.fileValues)
      if (launch.from === 'bundle' && (await ensureServiceBundles(options.root, [name])).length > 0) note(`bundled ${name} again (a source changed)`)
      // Its settings as `.env` says now (a changed HEIST_TOKEN_TTL_S was silently kept at its value of the start).
      for (const key of Object.keys(fleetPlan.ctx.fileValues)) delete fleetPlan.ctx.fileValues[key]
      Object.assign(fleetPlan.ctx.fileValues, settings)
      await processes.restart(service)
    },
    pid: (name) => processes.pid(known(name).name),
    close: () => processes.close(),
  }
}

/**
 * `.env` as it is now, for a restart by hand. A secret that changed is refused: every service got
 * its secrets at the start, and one service with a new secret could no longer talk to the others.
 */
function currentEnvFile(envFile: string, secretNames: readonly string[], atStart: Readonly<Record<string, string>>): Record<string, string> {
  const values = existsSync(envFile) ? parseEnvText(readFileSync(envFile, 'utf8')) : {}
  const changed = secretNames.filter((name) => values[name] !== atStart[name])
  if (changed.length > 0) throw new Error(`${changed.join(', ')} in ${envFile} changed since the start (secrets are handed out at start): stop and pnpm start again`)
  return values
}

/** Start-ups tried before a port clash is reported; each clash needs another fleet to draw the same port. */
const MAX_PORT_ATTEMPTS = 4

/** Every process starts now, each listening once its own dependencies answer /health. */
async function startAll(processes: Processes, services: FleetService[], options: LaunchOptions, urls: Record<string, string>, note: (text: string) => void): Promise<void> {
  // A stop during start-up stops what is already running (and what is being spawned) at once.
  const abort = () => void processes.close()
  options.signal?.addEventListener('abort', abort, { once: true })
  try {
    // Loading code and building apps (most of the start-up CPU) overlap instead of leaving a core
    // idle while a wave waits for its slowest member (dependencies come first in `services`).
    const healthy = new Map<string, Promise<void>>()
    for (const s of services) {
      if (options.signal?.aborted) break
      healthy.set(s.name, processes.launch(s, Promise.all(s.dependsOn.flatMap((d) => healthy.get(d) ?? []))))
    }
    await Promise.all(healthy.values())
    if (options.signal?.aborted) throw new LaunchAborted()
    if (processes.has('dashboard') && processes.has('orchestrator')) await waitForOrchestratorLink(urls.dashboard ?? '', options.healthTimeoutMs ?? 60_000, note, options.signal)
  } finally {
    options.signal?.removeEventListener('abort', abort)
  }
}

/** The service whose automatic port something else bound between its choice and the service's listen, or null. */
function portTakenBy(error: unknown): string | null {
  return error instanceof LaunchError && error.portTaken ? error.service : null
}

/**
 * Another port for `service`, and the whole fleet starts again. Not that service alone: every
 * process is given every service's URL (oauth accepts token audiences and tool URLs by them, the
 * orchestrator calls the tools there), so the processes already started carry the old one.
 * Rare (another fleet, or any program, must take that very port in that second), so its cost, one
 * more start-up, is paid seldom; giving up instead failed a whole test file.
 */
async function repickPort(service: string, fleetPlan: Plan, note: (text: string) => void, when: string): Promise<void> {
  const { ports, urls } = fleetPlan.ctx
  const old = ports[service]
  let port = await freePort()
  while (Object.values(ports).includes(port)) port = await freePort()
  ports[service] = port
  urls[service] = `http://127.0.0.1:${port}`
  note(`${service}: port ${old} was taken ${when} (EADDRINUSE); starting the fleet again with port ${port} for it`)
}

/** The start-up was stopped (Ctrl-C, SIGTERM) before the fleet was up; everything started is stopped. */
export class LaunchAborted extends Error {
  constructor() {
    super('start-up stopped before the fleet was up; every service started so far was stopped')
  }
}

/**
 * "Up" means usable: the dashboard's commands (start a heist from the page) go over the
 * orchestrator's link, which it opens once both are healthy. Without this wait, a start right
 * after the launcher said "up" was a 503 ORCHESTRATOR_NOT_CONNECTED for up to a second or two.
 * A link that does not come up is reported, not fatal: the services themselves are healthy.
 */
async function waitForOrchestratorLink(dashboardUrl: string, timeoutMs: number, note: (line: string) => void, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && signal?.aborted !== true) {
    const reply = await httpGet(`${dashboardUrl}/api/analytics/overview`, 1_000)
    if (reply?.status === 200 && linkedIn(reply.body)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (signal?.aborted !== true) note(`the orchestrator has not linked to the dashboard after ${Math.round(timeoutMs / 1000)} s: the page's commands will fail until it does`)
}

/** Whether the dashboard's overview says the orchestrator is linked; a body that is not JSON says no. */
function linkedIn(body: string): boolean {
  try {
    return (JSON.parse(body) as { orchestrator_connected?: unknown }).orchestrator_connected === true
  } catch {
    return false
  }
}
