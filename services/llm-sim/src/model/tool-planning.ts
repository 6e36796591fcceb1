import { calculation, calculations } from './calculations.js'
import { DOCUMENTS, type Facts } from './canon.js'
import type { TurnPrompt } from './prompt.js'
import type { Rng } from './random.js'
import type { FunctionTool } from './types.js'

export type ToolKind = 'calculator' | 'file' | 'db' | 'other'

export interface PlannedCall {
  name: string
  args: Record<string, unknown>
}

type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; required?: unknown; enum?: unknown; description?: unknown }

function schemaOf(tool: FunctionTool): JsonSchema {
  return (tool.function.parameters ?? {}) as JsonSchema
}

/** What a tool is for, from its name and its parameters. */
export function toolKind(tool: FunctionTool): ToolKind {
  const name = tool.function.name.toLowerCase()
  const props = Object.keys(schemaOf(tool).properties ?? {})
  if (/calc|math/.test(name) || props.includes('expression')) return 'calculator'
  if (/file|read|doc/.test(name) || props.includes('filename')) return 'file'
  if (/query|db|sql|database/.test(name) || props.includes('query') || props.includes('sql')) return 'db'
  return 'other'
}

const PREFERRED: Record<string, ToolKind> = { safecracker: 'calculator', hacker: 'file', intel: 'db' }

/** How many earlier rounds fell in the same phase: long sessions visit a phase several times. */
export function phaseVisit(round: number, rounds: number): number {
  const phase = phaseOf(round, rounds)
  return Array.from({ length: round - 1 }, (_, i) => phaseOf(i + 1, rounds)).filter((p) => p === phase).length
}

/** The round as a phase of the plan (0 recon … 4 final), spread over however many rounds there are. */
export function phaseOf(round: number, rounds: number): number {
  if (rounds <= 5) return Math.min(4, round - 1)
  return Math.min(4, Math.floor(((round - 1) * 5) / rounds))
}

/** SELECTs per phase, on the security database's schema (services/db-query/sql/security.sql). */
const QUERIES: readonly string[] = [
  'SELECT name, start_time, end_time, guard_count FROM shifts',
  "SELECT name, post, access_level FROM guards WHERE shift = 'night'",
  'SELECT name, role, access_level, hours FROM personnel WHERE access_level >= 4',
  "SELECT round_time, guard, duration_minutes FROM patrol_rounds WHERE shift = 'night'",
  'SELECT location, note FROM blind_spots',
  'SELECT name, response_minutes FROM alarms',
  "SELECT id, location, status FROM cameras WHERE floor = 'B-1'",
]

/** A SELECT for this phase; later visits of a phase (long sessions) ask something new. */
export function queryFor(phase: number, round: number): string {
  return round > 5 ? QUERIES[(phase + 5 + Math.floor(round / 5)) % QUERIES.length]! : QUERIES[phase % QUERIES.length]!
}

/** Documents already read by this agent, from the names its earlier messages mention. */
function alreadyRead(turn: TurnPrompt): Set<string> {
  const own = turn.conversation.filter((l) => l.own).map((l) => l.text).join(' ')
  return new Set(DOCUMENTS.map((d) => d.file).filter((file) => own.includes(file)))
}

/** A document for this phase: one an order or the last message asks about, else the next unread one. */
export function documentFor(turn: TurnPrompt, tool: FunctionTool, phase: number): string {
  const property = schemaOf(tool).properties?.filename
  const offered = Array.isArray(property?.enum) ? property.enum.filter((v): v is string => typeof v === 'string') : []
  const named = (tool.function.description ?? '').match(/[\w-]+\.(?:txt|md)/g) ?? []
  const catalogue = offered.length > 0 ? offered : named.length > 0 ? [...new Set(named)] : DOCUMENTS.map((d) => d.file)
  const cue = [...turn.orders, turn.conversation.at(-1)?.text ?? ''].join(' ')
  const read = alreadyRead(turn)
  const asked = DOCUMENTS.find((d) => catalogue.includes(d.file) && !read.has(d.file) && d.topic.test(cue))
  if (asked) return asked.file
  const order = ['security_system.txt', 'vault_specs.txt', 'bank_layout.txt', 'guard_roster.txt', 'timing_specs.txt', 'access_control.txt']
  const rotated = [...order.slice(phase), ...order.slice(0, phase)].filter((f) => catalogue.includes(f))
  return rotated.find((f) => !read.has(f)) ?? rotated[0] ?? catalogue[phase % catalogue.length] ?? 'security_system.txt'
}

/** A value for any schema property, so arguments always match the tool's JSON Schema. */
function fillProperty(name: string, schema: JsonSchema, rng: Rng): unknown {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return rng.pick(schema.enum)
  switch (schema.type) {
    case 'number':
    case 'integer':
      return rng.int(1, 10)
    case 'boolean':
      return true
    case 'array':
      return []
    case 'object':
      return {}
    default:
      return name.includes('file') ? 'security_system.txt' : `${name} for the vault plan`
  }
}

function requiredArgs(tool: FunctionTool, primary: string, value: unknown, rng: Rng): Record<string, unknown> {
  const schema = schemaOf(tool)
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []
  const args: Record<string, unknown> = {}
  for (const key of required) args[key] = fillProperty(key, schema.properties?.[key] ?? {}, rng)
  if (!primary) return args
  const main = schema.properties && !(primary in schema.properties) ? (required[0] ?? Object.keys(schema.properties)[0]) : primary
  if (main) args[main] = value
  return args
}

/** Pointless but valid arguments: what a saboteur calls to look busy and then blame the tool. */
function pointless(kind: ToolKind, rng: Rng): unknown {
  if (kind === 'calculator') return rng.pick(['1 + 1', '60 * 60 * 24', '100 / 4'])
  if (kind === 'file') return rng.pick(['lobby_brochure.txt', 'old_blueprints_v1.txt', 'bank_layout.txt'])
  return rng.pick(['SELECT * FROM vault_codes', "SELECT name FROM personnel WHERE role = 'janitor'", 'SELECT COUNT(*) FROM access_levels'])
}

/** The one tool call this agent makes now, or null when it has nothing to look up. */
/** Calculations whose expression carries the premise (window, lockout, entry), for a saboteur's wrong premise. */
const PREMISE_JOBS = [1, 2, 6]

export function planToolCall(turn: TurnPrompt, tools: FunctionTool[], facts: Facts, rng: Rng, options: { pointless: boolean; premise?: Facts; premiseJobs?: readonly number[] }): PlannedCall | null {
  if (tools.length === 0) return null
  const preferred = PREFERRED[turn.persona]
  const tool = tools.find((t) => toolKind(t) === preferred) ?? tools[0]!
  const kind = toolKind(tool)
  const phase = phaseOf(turn.round, turn.rounds)
  const primary = { calculator: 'expression', file: 'filename', db: 'query', other: '' }[kind]
  let value: unknown
  if (options.pointless && kind !== 'other') value = pointless(kind, rng)
  else if (kind === 'calculator' && options.premise) {
    const jobs = options.premiseJobs ?? PREMISE_JOBS
    value = calculations(options.premise)[jobs[turn.round % jobs.length]!]!.expression
  }
  else if (kind === 'calculator') value = calculation(phase, facts, phaseVisit(turn.round, turn.rounds)).expression
  else if (kind === 'file') value = documentFor(turn, tool, phase)
  else if (kind === 'db') value = queryFor(phase, turn.round)
  else return { name: tool.function.name, args: requiredArgs(tool, '', undefined, rng) }
  return { name: tool.function.name, args: requiredArgs(tool, primary, value, rng) }
}
