import { defaultUrl } from '@heist/shared/fleet'

/** Terminal colours, off when the output is not a terminal or `NO_COLOR` is set. */
export function palette(enabled: boolean) {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text)
  return {
    enabled,
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    magenta: wrap(35, 39),
    cyan: wrap(36, 39),
    gray: wrap(90, 39),
  }
}
export type Palette = ReturnType<typeof palette>

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' }
const SERVICE_COLOURS = ['cyan', 'magenta', 'blue', 'green', 'yellow'] as const

/** A stable colour per service name. */
export function serviceColour(p: Palette, name: string): (text: string) => string {
  let hash = 0
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return p[SERVICE_COLOURS[hash % SERVICE_COLOURS.length] ?? 'cyan']
}

function levelText(p: Palette, level: number): string {
  const label = (LEVELS[level] ?? String(level)).padEnd(5)
  if (level >= 50) return p.red(label)
  if (level >= 40) return p.yellow(label)
  if (level >= 30) return p.green(label)
  return p.gray(label)
}

function clock(time: unknown): string {
  const date = typeof time === 'number' || typeof time === 'string' ? new Date(time) : new Date()
  return Number.isNaN(date.getTime()) ? new Date().toISOString().slice(11, 23) : date.toISOString().slice(11, 23)
}

/** Pull the useful parts of an `err` field (pino's serialised error) into one line. */
function errorText(err: unknown): string {
  if (typeof err !== 'object' || err === null) return ''
  const e = err as { type?: unknown; message?: unknown; code?: unknown }
  const parts = [e.type, e.code, e.message].filter((v) => typeof v === 'string' && v.length > 0)
  return parts.length ? ` (${parts.join(': ')})` : ''
}

/**
 * One readable line from one line a service wrote: pino JSON becomes
 * `time level service | msg`, anything else is kept as it is behind the service prefix.
 */
export function formatLine(p: Palette, service: string, width: number, line: string): string {
  const prefix = serviceColour(p, service)(service.padEnd(width))
  const trimmed = line.trimEnd()
  if (trimmed.startsWith('{')) {
    try {
      const entry = JSON.parse(trimmed) as Record<string, unknown>
      if (typeof entry.level === 'number') {
        const msg = typeof entry.msg === 'string' ? entry.msg : ''
        const req = typeof entry.reqId === 'string' ? p.gray(` [${entry.reqId.slice(0, 8)}]`) : ''
        return `${p.gray(clock(entry.time))} ${levelText(p, entry.level)} ${prefix} ${p.dim('|')} ${msg}${errorText(entry.err)}${req}`
      }
    } catch {
      // not JSON after all: printed as is below
    }
  }
  return `${p.gray(clock(undefined))} ${' '.repeat(5)} ${prefix} ${p.dim('|')} ${trimmed}`
}

/**
 * How to reach the fleet with `pnpm heist` when its orchestrator is not at the fixed port
 * (`--ports auto`), or null when it is. The CLI asks 127.0.0.1:8009 unless told, and there it said
 * "orchestrator is not reachable … start the fleet with `pnpm start`" to a user whose fleet was up.
 */
export function cliHint(orchestratorUrl: string | undefined): string | null {
  if (!orchestratorUrl || orchestratorUrl === defaultUrl('orchestrator')) return null
  return `HEIST_ORCHESTRATOR_URL=${orchestratorUrl} pnpm heist run`
}
