import { afterAll, inject } from 'vitest'
import { fleetLogReader, type FleetLogReader } from './fleet-log.js'

/** What the shared fleet's set-up hands to test files (serialisable: they run in workers). */
export interface SharedFleetInfo {
  urls: Record<string, string>
  /** Secrets and the operator token, by env var name. */
  env: Record<string, string>
  started: string[]
  dataDir: string
  logDir: string
  /** The fleet process's control port (shared-fleet-main.ts): stop, start and kill a service, read its pid. */
  control: string
}

export type SharedFleet = Omit<SharedFleetInfo, 'logDir' | 'control'> & FleetLogReader & {
  /** Stop one service (SIGTERM, then SIGKILL after the grace period), as `RunningFleet.stop`. */
  stop(name: string): Promise<void>
  /** Start a stopped service again (same port) and wait until it is healthy. */
  start(name: string): Promise<void>
  /** Kill one service with SIGKILL, as `RunningFleet.kill`: the launcher does not restart it. */
  kill(name: string): Promise<void>
  /** The process id of a running service, as `RunningFleet.pid` (a crash from outside is a SIGKILL to it: healed). */
  pid(name: string): Promise<number | undefined>
}

/**
 * The whole fleet shared by the files of a project with shared-fleet-setup.ts (`fleet`, `faults`).
 * Call it at the top of a test file: its `errors()` and `logs()` see only what services wrote
 * from then on, so a file answers for its own errors (those projects run their files one at a time).
 * Sessions need ids of their own in each file: the fleet keeps every other file's. A file may stop,
 * kill and start services; whatever it stopped or killed is started again after it, pass or fail, so
 * the next file finds the whole fleet.
 */
export function sharedFleet(): SharedFleet {
  const info = inject('sharedFleet')
  if (!info) throw new Error('no shared fleet: this file must be in a project with shared-fleet-setup.ts (vitest.config.ts)')
  const { logDir, control, ...rest } = info
  const stopped = new Set<string>()
  const call = async (action: 'stop' | 'start' | 'kill', name: string) => {
    const response = await fetch(`${control}/${action}/${name}`, { method: 'POST' })
    if (response.status !== 204) throw new Error(`shared fleet: ${action} ${name}: HTTP ${response.status} ${await response.text()}`)
  }
  afterAll(async () => {
    for (const name of stopped) await call('start', name)
  })
  return {
    ...rest,
    ...fleetLogReader(logDir),
    stop: async (name) => {
      stopped.add(name)
      await call('stop', name)
    },
    start: async (name) => {
      await call('start', name)
      stopped.delete(name)
    },
    kill: async (name) => {
      stopped.add(name)
      await call('kill', name)
    },
    pid: async (name) => {
      const response = await fetch(`${control}/pid/${name}`)
      if (response.status !== 200) throw new Error(`shared fleet: pid of ${name}: HTTP ${response.status}`)
      return ((await response.json()) as { pid: number | null }).pid ?? undefined
    },
  }
}
