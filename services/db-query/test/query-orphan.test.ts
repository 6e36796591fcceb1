import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Duplex } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, expect, test } from 'vitest'
import { fixtureBundle } from '../../../test/support/fixture-bundle.js'
import { compiledModule } from '../src/compiled-child.js'
import { buildSecurityDatabase } from '../src/database.js'
import { DEFAULT_SQL_FILE } from '../src/env.js'
import { decodeReply, encodeRequest, frameDecoder, PIPE_FD } from '../src/query-protocol.js'

const built = buildSecurityDatabase(DEFAULT_SQL_FILE)
afterAll(() => built.remove())

const RUNAWAY = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f'
// The runner bundled as the launcher bundles a service (beside db-query's node_modules, for better-sqlite3),
// and the service below run by plain node: under tsx its start cost 5 CPU s in the suite.
const { runner } = await fixtureBundle('query-runner', { runner: fileURLToPath(new URL('../src/query-runner.ts', import.meta.url)) }, fileURLToPath(new URL('..', import.meta.url)))
const RUNNER = pathToFileURL(runner).href
// A service that starts a runaway query under a long deadline and says which process runs it.
const SERVICE = `
const { createQueryRunner } = await import(${JSON.stringify(RUNNER)})
// 'running' once the query is in its process's pipe, and a moment later, so the process is inside it.
const runner = createQueryRunner({ dbPath: process.argv[1], timeoutMs: 600000, maxRows: 5, processes: 1,
  observe: { querySent: () => setTimeout(() => console.log('running'), 300) } })
runner.run(${JSON.stringify(RUNAWAY)}).catch(() => {})
`

/** The fields of /proc/PID/stat after the command: state, parent pid; null once the process is gone. */
function stat(pid: number): { state: string; ppid: number } | null {
  try {
    const [state, ppid] = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
    return { state: state!, ppid: Number(ppid) }
  } catch {
    return null
  }
}

/** Alive and not a zombie (this container's init may never reap one). */
const running = (pid: number) => (stat(pid)?.state ?? 'Z') !== 'Z'
const childrenOf = (parent: number) => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => stat(pid)?.ppid === parent)

test('a query process whose service is killed outright ends, even inside a runaway query', async () => {
  const service = spawn(process.execPath, ['--input-type=module', '-e', SERVICE, built.path], { stdio: ['ignore', 'pipe', 'inherit'] })
  for await (const line of createInterface({ input: service.stdout! })) if (line === 'running') break
  // The query process running the runaway (and the spare, if one started).
  const children = childrenOf(service.pid!)
  const busy = children.filter((pid) => stat(pid)?.state === 'R')
  expect(busy.length).toBeGreaterThan(0)
  service.kill('SIGKILL')
  const deadline = Date.now() + 10_000
  while (children.some(running) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  const orphaned = children.filter(running)
  for (const pid of orphaned) process.kill(pid, 'SIGKILL')
  expect(orphaned).toEqual([])
  // Starting this service under tsx took 16 s inside the whole suite on 2 cores (2.6 s alone); a bundle now.
}, 60_000)

/** Waits up to `ms` for `pid` to end; kills it if it has not (a test must leave no runaway behind). */
async function endsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (running(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  if (!running(pid)) return true
  process.kill(pid, 'SIGKILL')
  return false
}

test('a query process whose service died before its watchdog thread started still ends', async () => {
  // The order a loaded host can produce: the service starts the process and dies at once, before
  // the process (or its watchdog thread) runs; the query reaches it anyway, over a pipe that
  // outlives the service (here this test holds its other end), and runs away.
  const child = compiledModule(fileURLToPath(new URL('../src/query-child.ts', import.meta.url)), fileURLToPath(new URL('../node_modules/.cache/heist-query-child/', import.meta.url)))
  const service = spawn(process.execPath, ['-e', `
    const query = require('node:child_process').spawn(process.execPath, [${JSON.stringify(child)}, ${JSON.stringify(built.path)}, String(process.pid)], { stdio: ['ignore', 'ignore', 'ignore', ${PIPE_FD}] })
    process.stdout.write(String(query.pid), () => process.exit(0))`], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] })
  let out = ''
  for await (const chunk of service.stdout!) out += String(chunk)
  const pid = Number(out)
  const pipe = service.stdio[PIPE_FD] as Duplex
  const decoder = frameDecoder()
  await new Promise<void>((resolve) => pipe.on('data', (chunk: Buffer) => {
    if (decoder.push(chunk).some((payload) => decodeReply(payload) === 'ready')) resolve()
  }))
  pipe.write(encodeRequest({ id: 1, sql: RUNAWAY, maxRows: 5 }))
  expect(await endsWithin(pid, 15_000)).toBe(true)
  pipe.destroy()
}, 60_000)
