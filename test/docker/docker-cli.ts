import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'

export interface RunResult {
  stdout: string
  stderr: string
  ms: number
}

/**
 * Runs a command to its end and throws, with the tail of its output, when it exits non-zero or
 * outlives `timeoutMs`. Everything it prints is also appended to `log` (the build is long and
 * chatty; the tail is what a failure message needs).
 */
const live = new Set<ReturnType<typeof spawn>>()

/** Kills what {@link run} started and is still running (a test that timed out leaves its command behind). */
export function killRunning(): void {
  for (const child of live) child.kill('SIGKILL')
}

export async function run(command: string, args: readonly string[], options: { cwd?: string; log?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const started = Date.now()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  live.add(child)
  let stdout = ''
  let stderr = ''
  const keep = (chunk: Buffer, into: 'out' | 'err') => {
    const text = chunk.toString()
    if (into === 'out') stdout += text
    else stderr += text
    if (options.log) appendFileSync(options.log, text)
  }
  child.stdout.on('data', (c: Buffer) => keep(c, 'out'))
  child.stderr.on('data', (c: Buffer) => keep(c, 'err'))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (c) => resolve(c))
  }).finally(() => {
    clearTimeout(timer)
    live.delete(child)
  })
  const ms = Date.now() - started
  if (code !== 0) {
    const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-60).join('\n')
    throw new Error(`\`${command} ${args.join(' ')}\` ${code === null ? `killed after ${ms} ms` : `exited ${code}`}:\n${tail}`)
  }
  return { stdout, stderr, ms }
}

/** `2.26.1-4` → [2, 26, 1]. */
export function parseVersion(text: string): number[] {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(text)
  if (!match) throw new Error(`no version in ${JSON.stringify(text)}`)
  return match.slice(1).map(Number)
}

export function atLeast(version: number[], wanted: number[]): boolean {
  for (let i = 0; i < wanted.length; i++) {
    const have = version[i] ?? 0
    if (have !== wanted[i]) return have > wanted[i]!
  }
  return true
}

/** Process name and uid of every process in a container, from `/proc/<pid>/status`. */
export function parseProcStatus(text: string): { pid: number; name: string; uid: number }[] {
  return text.split(/\n(?=Name:)/).flatMap((block) => {
    const name = /^Name:\s*(\S+)/m.exec(block)?.[1]
    const pid = /^Pid:\s*(\d+)/m.exec(block)?.[1]
    const uid = /^Uid:\s*(\d+)/m.exec(block)?.[1]
    return name && pid && uid ? [{ name, pid: Number(pid), uid: Number(uid) }] : []
  })
}
