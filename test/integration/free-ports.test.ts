/**
 * The fleets' automatic ports (`--ports auto`, every test fleet) come from below the OS's range for
 * outgoing connections' local ports: a port from that range may be taken by any client socket between
 * being chosen and being bound, which killed a test fleet's orchestrator with EADDRINUSE (2026-12-04).
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { freePorts } from '../../scripts/launch/ports.js'

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
})
