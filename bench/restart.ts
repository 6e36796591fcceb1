/**
 * How fast the launcher heals a crash (issue 12: "kill -9 each other service → back within 10 s"):
 * the whole fleet on free ports with a scratch data directory, then each service killed with
 * SIGKILL from outside, one at a time, as a crash would. Per service it prints:
 *   respawn  kill → the launcher's new process exists (its exit noticed + the backoff)
 *   back     kill → the new process answers GET /health 200
 *   cpu      CPU seconds the new process used until then (user + sys, /proc/<pid>/stat)
 *   wait     back / cpu: how much of the time went to waiting for a core (near 1 on an idle machine)
 * and the load average, since on a shared machine wall time says as much about the neighbours.
 *
 * Services run as `pnpm start` runs them (bundles, rebuilt first when a source changed).
 *
 *   node --conditions=heist-source --import tsx bench/restart.ts [--rounds 2] [--only a,b]
 */
import { loadavg } from 'node:os'
import { FLEET } from '@heist/shared/fleet'
import { startFleet } from '../test/support/fleet.js'
import { numberOption, textOption } from './support/options.js'
import { procCpuS } from './support/proc-cpu.js'
import { median } from './support/wrk.js'

const ROUNDS = numberOption('rounds', 2, { whole: true })
const ONLY = textOption('only')?.split(',') ?? FLEET.map((s) => s.name)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const load = () => loadavg()[0]?.toFixed(1) ?? '?'

const fleet = await startFleet()
const rows: Record<string, { respawn: number[]; back: number[]; cpu: number[] }> = {}
try {
  console.log(`fleet up (load ${load()}); ${ROUNDS} round(s) of kill -9 per service`)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of ONLY) {
      const pid = fleet.pid(name)
      if (pid === undefined) throw new Error(`${name} is not running`)
      const killed = performance.now()
      process.kill(pid, 'SIGKILL')
      let respawn = Number.NaN
      let next: number | undefined
      for (;;) {
        next = fleet.pid(name)
        if (next !== undefined && next !== pid) {
          if (Number.isNaN(respawn)) respawn = (performance.now() - killed) / 1000
          const ok = await fetch(`${fleet.urls[name]}/health`, { signal: AbortSignal.timeout(1000) }).then((r) => r.status === 200, () => false)
          if (ok) break
        }
        if (performance.now() - killed > 60_000) throw new Error(`${name} not back within 60 s`)
        await sleep(20)
      }
      const back = (performance.now() - killed) / 1000
      const cpu = procCpuS(next)
      const row = (rows[name] ??= { respawn: [], back: [], cpu: [] })
      row.respawn.push(respawn)
      row.back.push(back)
      row.cpu.push(cpu)
      console.log(`  round ${round} ${name.padEnd(12)} respawn ${respawn.toFixed(2)} s  back ${back.toFixed(2)} s  cpu ${cpu.toFixed(2)} s  wait ${(back / cpu).toFixed(1)}×  (load ${load()})`)
      // Let its registrations and reconnections settle before the next crash.
      await sleep(1_000)
    }
  }
  console.log('\n| service | respawn s | back s (min–max) | cpu s |')
  for (const [name, row] of Object.entries(rows)) {
    console.log(`| ${name} | ${median(row.respawn).toFixed(2)} | ${Math.min(...row.back).toFixed(1)}–${Math.max(...row.back).toFixed(1)} | ${median(row.cpu).toFixed(2)} |`)
  }
} finally {
  await fleet.close()
}
