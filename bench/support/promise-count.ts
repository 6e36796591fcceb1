/**
 * Promises made and microtask turns per request, by row (issue 16: each `await` or `.then` is a
 * promise and a turn of the microtask queue): an `async_hooks` hook counts PROMISE inits (and the
 * other async resources: TickObject for `process.nextTick`, timers) in this process while wrk loads
 * one row at a time. The hook slows every row alike; only the counts are read.
 *
 *   node --conditions=heist-source --import tsx bench/support/promise-count.ts [--only JWT,MCP] [--duration 2]
 */
import { createHook } from 'node:async_hooks'
import { benchRows } from './auth-stack-rows.js'
import { startServers } from './auth-stack-servers.js'
import { numberOption, textOption } from './options.js'
import { wrk } from './wrk.js'

const only = (textOption('only') ?? 'JWT,MCP').split(',')
const durationS = numberOption('duration', 2)
const servers = await startServers('warn', undefined, { dbQuery: false })
const rows = (await benchRows(servers)).filter(([load], i) => i === 0 || only.some((o) => load.name.includes(o)))
const counts = new Map<string, number>()
let counting = false
createHook({
  init(_id, type) {
    if (counting) counts.set(type, (counts.get(type) ?? 0) + 1)
  },
}).enable()
for (const [load] of rows) await wrk(load, { durationS: 1, connections: 32 })
const table: Array<[string, Map<string, number>]> = []
for (const [load] of rows) {
  counts.clear()
  counting = true
  const f = await wrk(load, { durationS, connections: 32 })
  counting = false
  const requests = f.rps * durationS
  table.push([load.name, new Map([...counts].map(([type, n]) => [type, n / requests]))])
}
await servers.close()
const types = [...new Set(table.flatMap(([, m]) => [...m.keys()]))].sort()
console.log(`async resources made per request (async_hooks init), ${durationS} s of wrk per row, 32 connections`)
console.log(`${'row'.padEnd(30)}${types.map((t) => t.slice(0, 14).padStart(16)).join('')}`)
for (const [name, m] of table) console.log(`${name.slice(0, 29).padEnd(30)}${types.map((t) => (m.get(t) ?? 0).toFixed(2).padStart(16)).join('')}`)
