/**
 * Where a row's garbage comes from: V8's sampling heap profiler (objects collected by young- and
 * old-generation collections included) while wrk loads one row of bench/auth-stack.ts, bytes per
 * request by allocating function, the rows side by side. Bytes do not move with the machine's
 * load, so this works on a busy machine too.
 *
 *   node --conditions=heist-source --import tsx bench/support/alloc-profile.ts [--only JWT] [--duration 3] [--top 40]
 */
import { Session } from 'node:inspector/promises'
import { benchRows } from './auth-stack-rows.js'
import { numberOption, textOption } from './options.js'
import { startServers } from './auth-stack-servers.js'
import { wrk, type HttpLoad } from './wrk.js'

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number }
  selfSize: number
  children: Node[]
}

const only = (textOption('only') ?? 'JWT').split(',')
const durationS = numberOption('duration', 3)
const top = numberOption('top', 40, { whole: true })

const servers = await startServers('warn', undefined, { dbQuery: false })
const rows = (await benchRows(servers)).filter(([l], i) => i === 0 || only.some((o) => l.name.includes(o))).map(([l]) => l)
for (const load of rows) await wrk(load, { durationS: 1, connections: 32 })
const session = new Session()
session.connect()

/** Bytes per request by "function file:line", for one row. */
async function profile(load: HttpLoad): Promise<Map<string, number>> {
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
  const figures = await wrk(load, { durationS, connections: 32 })
  const { profile: result } = await session.post('HeapProfiler.stopSampling')
  const requests = figures.rps * durationS
  const bytes = new Map<string, number>()
  const walk = (node: Node) => {
    const f = node.callFrame
    const where = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/\/work\/[^/]+\//, '')}:${f.lineNumber + 1}`
    if (node.selfSize > 0) bytes.set(where, (bytes.get(where) ?? 0) + node.selfSize / requests)
    for (const child of node.children) walk(child)
  }
  walk(result.head as unknown as Node)
  return bytes
}

const results = new Map<string, Map<string, number>>()
for (const load of rows) results.set(load.name, await profile(load))
await servers.close()
const names = rows.map((l) => l.name)
const keys = new Set(names.flatMap((n) => [...results.get(n)!.keys()]))
const total = (n: string) => [...results.get(n)!.values()].reduce((a, b) => a + b, 0)
console.log(`sampled bytes per request (interval 256 B, ${durationS} s of wrk per row)`)
console.log(['total'.padEnd(70), ...names.map((n) => total(n).toFixed(0).padStart(10))].join(' '), '   ', names.join(' | '))
const last = names[names.length - 1]!
const sorted = [...keys].sort((a, b) => (results.get(last)!.get(b) ?? 0) - (results.get(last)!.get(a) ?? 0)).slice(0, top)
for (const key of sorted) console.log([key.slice(0, 70).padEnd(70), ...names.map((n) => (results.get(n)!.get(key) ?? 0).toFixed(0).padStart(10))].join(' '))
process.exit(0)
