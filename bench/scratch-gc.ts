import { getHeapSpaceStatistics } from 'node:v8'
import { loadavg } from 'node:os'
import { benchRows } from './support/auth-stack-rows.js'
import { startServers } from './support/auth-stack-servers.js'
import { garbageUnderLoad } from './support/gc-load.js'
import { median, wrk } from './support/wrk.js'
const servers = await startServers('warn', undefined, { dbQuery: false })
const rows = (await benchRows(servers)).filter(([l]) => l.name === 'bare Fastify POST' || l.name === 'calculator + JWT')
for (const [load] of rows) await wrk(load, { durationS: 2, connections: 32 })
const res = new Map<string, any[]>()
for (let i = 0; i < 5; i++) for (const [load] of (i % 2 ? [...rows].reverse() : rows)) res.set(load.name, [...(res.get(load.name) ?? []), await garbageUnderLoad(load, { durationS: 2, connections: 32 })])
const ns = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!
console.log(`flags ${process.execArgv.filter((a) => a.includes('semi')).join(' ') || 'none'}; load ${loadavg()[0]!.toFixed(1)}; new space size ${(ns.space_size / 1e6).toFixed(1)} MB; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`)
const [b, j] = [...res.values()]
for (const [name, r] of res) console.log(name.padEnd(20), 'bytes/req', median(r.map((x) => x.bytesPerRequest)).toFixed(0), 'scav/1000', median(r.map((x) => x.scavengesPer1000)).toFixed(2), 'gc µs/req', median(r.map((x) => x.gcUsPerRequest)).toFixed(2), 'cpu µs/req', median(r.map((x) => x.cpuUsPerRequest)).toFixed(1))
console.log('cpu ratio per round', b!.map((x: any, i: number) => (x.cpuUsPerRequest / j![i].cpuUsPerRequest).toFixed(3)).join(' '), 'median', median(b!.map((x: any, i: number) => x.cpuUsPerRequest / j![i].cpuUsPerRequest)).toFixed(3))
await servers.close()
process.exit(0)
