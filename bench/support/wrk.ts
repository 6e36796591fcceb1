/**
 * HTTP load from `wrk`, a load generator written in C running in its own process, so a
 * benchmark measures the server and not a JavaScript client sharing its event loop. Each run
 * reports what the client itself used (CPU seconds per wall second, from the shell's `times`)
 * and what the server process used, so a reader can see which side saturated.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { procCpuS } from './proc-cpu.js'

/** One request shape to repeat. */
export interface HttpLoad {
  name: string
  url: string
  method: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /**
   * A placeholder in `body` replaced in every request by a number unique to the run (thread × 10^8
   * + count): requests of one MCP session must not share a JSON-RPC id. Give it with its quotes
   * (`'"ID"'`) for a numeric id, as the SDK's `Client` sends (`_requestMessageId++`); without them
   * the id is that number as a string.
   */
  uniqueId?: string
  /**
   * Count the answers that were not 2xx by status (wrk alone sums them with no status): a row
   * whose server may refuse by design (query_db's per-client cap answers 429) says which it was.
   * wrk then parses every answer's head into Lua, a little more client CPU: only where it is asked.
   */
  countStatuses?: boolean
}

export interface LoadOptions {
  /** Rounded to whole seconds, at least 1. */
  durationS: number
  connections: number
  /** wrk threads: one is enough on two cores and leaves the other to the server. */
  threads?: number
}

/** What one wrk run measured. */
export interface LoadFigures {
  name: string
  rps: number
  p50ms: number
  p99ms: number
  /** Answers that were not 2xx/3xx, and connect/read/write/timeout errors: a row with either is not a rate. */
  non2xx: number
  socketErrors: number
  /** The non-2xx answers by status, when the load asked for `countStatuses` (else empty). */
  statuses: Record<number, number>
  /** CPU seconds per wall second, of wrk and of the server process (1.0 = one core busy). */
  clientCpu: number
  serverCpu: number
}

export const WRK = process.env.WRK ?? '/usr/bin/wrk'

/** Throws with an install hint when wrk is missing (Debian/Ubuntu: `apt-get install wrk`). */
export function requireWrk(): void {
  if (!existsSync(WRK)) throw new Error(`${WRK} not found: install wrk (apt-get install wrk, brew install wrk) or set WRK=/path/to/wrk`)
}

/** wrk's Lua setup for a request: a long bracket holds the body as is. */
function luaScript(load: HttpLoad): string {
  const lines = [`wrk.method = "${load.method}"`]
  for (const [name, value] of Object.entries(load.headers ?? {})) lines.push(`wrk.headers["${name}"] = "${value.replace(/["\\]/g, '')}"`)
  const [before, after] = load.uniqueId !== undefined && load.body !== undefined ? load.body.split(load.uniqueId, 2) : []
  const unique = before !== undefined && after !== undefined
  // setup() runs once per thread in the main Lua state: it numbers the threads and keeps them for done().
  if (unique || load.countStatuses) lines.push(`local threads = {}`, `function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end`)
  if (unique) {
    // Each thread counts its own requests.
    lines.push(
      `local count = 0`,
      // A Lua number concatenates as its digits (%.14g): 100000001, 100000002, … on the first thread.
      `function request() count = count + 1; return wrk.format(nil, nil, nil, [==[${before}]==] .. (tid * 100000000 + count) .. [==[${after}]==]) end`,
    )
  } else if (load.body !== undefined) lines.push(`wrk.body = [==[${load.body}]==]`)
  if (load.countStatuses) {
    // Per thread (a global of its Lua state, which done() reads back), then summed: one line per status.
    lines.push(
      `failed = {}`,
      `function response(status, headers, body) if status > 299 then failed[status] = (failed[status] or 0) + 1 end end`,
      `function done(summary, latency, requests)`,
      `  local total = {}`,
      `  for _, thread in ipairs(threads) do for status, n in pairs(thread:get("failed")) do total[status] = (total[status] or 0) + n end end`,
      `  for status, n in pairs(total) do io.write(string.format("status %d: %d\\n", status, n)) end`,
      `end`,
    )
  }
  return lines.join('\n')
}

function milliseconds(value: string, unit: string): number {
  const n = Number(value)
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n
}

function secondsOf(minutes: string, seconds: string): number {
  return Number(minutes) * 60 + Number(seconds)
}

/** Parse wrk's report and the `times` line (children's user and system time) after it. */
export function parseWrk(output: string, name: string, wallS: number, serverCpuS: number): LoadFigures {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output)
  if (!rate) throw new Error(`wrk printed no rate for ${name}:\n${output}`)
  const percentile = (p: number) => {
    const match = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output)
    return match ? milliseconds(match[1] ?? '0', match[2] ?? 'ms') : Number.NaN
  }
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
  const statuses: Record<number, number> = {}
  for (const [, status, n] of output.matchAll(/^status (\d+): (\d+)$/gm)) statuses[Number(status)] = Number(n)
  // `times` prints two lines: the shell's own, then its children's (wrk) user and system time.
  const times = [...output.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)]
  const child = times[1] ?? times[0]
  const clientCpuS = child ? secondsOf(child[1] ?? '0', child[2] ?? '0') + secondsOf(child[3] ?? '0', child[4] ?? '0') : Number.NaN
  return { name, rps: Number(rate[1]), p50ms: percentile(50), p99ms: percentile(99), non2xx, socketErrors, statuses, clientCpu: clientCpuS / wallS, serverCpu: serverCpuS / wallS }
}

/**
 * Run wrk against `load` for `durationS`. The server must live in this process (its CPU is
 * read with `process.cpuUsage`) or be passed `serverCpuS`, a reader of its CPU seconds.
 */
export async function wrk(load: HttpLoad, options: LoadOptions, serverCpuS: () => number = ownCpuS): Promise<LoadFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'heist-wrk-'))
  const script = join(dir, 'request.lua')
  writeFileSync(script, luaScript(load))
  // wrk takes whole seconds.
  const args = [`-t${options.threads ?? 1}`, `-c${options.connections}`, `-d${Math.max(1, Math.round(options.durationS))}s`, '--latency', '-s', script, load.url]
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const cpuBefore = serverCpuS()
  const started = performance.now()
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', `'${WRK}' ${quoted} && times`], { stdio: ['ignore', 'pipe', 'pipe'] })
      let text = ''
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}:\n${text}`))))
    })
    const wallS = (performance.now() - started) / 1000
    return parseWrk(output, load.name, wallS, serverCpuS() - cpuBefore)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** This process's CPU seconds (user + system, every thread). */
export function ownCpuS(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/**
 * This process's CPU seconds plus those of its live child processes whose command line matches
 * `command` (say, db-query's query processes): the server's whole cost when it works in helpers.
 * A child that exits during a row takes its time with it, so the figure can only be low.
 */
export function withChildrenCpuS(command: RegExp): () => number {
  return () => {
    let total = ownCpuS()
    for (const task of readdirSync('/proc/self/task')) {
      let children: string[] = []
      try {
        children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)
      } catch {
        continue // a thread that ended while listing
      }
      for (const pid of children) {
        let cmdline = ''
        try {
          cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        } catch {
          continue
        }
        if (command.test(cmdline)) total += procCpuS(pid)
      }
    }
    return total
  }
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
