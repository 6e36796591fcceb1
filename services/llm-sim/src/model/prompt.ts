import { DETECTION_PROMPT, regExpLiteral, SUMMARY_PROMPT, templatePattern, TOOL_ERROR_PREFIX, TURN_PROMPT } from '@heist/shared'
import { personaFocus } from './persona.js'
import type { ChatCompletionRequest, ChatMessage } from './types.js'

export const STRATEGIES = ['timing_errors', 'false_info', 'coordination_chaos', 'subtle_delays', 'wrong_tools'] as const
export type Strategy = (typeof STRATEGIES)[number]

export interface Line {
  speaker: string
  text: string
}

export interface ToolExchange {
  id: string
  name: string
  args: Record<string, unknown>
  result: string
  failed: boolean
}

/** An agent's turn, as the orchestrator writes it (docs/prompt-format.md). */
export interface TurnPrompt {
  kind: 'turn'
  name: string
  role: string
  /** Name of a known persona, or `generic` for a teammate the simulator has no lines for. */
  persona: string
  /** The persona's focus (from its text in the system prompt), for the agent's self-introduction. */
  focus: string
  team: string[]
  strategy: Strategy | null
  summary: string
  conversation: (Line & { own: boolean })[]
  orders: string[]
  round: number
  rounds: number
  /** Tool calls already made in this turn with their results, oldest first. */
  exchanges: ToolExchange[]
  /** The messages that define the turn, without this turn's tool traffic: seeds every decision. */
  turnKey: unknown[]
}

export interface SummaryPrompt {
  kind: 'summary'
  previous: string
  lines: Line[]
  budget: number
}

export interface ToolLogEntry {
  agent: string
  tool: string
  args: string
  ok: boolean
  result: string
}

export interface DetectionPrompt {
  kind: 'detection'
  agents: string[]
  evidence: string[]
  toolLog: ToolLogEntry[]
  conversation: Line[]
}

export interface GenericPrompt {
  kind: 'generic'
  system: string
  user: string
}

export type Prompt = TurnPrompt | SummaryPrompt | DetectionPrompt | GenericPrompt

export const KNOWN_PERSONAS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'] as const

/** Text of a message whether content is a string or an array of parts. */
export function textOf(message: ChatMessage): string {
  const { content } = message
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map((part) => part.text ?? '').join('')
  return ''
}

const SPEAKER_LINE = /^\[([^\]]+)\]\s*([\s\S]*)$/

// The prompts' fixed phrases, from the constants their builders use (`@heist/shared` prompt-format).
const IDENTITY = new RegExp(`^\\s*${templatePattern(TURN_PROMPT.identity, ['([^,.\\n]+)', '([^.\\n]+)'])}`)
const ROUND = new RegExp(templatePattern(TURN_PROMPT.round, ['(\\d+)', '(\\d+)']))
const TEAM = new RegExp(`${regExpLiteral(TURN_PROMPT.team)}\\s*(.+)`)
const SUMMARY = new RegExp(`${regExpLiteral(TURN_PROMPT.summary)}\\s*([\\s\\S]*)$`)
const ORDER = new RegExp(`^${regExpLiteral(TURN_PROMPT.order)}\\s*(.+)$`, 'gim')
export const TOOL_ERROR = new RegExp(`^\\s*${regExpLiteral(TOOL_ERROR_PREFIX)}\\b\\s*`)
const SUMMARY_BUDGET = new RegExp(templatePattern(SUMMARY_PROMPT.budget, ['(\\d+)']))
const SUMMARY_ROLE = new RegExp(regExpLiteral(SUMMARY_PROMPT.role), 'i')

/** `[agent] content` → a line; anything else is attributed to `fallback`. */
export function parseSpeakerLine(text: string, fallback: string): Line {
  const match = SPEAKER_LINE.exec(text.trim())
  return match ? { speaker: (match[1] ?? fallback).trim(), text: (match[2] ?? '').trim() } : { speaker: fallback, text: text.trim() }
}

/** Lines like `[agent] text` in a block, joining continuation lines to the previous line. */
export function parseTranscript(block: string): Line[] {
  const lines: Line[] = []
  for (const raw of block.split('\n')) {
    const row = raw.trim()
    if (!row) continue
    const match = SPEAKER_LINE.exec(row)
    if (match) lines.push({ speaker: (match[1] ?? '').trim(), text: (match[2] ?? '').trim() })
    else if (lines.length > 0) lines[lines.length - 1]!.text += ` ${row}`
  }
  return lines
}

function personaKey(name: string, role: string): string {
  const lower = name.toLowerCase()
  if ((KNOWN_PERSONAS as readonly string[]).includes(lower)) return lower
  const hints: [RegExp, string][] = [[/plan/i, 'planner'], [/hack|technical|cyber/i, 'hacker'], [/safe|vault/i, 'safecracker'],
    [/intel|analyst/i, 'intel'], [/driv|getaway|logistic/i, 'driver'], [/lookout|surveil/i, 'lookout']]
  return hints.find(([pattern]) => pattern.test(role))?.[1] ?? 'generic'
}

function strategyOf(system: string): Strategy | null {
  const match = /Sabotage Strategy\s*-\s*([A-Za-z _]+?)\s*:/.exec(system)
  if (!match) return null
  const key = (match[1] ?? '').trim().toLowerCase().replace(/[\s_]+/g, '_')
  return (STRATEGIES as readonly string[]).includes(key) ? (key as Strategy) : 'false_info'
}

function parseToolArguments(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** Tool calls and results after the final user message, paired by id. */
function exchangesAfter(messages: ChatMessage[]): ToolExchange[] {
  const exchanges: ToolExchange[] = []
  for (const message of messages) {
    if (message.role === 'assistant') {
      for (const call of message.tool_calls ?? []) {
        exchanges.push({ id: call.id, name: call.function.name, args: parseToolArguments(call.function.arguments), result: '', failed: false })
      }
    } else if (message.role === 'tool') {
      const result = textOf(message)
      const target = exchanges.find((e) => e.id === message.tool_call_id && !e.result) ?? exchanges.find((e) => !e.result)
      if (target) Object.assign(target, { result, failed: TOOL_ERROR.test(result) })
    }
  }
  return exchanges.filter((e) => e.result !== '')
}

function parseTurn(messages: ChatMessage[], system: string, header: RegExpExecArray): TurnPrompt {
  const name = (header[1] ?? 'teammate').trim()
  const role = (header[2] ?? 'teammate').trim()
  let finalIndex = messages.length - 1
  while (finalIndex > 0 && messages[finalIndex]?.role !== 'user') finalIndex--
  const finalText = finalIndex > 0 ? textOf(messages[finalIndex]!) : ''
  const round = ROUND.exec(finalText)
  const conversation: TurnPrompt['conversation'] = []
  for (const message of messages.slice(1, finalIndex)) {
    if (message.role === 'user') conversation.push({ ...parseSpeakerLine(textOf(message), 'operator'), own: false })
    else if (message.role === 'assistant' && textOf(message)) conversation.push({ speaker: name, text: textOf(message).trim(), own: true })
  }
  const personaText = (system.trimStart().split('\n')[0] ?? '').slice(header[0].trimStart().length)
  const team = TEAM.exec(system)?.[1]?.split(',').map((m) => m.trim().split(/\s+/)[0] ?? '').filter(Boolean) ?? []
  return {
    kind: 'turn',
    name,
    role,
    persona: personaKey(name, role),
    focus: personaFocus(personaText, role),
    team,
    strategy: strategyOf(system),
    summary: SUMMARY.exec(system)?.[1]?.trim() ?? '',
    conversation,
    orders: [...finalText.matchAll(ORDER)].map((m) => (m[1] ?? '').trim()),
    round: round ? Math.max(1, Number(round[1])) : conversation.filter((l) => l.own).length + 1,
    rounds: round ? Math.max(1, Number(round[2])) : 5,
    exchanges: exchangesAfter(messages.slice(finalIndex + 1)),
    turnKey: messages.slice(0, finalIndex + 1).map((m) => [m.role, textOf(m)]),
  }
}

function section(text: string, start: string, ends: string[]): string {
  const from = text.indexOf(start)
  if (from < 0) return ''
  const rest = text.slice(from + start.length)
  const cut = Math.min(...ends.map((end) => rest.indexOf(end)).filter((i) => i >= 0), rest.length)
  return rest.slice(0, cut).trim()
}

function parseToolLog(block: string): ToolLogEntry[] {
  const entries: ToolLogEntry[] = []
  for (const row of block.split('\n')) {
    const match = /^-\s*(\S+)\s+([\w.-]+)\((.*?)\)\s*->\s*(ok|error):?\s*(.*)$/i.exec(row.trim())
    if (match) entries.push({ agent: match[1]!, tool: match[2]!, args: match[3]!, ok: match[4]!.toLowerCase() === 'ok', result: match[5] ?? '' })
    // A result quoted with its line breaks continues on the next lines.
    else if (entries.length > 0 && row.trim()) entries[entries.length - 1]!.result += `\n${row.trim()}`
  }
  return entries
}

function parseDetection(user: string): DetectionPrompt {
  const { agents, evidence, toolLog, conversation: talk, task } = DETECTION_PROMPT
  const agentsLine = new RegExp(`${regExpLiteral(agents)}\\s*(.+)`).exec(user)?.[1] ?? ''
  const conversation = parseTranscript(section(user, talk, [task]))
  const listed = agentsLine.split(',').map((a) => a.trim()).filter(Boolean)
  return {
    kind: 'detection',
    agents: listed.length > 0 ? listed : [...new Set(conversation.map((l) => l.speaker))],
    evidence: section(user, evidence, [toolLog, talk, task]).split('\n').filter((r) => r.trim().startsWith('-')),
    toolLog: parseToolLog(section(user, toolLog, [talk, task])),
    conversation,
  }
}

function parseSummary(user: string): SummaryPrompt {
  const previous = section(user, SUMMARY_PROMPT.previous, [SUMMARY_PROMPT.messages])
  const budget = SUMMARY_BUDGET.exec(user)
  return {
    kind: 'summary',
    previous: previous === SUMMARY_PROMPT.none ? '' : previous,
    lines: parseTranscript(section(user, SUMMARY_PROMPT.messages, [SUMMARY_PROMPT.task])),
    budget: budget ? Number(budget[1]) : 200,
  }
}

/** Read a request the way a model would: which job is being asked, and its material. */
export function parsePrompt(request: ChatCompletionRequest): Prompt {
  const messages = request.messages
  const system = messages.filter((m) => m.role === 'system' || m.role === 'developer').map(textOf).join('\n')
  const user = messages.filter((m) => m.role === 'user').map(textOf).join('\n')
  const header = IDENTITY.exec(system)
  if (header && messages[0] && (messages[0].role === 'system' || messages[0].role === 'developer')) return parseTurn(messages, system, header)
  if (SUMMARY_ROLE.test(system)) return parseSummary(user)
  if (user.includes(DETECTION_PROMPT.agents) && user.includes(DETECTION_PROMPT.conversation)) return parseDetection(user)
  const lastUser = [...messages].reverse().find((m) => m.role === 'user')
  return { kind: 'generic', system, user: lastUser ? textOf(lastUser) : '' }
}
