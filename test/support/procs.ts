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

/**
 * Every live process of process group `pgid` (zombies left out: they hold no port and are gone
 * once reaped). A command started with `detached: true` leads a group of its own that its children
 * join, orphans included. Linux /proc only.
 */
export function processGroup(pgid: number): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // gone meanwhile
    }
    // After the command's name, in parentheses that may hold anything: state, ppid, pgrp.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === pgid && state !== 'Z') found.push(Number(entry))
  }
  return found
}

/** SIGKILL every process of group `pgid` that is still there; whatever a failed test or bench left. */
export function endProcessGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL')
  } catch (error) {
    // ESRCH: the group is already empty, which is the good case.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** True when nothing listens on `port` of 127.0.0.1 (we can bind it ourselves). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}
