import { inject } from 'vitest'
import { fleetLogReader, type FleetLogReader } from './fleet-log.js'

/** What the shared fleet's set-up hands to test files (serialisable: they run in workers). */
export interface SharedFleetInfo {
  urls: Record<string, string>
  /** Secrets and the operator token, by env var name. */
  env: Record<string, string>
  started: string[]
  dataDir: string
  logDir: string
}

export type SharedFleet = Omit<SharedFleetInfo, 'logDir'> & FleetLogReader

/**
 * The whole fleet shared by the `fleet` project's files (started by shared-fleet-setup.ts).
 * Call it at the top of a test file: its `errors()` and `logs()` see only what services wrote
 * from then on, so a file answers for its own errors (the project runs its files one at a time).
 * Sessions need ids of their own in each file: the fleet keeps every other file's.
 */
export function sharedFleet(): SharedFleet {
  const info = inject('sharedFleet')
  if (!info) throw new Error('no shared fleet: this file must be in the `fleet` project (vitest.config.ts)')
  const { logDir, ...rest } = info
  return { ...rest, ...fleetLogReader(logDir) }
}
