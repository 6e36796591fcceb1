// count process.nextTick calls and microtask-ish hops per request per row, in the server process
import { benchRows } from './support/auth-stack-rows.js'
import { startServers } from './support/auth-stack-servers.js'
import { wrk } from './support/wrk.js'
const servers = await startServers('warn', undefined, { dbQuery: false })
const rows = (await benchRows(servers)).filter(([l]) => !l.name.startsWith('query_db') && !l.name.startsWith('token'))
let ticks = 0
const callers = new Map<string, number>()
const orig = process.nextTick
const trace = process.argv.includes('--trace')
process.nextTick = function (this: unknown, ...args: unknown[]) {
  ticks++
  if (trace) {
    const s = new Error().stack!.split('\n').slice(2, 5).map((l) => l.trim()).join(' < ')
    callers.set(s, (callers.get(s) ?? 0) + 1)
  }
  return (orig as any).apply(process, args)
} as typeof process.nextTick
for (const [load] of rows) {
  await wrk(load, { durationS: 1, connections: 32 })
  ticks = 0; callers.clear()
  const f = await wrk(load, { durationS: 2, connections: 32 })
  const n = f.rps * 2
  console.log(load.name.padEnd(30), (ticks / n).toFixed(2), 'nextTick per request')
  if (trace) for (const [s, c] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log('   ', (c / n).toFixed(2), s.slice(0, 260))
}
await servers.close()
process.exit(0)
