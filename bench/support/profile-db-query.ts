/**
 * CPU profiles of `query_db`, both halves of it:
 *  - `service`: the db-query app in this process under wrk load (5 connections of one client, as in
 *    bench/auth-stack.ts), V8's profile recorded only while the load runs;
 *  - `child`: one query process started as the service starts it (prlimit, IPC), with `--cpu-prof`,
 *    sent the same query back to back by this process for the given seconds, then disconnected so
 *    it exits and writes its profile (a killed process writes none);
 *  - `load`: the service under the same load with no profiler, for strace or perf attached from
 *    outside (the profiler's signals and threads would show in their counts).
 *
 *   node --conditions=heist-source --import tsx bench/support/profile-db-query.ts [service|child|load] [seconds] [out.cpuprofile]
 *   node bench/support/profile-summary.mjs out.cpuprofile
 *
 * Local keys stand in for oauth (the token check is the same code; only the JWKS source differs).
 */
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { HeistError } from '@heist/shared'
import { buildApp } from '../../services/db-query/src/app.js'
import { buildSecurityDatabase } from '../../services/db-query/src/database.js'
import { DEFAULT_SQL_FILE } from '../../services/db-query/src/env.js'
import { endChild, forkChild, sendToChild } from '../../services/db-query/src/query-process.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../shared/test/tool-tokens.js'
import { requireWrk, wrk } from './wrk.js'

const part = process.argv[2] ?? 'service'
const seconds = Number(process.argv[3] ?? 5)
const out = resolve(process.argv[4] ?? `db-query-${part}.cpuprofile`)
const QUERY = "SELECT name, post FROM guards WHERE shift = 'night'"

async function profileService(): Promise<void> {
  requireWrk()
  const signer = await createTestSigner()
  const token = await signer.token('intel', ['database_query:use'])
  const config = { ...TEST_TOOL_CONFIG, LOG_LEVEL: 'warn', HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 1_000, HEIST_QUERY_MAX_ROWS: 200, HEIST_QUERY_PROCESSES: 2 } as const
  const app = await buildApp({ config, deps: { keys: signer.keys } })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const load = { name: 'query_db', url: `${url}/tools/query_db`, method: 'POST' as const, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }) }
  await wrk(load, { durationS: 1, connections: 5 }) // warm-up: JIT, statement cache
  if (part === 'load') {
    // No profiler (its signals and threads would show in strace or perf): load only, for a tool attached from outside.
    const figures = await wrk(load, { durationS: seconds, connections: 5 })
    console.log(`service: ${figures.rps.toFixed(0)} req/s, ${figures.non2xx} non-2xx, server CPU ${figures.serverCpu.toFixed(2)}`)
    return void (await app.close())
  }
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  const figures = await wrk(load, { durationS: seconds, connections: 5 })
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(out, JSON.stringify(profile))
  session.disconnect()
  console.log(`service: ${figures.rps.toFixed(0)} req/s, ${figures.non2xx} non-2xx, server CPU ${figures.serverCpu.toFixed(2)}; profile in ${out}`)
  await app.close()
}

async function profileChild(): Promise<void> {
  const built = buildSecurityDatabase(DEFAULT_SQL_FILE)
  const dir = mkdtempSync(join(tmpdir(), 'heist-child-prof-'))
  const proc = await forkChild(built.path, ['--cpu-prof', `--cpu-prof-dir=${dir}`]).ready
  const failed = () => new HeistError('DB_UNAVAILABLE', 'the query process exited', 503)
  const until = performance.now() + seconds * 1000
  let count = 0
  while (performance.now() < until) {
    count += 1
    await sendToChild(proc, { id: count, sql: QUERY, maxRows: 200 }, 1_000, { onTimeout: () => undefined, onExit: failed })
  }
  // With its pipe closed, it ends on its own and writes the profile.
  const exited = new Promise((done) => proc.once('exit', done))
  endChild(proc)
  await exited
  const [file] = readdirSync(dir)
  if (file === undefined) throw new Error('the query process wrote no profile')
  renameSync(join(dir, file), out)
  rmSync(dir, { recursive: true, force: true })
  built.remove()
  console.log(`child: ${(count / seconds).toFixed(0)} queries/s one at a time; profile in ${out}`)
}

if (part === 'service' || part === 'load') await profileService()
else if (part === 'child') await profileChild()
else throw new Error('part must be service, load or child')
