import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ERRORS = 'errors.log'
/** How many of a service's last lines a failure message shows. */
const TAIL = 200

/** Whether a service's log line is a pino record at error or fatal level. */
export function isErrorLine(line: string): boolean {
  try {
    const record = JSON.parse(line) as { level?: unknown }
    return typeof record.level === 'number' && record.level >= 50
  } catch {
    return false // not pino's JSON (a stack printed by the runtime is caught by the exit code instead)
  }
}

/**
 * Keeps what a fleet's services write in one folder: `<service>.log` per service, and
 * `errors.log` with every error-level line prefixed by its service. Files, not memory, because
 * the shared fleet runs in vitest's main process (globalSetup) and its test files in workers.
 * Appends are synchronous so a line is readable as soon as the launcher has passed it on.
 */
export function fleetLogWriter(dir: string): (service: string, line: string) => void {
  mkdirSync(dir, { recursive: true })
  return (service, line) => {
    appendFileSync(join(dir, `${service}.log`), `${line}\n`)
    if (isErrorLine(line)) appendFileSync(join(dir, ERRORS), `[${service}] ${line}\n`)
  }
}

/** What a test reads of a fleet's logs. */
export interface FleetLogReader {
  /** The last lines `name` wrote since the reader was made, for failure messages. */
  logs(name: string): string[]
  /**
   * Every line a service logged at error level or above (pino 50/60) since the reader was made:
   * each 5xx a service answers, each unhandled error. A security suite ends with this empty.
   */
  errors(): string[]
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0)

/**
 * A reader of `dir` that sees only what is written from now on: on a fleet shared by several
 * test files (which run one after another), a file's `errors()` holds its own errors, not its
 * predecessors'.
 */
export function fleetLogReader(dir: string): FleetLogReader {
  const offsets = new Map(readdirSync(dir).map((name) => [name, sizeOf(join(dir, name))]))
  const linesOf = (name: string): string[] => {
    const file = join(dir, name)
    if (!existsSync(file)) return []
    return readFileSync(file).subarray(offsets.get(name) ?? 0).toString('utf8').split('\n').filter(Boolean)
  }
  return {
    logs: (name) => linesOf(`${name}.log`).slice(-TAIL),
    errors: () => linesOf(ERRORS),
  }
}
