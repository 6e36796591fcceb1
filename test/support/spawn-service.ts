import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { TOOL_OWNERS, urlEnvName } from '@heist/shared'
import { serviceNodeArgs } from '../../scripts/launch/entry.js'
import { freePorts } from '../../scripts/launch/ports.js'

/** The repository root and its config folder, as integration tests see them. */
export const ROOT = resolve(import.meta.dirname, '../..')
export const CONFIG_DIR = join(ROOT, 'config')

/** A service process started on a free port. */
export interface RunningService {
  child: ChildProcess
  url: string
  /** Everything the process has printed so far. */
  output: () => string
}

/** Why a service process ended before it listened: its exit code and output. */
export class ServiceExited extends Error {
  constructor(readonly service: string, readonly code: number | null, readonly output: string) {
    super(`${service} exited with ${code}:\n${output}`)
  }
}


/**
 * Start one service the way the launcher does, on port 0 of 127.0.0.1, with a
 * clean environment (only PATH and HOME from the caller's) plus `env`. Resolves when it
 * logs its listening address; rejects with {@link ServiceExited} if it stops before that.
 * `track` gets the child at once, so a test can kill it even if it never listens.
 */
export async function spawnService(service: string, env: Record<string, string>, track?: (child: ChildProcess) => void): Promise<RunningService> {
  const child = spawn(process.execPath, await serviceNodeArgs(ROOT, service), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', HEIST_CONFIG_DIR: CONFIG_DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  track?.(child)
  let output = ''
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) resolvePromise({ child, url: match[1], output: () => output })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new ServiceExited(service, code, output)))
  })
}

/** Ports and URLs for services started by hand, agreed before any of them starts. */
export interface PlannedServices {
  /** Service name → `http://127.0.0.1:<port>`. */
  urls: Record<string, string>
  /**
   * The env one service gets, as the launcher would give it: every planned URL (oauth mints
   * tokens for them and checks tool origins against them), its own port, and for a tool
   * service its `HEIST_PUBLIC_URL`.
   */
  envFor(service: string): Record<string, string>
}

/** Free ports on 127.0.0.1 for `services`, and the env that names them. */
export async function planServices(services: readonly string[]): Promise<PlannedServices> {
  const ports = await freePorts(services.length)
  const urls = Object.fromEntries(services.map((s, i) => [s, `http://127.0.0.1:${ports[i] ?? 0}`]))
  const urlEnv = Object.fromEntries(services.map((s) => [urlEnvName(s), urls[s] ?? '']))
  const tools = new Set(Object.values(TOOL_OWNERS).map((t) => t.owner))
  return {
    urls,
    envFor: (service) => ({
      ...urlEnv,
      PORT: new URL(urls[service] ?? 'http://x:0').port,
      ...(tools.has(service) ? { HEIST_PUBLIC_URL: urls[service] ?? '' } : {}),
    }),
  }
}
