/**
 * Instructions per `query_db` call under callgrind, both halves apart: user-space instructions, a
 * count the neighbours' load does not move, less V8's collections and JIT compilation in each window (bench/support/instructions.ts says what it counts and
 * what it does not: the kernel's share, which for db-query is the pipe's write and read too).
 *  - `service`: the db-query app (local keys for oauth, as profile-db-query.ts) in a process under
 *    valgrind, its query processes native; this process sends `--calls` requests over 5 keep-alive
 *    connections after `--warmup` uncounted, per round.
 *  - `child`: one query process under valgrind, sent the same query back to back by this process.
 *
 *   node --conditions=heist-source --import tsx bench/support/db-query-instructions.ts [service|child] [--calls 2000] [--warmup 8000] [--rounds 3]
 *
 * `--base DIR` runs the same against another checkout's db-query (its own sources) in turn, each
 * round this one then the base, and prints the change.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { lastDump, VALGRIND } from './instructions.js'
import { numberOption, textOption } from './options.js'
import { median } from './wrk.js'

const CALLGRIND_CONTROL = process.env.CALLGRIND_CONTROL ?? '/usr/bin/callgrind_control'
const NODE_FLAGS = ['--single-threaded', '--min-semi-space-size=16', '--max-semi-space-size=16', ...(process.env.KEEP_CALLGRIND ? ['--perf-basic-prof-only-functions'] : [])]
const QUERY = "SELECT name, post FROM guards WHERE shift = 'night'"

function control(pid: number, ...args: string[]): void {
  const run = spawnSync(CALLGRIND_CONTROL, [...args, String(pid)], { encoding: 'utf8', timeout: 60_000 })
  if (run.status !== 0 || !run.stdout.includes('OK')) throw new Error(`callgrind_control ${args.join(' ')}: ${run.stdout}${run.stderr}`)
}

/** A window's instructions less V8's collections and JIT compilation in it (they land by chance: see instructions.ts). */
function lastTotal(dir: string, seen: Set<string>): number {
  const window = lastDump(dir, seen)
  return window.all - window.sideWork
}

/** The half under valgrind (this file with `serve-service` / `serve-child` and the checkout's root). */
async function startUnderValgrind(mode: string, root: string) {
  const dir = mkdtempSync(join(tmpdir(), 'heist-dbq-callgrind-'))
  const child = spawn(VALGRIND, ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'callgrind.out')}`,
    process.execPath, ...NODE_FLAGS, '--conditions=heist-source', '--import', 'tsx', fileURLToPath(import.meta.url), mode, root], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  const line = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout }).once('line', done)
    void exited.then(() => fail(new Error(`${mode} exited before it was ready`)))
  })
  return { pid: child.pid!, dir, info: JSON.parse(line) as { url: string; token: string }, close: async () => { child.stdin.end(); await exited; if (!process.env.KEEP_CALLGRIND) rmSync(dir, { recursive: true, force: true }); else console.error(`kept ${dir}`) } }
}

async function send(url: string, token: string, calls: number, connections: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const body = JSON.stringify({ query: QUERY })
  let started = 0
  const one = () => new Promise<void>((done, fail) => {
    const req = request(`${url}/tools/query_db`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      res.resume()
      res.on('end', () => (res.statusCode === 200 ? done() : fail(new Error(`answered ${res.statusCode}`))))
    })
    req.on('error', fail)
    req.end(body)
  })
  const worker = async () => { while (started++ < calls) await one() }
  try { await Promise.all(Array.from({ length: connections }, worker)) } finally { agent.destroy() }
}

/** Serve the db-query app of `root` (run under valgrind). */
async function serveService(root: string): Promise<void> {
  const { buildApp } = (await import(join(root, 'services/db-query/src/app.ts'))) as typeof import('../../services/db-query/src/app.js')
  const { DEFAULT_SQL_FILE } = (await import(join(root, 'services/db-query/src/env.ts'))) as typeof import('../../services/db-query/src/env.js')
  const { createTestSigner, TEST_TOOL_CONFIG } = await import('../../shared/test/tool-tokens.js')
  const signer = await createTestSigner()
  // An hour: under valgrind a run takes tens of minutes.
  const token = await signer.token('intel', ['database_query:use'], { expiresInS: 3600 })
  const config = { ...TEST_TOOL_CONFIG, LOG_LEVEL: 'warn', HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 30_000, HEIST_QUERY_MAX_ROWS: 200, HEIST_QUERY_PROCESSES: 2 } as const
  // The OOM kill count read once a second would land in windows by their wall time, which valgrind stretches.
  const app = await buildApp({ config, deps: { keys: signer.keys, oomKills: () => 0 } as Parameters<typeof buildApp>[0]['deps'] })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  process.stdout.write(`${JSON.stringify({ url, token })}\n`)
  process.stdin.resume()
  process.stdin.on('end', () => void app.close().then(() => process.exit(0)))
}

/**
 * One query process of `root` under valgrind, as the service starts it but without prlimit (valgrind
 * needs more address space); each round sends `calls` queries one at a time, as the pipe carries them.
 */
async function countChild(root: string, calls: number, warmup: number, rounds: number): Promise<number[]> {
  const { compiledModule } = (await import(join(root, 'services/db-query/src/compiled-child.ts'))) as typeof import('../../services/db-query/src/compiled-child.js')
  const { buildSecurityDatabase } = (await import(join(root, 'services/db-query/src/database.ts'))) as typeof import('../../services/db-query/src/database.js')
  const { DEFAULT_SQL_FILE } = (await import(join(root, 'services/db-query/src/env.ts'))) as typeof import('../../services/db-query/src/env.js')
  const protocol = (await import(join(root, 'services/db-query/src/query-protocol.ts'))) as typeof import('../../services/db-query/src/query-protocol.js')
  const module = compiledModule(join(root, 'services/db-query/src/query-child.ts'), join(root, 'services/db-query/node_modules/.cache/heist-query-child/'))
  const built = buildSecurityDatabase(DEFAULT_SQL_FILE)
  const dir = mkdtempSync(join(tmpdir(), 'heist-dbq-child-callgrind-'))
  const proc = spawn(VALGRIND, ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'callgrind.out')}`, process.execPath, ...NODE_FLAGS, '--max-old-space-size=160', module, built.path, String(process.pid)], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] })
  const pipe = proc.stdio[3] as import('node:stream').Duplex
  const decoder = protocol.frameDecoder()
  const waiting: Array<() => void> = []
  pipe.on('data', (chunk: Buffer) => {
    for (const payload of decoder.push(chunk)) {
      const reply = protocol.decodeReply(payload)
      if (reply !== 'ready' && !reply.ok) throw new Error(reply.message)
      waiting.shift()?.()
    }
  })
  const ready = new Promise<void>((done) => waiting.push(done))
  await ready
  let id = 1
  const one = () => new Promise<void>((done) => { waiting.push(done); pipe.write(protocol.encodeRequest({ id: id++, sql: QUERY, maxRows: 200 })) })
  for (let i = 0; i < warmup; i++) await one()
  control(proc.pid!, '--instr=on')
  const seen = new Set<string>()
  const counts: number[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      control(proc.pid!, '--zero')
      for (let i = 0; i < calls; i++) await one()
      control(proc.pid!, '--dump')
      counts.push(lastTotal(dir, seen) / calls)
    }
  } finally {
    pipe.end()
    await new Promise((done) => proc.once('exit', done))
    built.remove()
    if (process.env.KEEP_CALLGRIND) console.error(`kept ${dir} (pid ${proc.pid})`)
    else rmSync(dir, { recursive: true, force: true })
  }
  return counts
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? 'service'
  if (mode === 'serve-service') return serveService(resolve(process.argv[3]!))
  const calls = numberOption('calls', 2000, { whole: true })
  const warmup = numberOption('warmup', 8000, { whole: true })
  const rounds = numberOption('rounds', 3, { whole: true })
  const base = textOption('base')
  const roots: [string, string][] = [['this', fileURLToPath(new URL('../..', import.meta.url))], ...(base === undefined ? [] : [['base', resolve(base)] as [string, string]])]
  if (mode === 'child') {
    for (let round = 0; round < 1; round++) {
      for (const [name, root] of roots) {
        const counts = await countChild(root, calls, warmup, rounds)
        console.log(`${name}: ${median(counts).toFixed(0)} instructions per query in a query process (${counts.map((v) => v.toFixed(0)).join(' ')})`)
      }
    }
    return
  }
  if (mode !== 'service') throw new Error('mode must be service or child')
  const servers = await Promise.all(roots.map(async ([name, root]) => [name, await startUnderValgrind('serve-service', root)] as const))
  const counts = new Map<string, number[]>(roots.map(([name]) => [name, []]))
  try {
    for (const [, server] of servers) await send(server.info.url, server.info.token, warmup, 5)
    const seen = new Map(servers.map(([name]) => [name, new Set<string>()]))
    for (const [, server] of servers) control(server.pid, '--instr=on')
    for (let round = 0; round < rounds; round++) {
      for (const [name, server] of servers) {
        control(server.pid, '--zero')
        await send(server.info.url, server.info.token, calls, 5)
        control(server.pid, '--dump')
        counts.get(name)!.push(lastTotal(server.dir, seen.get(name)!) / calls)
        console.error(`${name} round ${round}: ${counts.get(name)!.at(-1)!.toFixed(0)}`)
      }
    }
  } finally {
    await Promise.all(servers.map(([, s]) => s.close()))
  }
  for (const [name, values] of counts) console.log(`${name}: ${median(values).toFixed(0)} instructions per query_db call in the service (${values.map((v) => v.toFixed(0)).join(' ')})`)
  if (counts.size === 2) console.log(`this - base: ${(median(counts.get('this')!) - median(counts.get('base')!)).toFixed(0)} per call`)
}

await main()
