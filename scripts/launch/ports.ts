import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/**
 * Where the OS takes the local ports of outgoing connections (Linux: ip_local_port_range). A port the
 * OS hands out with `listen(0)` comes from this range, so between choosing it and the service binding
 * it any client socket on the machine (another test's fetch, a fleet's own calls) may take it, and the
 * service dies with EADDRINUSE (a test fleet's orchestrator did, 2026-12-04). Ports are chosen below it.
 */
function ephemeralStart(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0])
    if (Number.isInteger(low) && low > FIRST + 1000) return low
  } catch {
    // not Linux: IANA's dynamic range
  }
  return 49152
}
/** Above the fleet's fixed ports (8001-8011) and the usual development servers. */
const FIRST = 10000

/**
 * Ports at or above FIRST that fetch (WHATWG "bad port", undici included) refuses to connect to: a
 * service given one is unreachable to every other service ("fetch failed: bad port"; a test fleet
 * drew 10080, 2026-12-04). Below FIRST the list is longer, but no port is chosen there.
 */
const FETCH_REFUSES = new Set([10080])

/** Whether `port` can be bound on 127.0.0.1 right now. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.unref()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** The port the OS picks for `listen(0)`: the fallback when no port below its ephemeral range is free. */
function osPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * A port that is free on 127.0.0.1 right now, outside the range client sockets take theirs from, and
 * one fetch connects to. `random` is Math.random but for tests.
 */
export async function freePort(random: () => number = Math.random): Promise<number> {
  const end = ephemeralStart()
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = FIRST + Math.floor(random() * (end - FIRST))
    if (!FETCH_REFUSES.has(port) && (await canListen(port))) return port
  }
  return osPort()
}

/** `count` distinct free ports. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>()
  while (ports.size < count) ports.add(await freePort())
  return [...ports]
}
