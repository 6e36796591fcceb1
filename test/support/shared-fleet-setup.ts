import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { TestProject } from 'vitest/node'
import { fixtureBundle } from './fixture-bundle.js'
import type { SharedFleetInfo } from './shared-fleet.js'

declare module 'vitest' {
  export interface ProvidedContext {
    sharedFleet: SharedFleetInfo
    /** Given to every service of the project's shared fleet (its `provide` in vitest.config.ts); none by default. */
    sharedFleetEnv?: Record<string, string>
  }
}

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * globalSetup of the `fleet` and `faults` projects (vitest.config.ts): one whole fleet per project,
 * started once, for its files that run sessions on it; each file gets it with `sharedFleet()`.
 * Files that flood or reconfigure services, or need a fleet of their own, start their own with `startFleet`.
 *
 * The fleet runs in a process of its own (shared-fleet-main.ts) because vitest's main process
 * cannot load the workspace's sources (the `heist-source` condition applies in workers only);
 * that process runs from a bundle, as the launcher runs, not under tsx.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { main } = await fixtureBundle('shared-fleet', { main: join(ROOT, 'test/support/shared-fleet-main.ts') })
  const child = spawn(process.execPath, [main, JSON.stringify(project.getProvidedContext().sharedFleetEnv ?? {})], {
    cwd: ROOT, env: process.env, stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit')
  const firstLine = once(createInterface({ input: child.stdout }), 'line')
  const started = await Promise.race([firstLine, exited.then(([code]) => Promise.reject(new Error(`the shared fleet did not start (exit code ${String(code)}; its output is above)`)))])
  project.provide('sharedFleet', JSON.parse(String(started[0])) as SharedFleetInfo)
  return async () => {
    child.stdin.end()
    const [code] = child.exitCode === null ? await exited : [child.exitCode]
    if (code !== 0) {
      // vitest prints a teardown's error and still exits 0 (vitest 4.1): the exit code must say it.
      process.exitCode = 1
      throw new Error(`the shared fleet did not close cleanly (exit code ${String(code)})`)
    }
  }
}
