import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** A live process started for a fleet, found by its environment. */
export interface FleetProcess {
  pid: number
  port: number | null
}

/**
 * Every live process whose environment has `HEIST_DATA_DIR=<dataDir>`: the services of one
 * fleet, wherever they sit in the process tree (they run in their own process groups, and an
 * orphan is re-parented). Linux /proc only.
 */
export function fleetProcesses(dataDir: string): FleetProcess[] {
  const found: FleetProcess[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let environ: string[]
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0')
    } catch {
      continue // gone meanwhile, or not ours to read
    }
    if (!environ.includes(`HEIST_DATA_DIR=${dataDir}`)) continue
    const port = environ.find((v) => v.startsWith('PORT='))?.slice(5)
    found.push({ pid: Number(entry), port: port ? Number(port) : null })
  }
  return found
}

/** True when nothing listens on `port` of 127.0.0.1 (we can bind it ourselves). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}
