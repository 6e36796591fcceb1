import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'

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
 * Start one service from source the way the launcher does, on port 0 of 127.0.0.1, with a
 * clean environment (only PATH and HOME from the caller's) plus `env`. Resolves when it
 * logs its listening address; rejects with {@link ServiceExited} if it stops before that.
 * `track` gets the child at once, so a test can kill it even if it never listens.
 */
export function spawnService(service: string, env: Record<string, string>, track?: (child: ChildProcess) => void): Promise<RunningService> {
  const child = spawn(process.execPath, ['--conditions=heist-source', '--import', 'tsx', `services/${service}/src/main.ts`], {
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
