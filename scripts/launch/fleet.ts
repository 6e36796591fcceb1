import { existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { AgentsFile, FLEET, loadYamlFiles, type FleetService } from '@heist/shared'
import { ensureEnvFile } from '../init-env.mjs'
import { ServiceProcess } from './child.js'
import { secretNames, serviceEnv, type EnvContext } from './env.js'
import { startWaves } from './graph.js'
import { freePorts } from './ports.js'

export interface LaunchOptions {
  /** Repository root: services run from here. */
  root: string
  only?: string[]
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
  /** Notes for the user: skipped services, secrets added, unexpected exits. */
  onNote?: (note: string) => void
}

export interface RunningFleet {
  urls: Record<string, string>
  /** Secrets and the operator token, by env var name. */
  env: Record<string, string>
  started: string[]
  skipped: string[]
  /** Start a stopped service again (same port) and wait until it is healthy. */
  start(name: string): Promise<void>
  /** Stop one service (SIGTERM, then SIGKILL after the grace period). */
  stop(name: string): Promise<void>
  /** Kill one service with SIGKILL, as a crash would (tests of what survives a crash). */
  kill(name: string): Promise<void>
  /** Stop everything in reverse start order. */
  close(): Promise<void>
}

/** A start failure, with the failing service's last lines of output. */
export class LaunchError extends Error {
  constructor(readonly service: string, message: string, readonly lastLines: string[]) {
    super(`${message}\n--- last lines of ${service} ---\n${lastLines.join('\n') || '(no output)'}`)
  }
}

function entryOf(root: string, name: string): string {
  return join(root, 'services', name, 'src', 'main.ts')
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

/** Agent names of `config/agents.yaml`: each is an OAuth client with its own secret. */
export function readAgentNames(configDir: string): string[] {
  return loadYamlFiles(AgentsFile, [join(configDir, 'agents.yaml')]).agents.map((a) => a.name)
}

interface Plan {
  ctx: EnvContext
  urls: Record<string, string>
  waves: FleetService[][]
  skipped: string[]
  secrets: Record<string, string>
}

/** Everything decided before a process starts: secrets, ports, URLs, env context, start waves. */
async function plan(options: LaunchOptions, note: (text: string) => void): Promise<Plan> {
  const configDir = join(options.root, 'config')
  const agents = readAgentNames(configDir)
  const { values, added } = ensureEnvFile(options.envFile, secretNames(agents))
  if (added.length) note(`${options.envFile}: new secret for ${added.join(', ')}`)
  mkdirSync(options.dataDir, { recursive: true })
  const outer = options.outer ?? {}
  const ports = await allocatePorts(options.autoPorts ?? false)
  const urls = Object.fromEntries(FLEET.map((s) => [s.name, `http://127.0.0.1:${ports[s.name]}`]))
  const ctx: EnvContext = { urls, ports, dataDir: options.dataDir, configDir, agents, fileValues: values, outer, extra: options.extra }
  const waves = startWaves(FLEET, options.only)
  const skipped = waves.flat().filter((s) => !existsSync(entryOf(options.root, s.name))).map((s) => s.name)
  if (skipped.length) note(`not written yet, skipped: ${skipped.join(', ')}`)
  const secrets = Object.fromEntries(secretNames(agents).map((name) => [name, outer[name] || values[name] || '']))
  return { ctx, urls, waves, skipped, secrets }
}

/** The running processes, in start order; stops them in reverse. */
class Processes {
  readonly order: string[] = []
  private readonly byName = new Map<string, ServiceProcess>()
  private readonly stopping = new Set<string>()
  private closing = false

  constructor(private readonly options: LaunchOptions, private readonly plan: Plan, private readonly note: (text: string) => void) {}

  has(name: string): boolean {
    return this.byName.has(name)
  }

  async launch(service: FleetService): Promise<void> {
    const proc = this.byName.get(service.name) ?? new ServiceProcess({
      name: service.name,
      root: this.options.root,
      entry: entryOf(this.options.root, service.name),
      env: serviceEnv(service, this.plan.ctx),
      onLine: (line) => this.options.onLine?.(service.name, line),
      onExit: (code) => {
        if (!this.closing && !this.stopping.has(service.name)) this.note(`${service.name} exited unexpectedly (code ${code ?? '?'})`)
      },
    })
    this.byName.set(service.name, proc)
    if (!this.order.includes(service.name)) this.order.push(service.name)
    proc.start()
    try {
      await proc.waitHealthy(this.plan.urls[service.name] ?? '', this.options.healthTimeoutMs ?? 60_000)
    } catch (error) {
      throw new LaunchError(service.name, (error as Error).message, [...proc.recent])
    }
  }

  async stop(name: string, hard = false): Promise<void> {
    this.stopping.add(name)
    const proc = this.byName.get(name)
    await (hard ? proc?.kill() : proc?.stop(this.options.graceMs ?? 5_000))
    this.stopping.delete(name)
  }

  async close(): Promise<void> {
    this.closing = true
    for (const name of [...this.order].reverse()) await this.stop(name)
  }
}

/**
 * Start the fleet (or `only` some services and what they depend on) as local processes, wave by
 * wave in dependency order, each one healthy before its dependents start.
 */
export async function launchFleet(options: LaunchOptions): Promise<RunningFleet> {
  const note = options.onNote ?? (() => {})
  const fleetPlan = await plan(options, note)
  const processes = new Processes(options, fleetPlan, note)
  try {
    for (const wave of fleetPlan.waves) {
      const present = wave.filter((s) => !fleetPlan.skipped.includes(s.name))
      if (options.autoPorts !== true) for (const s of present) await assertPortFree(s.name, s.port)
      await Promise.all(present.map((s) => processes.launch(s)))
    }
  } catch (error) {
    await processes.close()
    throw error
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
    skipped: fleetPlan.skipped,
    start: (name) => processes.launch(known(name)),
    stop: (name) => processes.stop(known(name).name),
    kill: (name) => processes.stop(known(name).name, true),
    close: () => processes.close(),
  }
}
