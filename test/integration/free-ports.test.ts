/**
 * The fleets' automatic ports (`--ports auto`, every test fleet) come from below the OS's range for
 * outgoing connections' local ports: a port from that range may be taken by any client socket between
 * being chosen and being bound, which killed a test fleet's orchestrator with EADDRINUSE (2026-12-04).
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { freePort, freePorts } from '../../scripts/launch/ports.js'

const ephemeralStart = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0])
const bind = (port: number) => new Promise<void>((resolve, reject) => {
  const server = createServer()
  server.once('error', reject)
  server.listen(port, '127.0.0.1', () => server.close(() => resolve()))
})

describe('free ports for a fleet', () => {
  it('are distinct, bindable, above the fixed ports and below the ephemeral range', async () => {
    const ports = await freePorts(30)
    expect(new Set(ports).size).toBe(30)
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(10000)
      expect(port).toBeLessThan(ephemeralStart)
      await bind(port)
    }
  })

  it('never hands out a port fetch refuses to connect to (10080, a "bad port")', async () => {
    const cause = await fetch('http://127.0.0.1:10080/').then(() => null, (e: unknown) => (e as Error & { cause?: Error }).cause?.message)
    expect(cause).toBe('bad port')
    // The first draw lands on 10080, the next on 10081 (or any other free port after it).
    const draws = [(10080 - 10000 + 0.5) / (ephemeralStart - 10000), (10081 - 10000 + 0.5) / (ephemeralStart - 10000), 0.5, 0.25]
    let next = 0
    const port = await freePort(() => draws[Math.min(next++, draws.length - 1)]!)
    expect(port).not.toBe(10080)
    expect(next).toBeGreaterThan(1)
  })
})
