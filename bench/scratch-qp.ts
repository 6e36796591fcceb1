import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { benchRows } from './support/auth-stack-rows.js'
import { startServers } from './support/auth-stack-servers.js'
import { wrk } from './support/wrk.js'
const servers = await startServers('warn', undefined)
const rows = await benchRows(servers)
const [db] = rows.find(([l]) => l.name.startsWith('query_db'))!
function kids() {
  const out: { pid: string; u: number; s: number; vcs: number; nvcs: number }[] = []
  for (const t of readdirSync('/proc/self/task')) for (const pid of readFileSync(`/proc/self/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('query-child')) continue
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
    const st = readFileSync(`/proc/${pid}/status`, 'utf8')
    out.push({ pid, u: Number(f[11]), s: Number(f[12]), vcs: Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(st)![1]), nvcs: Number(/nonvoluntary_ctxt_switches:\s+(\d+)/.exec(st)![1]) })
  }
  return out
}
function self() { const st = readFileSync('/proc/self/status', 'utf8'); return { vcs: Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(st)![1]) } }
await wrk(db, { durationS: 1, connections: 5 })
for (let i = 0; i < 3; i++) {
  const k0 = kids(); const c0 = process.cpuUsage(); const s0 = self()
  const f = await wrk(db, { durationS: 2, connections: 5 })
  const k1 = kids(); const c1 = process.cpuUsage(); const s1 = self()
  const n = f.rps * 2
  const ku = k1.reduce((a, k) => a + k.u, 0) - k0.reduce((a, k) => a + k.u, 0)
  const ks = k1.reduce((a, k) => a + k.s, 0) - k0.reduce((a, k) => a + k.s, 0)
  const kv = k1.reduce((a, k) => a + k.vcs, 0) - k0.reduce((a, k) => a + k.vcs, 0)
  console.log(`load ${loadavg()[0]!.toFixed(1)} rps ${f.rps.toFixed(0)}: service user ${((c1.user - c0.user) / n).toFixed(1)} sys ${((c1.system - c0.system) / n).toFixed(1)} µs/q (main-thread vol cs/q ${((s1.vcs - s0.vcs) / n).toFixed(2)}); children user ${(ku * 1e4 / n).toFixed(1)} sys ${(ks * 1e4 / n).toFixed(1)} µs/q, voluntary cs/q ${(kv / n).toFixed(2)}`)
}
await servers.close()
process.exit(0)
