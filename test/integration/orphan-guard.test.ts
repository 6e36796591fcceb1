import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

// The launcher killed with -9: every service it started must end by itself. It also held their
// stdout, so what a service logs while it closes fails with EPIPE.
const ORPHAN_GUARD = fileURLToPath(new URL('../../scripts/launch/orphan-guard.mjs', import.meta.url))
const SHARED = fileURLToPath(new URL('../../shared/package.json', import.meta.url))

/** A service stand-in: logs with pino to stdout as the services do, and runs `onSigterm` on SIGTERM. */
function serviceCode(onSigterm: string): string {
  return `
    import { createRequire } from 'node:module'
    const log = createRequire(${JSON.stringify(SHARED)})('pino')({ name: 'probe' })
    process.on('SIGTERM', () => { ${onSigterm} })
    log.info('listening')
    setInterval(() => {}, 1000)`
}

/** Start it under the orphan guard, then close every pipe as a dying launcher does; ms until it exited. */
async function orphanAndTimeExit(onSigterm: string): Promise<{ ms: number; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', ORPHAN_GUARD, '--input-type=module', '-e', serviceCode(onSigterm)], { stdio: ['pipe', 'pipe', 'pipe'] })
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  await once(child.stdout, 'data')
  child.stdout.destroy()
  child.stderr.destroy()
  child.stdin.destroy()
  const started = Date.now()
  const deadline = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const [, signal] = await exited
  clearTimeout(deadline)
  return { ms: Date.now() - started, signal }
}

describe('orphan guard (the launcher is gone)', () => {
  test('a service that logs several lines and exits while closing still ends: killed at the 5 s deadline, not stuck retrying its log forever', async () => {
    // pino's exit handler retries a line that failed with EPIPE in a synchronous loop: this process never exits by itself.
    const { ms, signal } = await orphanAndTimeExit("log.info('shutting down'); log.info('tool removed'); log.info('closed'); process.exit(0)")
    expect(signal).toBe('SIGKILL')
    expect(ms).toBeGreaterThanOrEqual(4_500)
    expect(ms).toBeLessThan(15_000)
  })

  test('a service that closes cleanly exits at once, without waiting for the deadline', async () => {
    const { ms, signal } = await orphanAndTimeExit('setTimeout(() => process.exit(0), 50)')
    expect(signal).toBeNull()
    expect(ms).toBeLessThan(4_500)
  })
})
