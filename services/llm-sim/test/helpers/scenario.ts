/**
 * A stand-in orchestrator for tests: builds each turn's prompt with the orchestrator's own
 * `buildMessages` over the shipped configuration (so a change to the orchestrator's prompts that
 * the simulator no longer recognises fails these tests), runs the tool calls against small fakes,
 * and plays whole sessions through `simulateCompletion`. The detector's request is built by the
 * detection service's own builder, from the session as its transcript would hold it.
 */
import { fileURLToPath } from 'node:url'
import type { AgentConfig } from '@heist/shared'
import { buildDetectionPrompt, RESPONSE_FORMAT, scoreRules, type ScoringInput } from '@heist/detection/scoring'
import { buildMessages, loadTeamConfig, type TeamConfig } from '@heist/orchestrator/engine'
import { fnv1a } from '../../src/model/random.js'
import { simulateCompletion, type ChatCompletionRequest, type ChatMessage, type FunctionTool, type Strategy } from '../../src/model/index.js'

/** The shipped configuration (agents.yaml, heist.yaml): the same personas, strategies and opening the orchestrator uses. */
export const CONFIG: TeamConfig = loadTeamConfig(fileURLToPath(new URL('../../../../config', import.meta.url)), 'dev')
export const TEAM = CONFIG.agents

export const TOOLS: Record<string, FunctionTool> = {
  calculator: { type: 'function', function: { name: 'calculator', description: 'Evaluate an arithmetic expression.', parameters: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'], additionalProperties: false } } },
  read_file: { type: 'function', function: { name: 'read_file', description: 'Read a scenario document.', parameters: { type: 'object', properties: { filename: { type: 'string' } }, required: ['filename'], additionalProperties: false } } },
  query_db: { type: 'function', function: { name: 'query_db', description: 'Run one read-only SELECT on the security database.', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'], additionalProperties: false } } },
}

const DOCS: Record<string, string> = {
  'security_system.txt': 'SECURITY SYSTEMS\n- 24 cameras in total; footage is kept for 90 days.\n- Blind spots: loading dock, stairwell B, maintenance corridor (B-1).\n- Alarm delay: 30 seconds between detection and the alarm.\n- Police response time: 3-5 minutes from the alarm.',
  'vault_specs.txt': 'VAULT\n- Door: 3-ton steel door.\n- Lock model: TitanSafe Pro 5000.\n- Exception: the maintenance window 02:00-02:45.\n- Wrong code entered 3 times -> 30-minute lockout.\n- Maximum safe working time inside the vault: 45 minutes.',
  'bank_layout.txt': 'LAYOUT\n- Vault on basement level B-1, 10 x 8 m.\n- Security office on floor 2.\n- Loading dock at the rear, stairwell B to B-1.',
  'guard_roster.txt': 'SHIFTS\n  Day      06:00-14:00   4 guards\n  Evening  14:00-22:00   6 guards\n  Night    22:00-06:00   3 guards\nNight supervisor Lisa Chen (L4).',
  'timing_specs.txt': 'TIMING\n  Maintenance window         02:00-02:45\n  Lockout                    3 wrong codes -> 30 minutes\n  Police response            3-5 minutes',
}

/** A tiny arithmetic evaluator (+ - * / and parentheses) standing in for the calculator service. */
export function evaluate(expression: string): number {
  const tokens = expression.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? []
  let at = 0
  const atom = (): number => {
    const token = tokens[at++]
    if (token === '(') {
      const value = sum()
      at++
      return value
    }
    if (token === '-') return -atom()
    return Number(token)
  }
  const product = (): number => {
    let value = atom()
    while (tokens[at] === '*' || tokens[at] === '/') value = tokens[at++] === '*' ? value * atom() : value / atom()
    return value
  }
  const sum = (): number => {
    let value = product()
    while (tokens[at] === '+' || tokens[at] === '-') value = tokens[at++] === '+' ? value + product() : value - product()
    return value
  }
  return sum()
}

export function runTool(name: string, args: Record<string, unknown>): string {
  if (name === 'calculator') return `${String(args.expression)} = ${evaluate(String(args.expression))}`
  if (name === 'read_file') return DOCS[String(args.filename)] ?? `ERROR FILE_NOT_FOUND: no document named ${String(args.filename)}`
  if (name === 'query_db') {
    if (/vault_codes/i.test(String(args.query))) return 'ERROR DB_QUERY_FAILED: no such table: vault_codes'
    return 'shift | start_time | end_time | guard_count\nday | 06:00 | 14:00 | 4\nevening | 14:00 | 22:00 | 6\nnight | 22:00 | 06:00 | 3'
  }
  return `ERROR TOOL_UNKNOWN: ${name}`
}

export interface Said {
  agent: string
  round: number
  text: string
  calls: { name: string; args: Record<string, unknown>; result: string }[]
}

export interface SessionOptions {
  rounds?: number
  mole?: { name: string; strategy: Strategy }
  seed?: number
  orders?: Record<string, string>
  /** The model name, which picks the voice (`heist-sim` by default). */
  model?: string
  recent?: number
  /**
   * Requests shaped as the fleet's orchestrator sends them: this `prompt_cache_key` in every request
   * of the game, and a seed of its own each turn (from `seed`, the round and the agent).
   */
  game?: string
  /** Runs a tool call; the small fakes above by default. */
  run?: (name: string, args: Record<string, unknown>) => string
}

/** The orchestrator's messages for the first model call of `member`'s turn. */
export function turnMessages(member: AgentConfig, history: Said[], round: number, options: SessionOptions): ChatMessage[] {
  const recent = history.slice(-(options.recent ?? 6)).map((said, i) => ({ message_id: `m${i}`, agent: said.agent, round: said.round, content: said.text, tokens: 0 }))
  const game = { seed: options.seed ?? 0, mole: options.mole?.name ?? null, strategy: options.mole?.strategy ?? null }
  const order = options.orders?.[member.name]
  const memory = { session_id: 'test', summary: null, recent, total_tokens: 0, message_count: recent.length }
  return buildMessages({ agent: member, team: TEAM, heist: CONFIG.heist, game, memory, orders: order ? [order] : [], round, rounds: options.rounds ?? 5 }) as ChatMessage[]
}

/** One agent's turn: first call, tool rounds, final message. */
export function playTurn(member: AgentConfig, history: Said[], round: number, options: SessionOptions): Said {
  const messages = turnMessages(member, history, round, options)
  const tools = member.tools.map((t) => TOOLS[t]!)
  const calls: Said['calls'] = []
  for (let step = 0; step <= 3; step++) {
    const seed = options.game === undefined ? options.seed : fnv1a(`${options.seed ?? 0}:${round}:${member.name}`)
    const request: ChatCompletionRequest = {
      model: options.model ?? 'heist-sim', messages, ...(tools.length > 0 && step < 3 ? { tools } : {}), ...(seed !== undefined ? { seed } : {}),
      ...(options.game === undefined ? {} : { prompt_cache_key: options.game }),
    }
    const message = simulateCompletion(request).choices[0].message
    if (!message.tool_calls) return { agent: member.name, round, text: message.content ?? '', calls }
    messages.push({ role: 'assistant', content: null, tool_calls: message.tool_calls })
    for (const call of message.tool_calls) {
      const args = JSON.parse(call.function.arguments) as Record<string, unknown>
      const result = (options.run ?? runTool)(call.function.name, args)
      calls.push({ name: call.function.name, args, result })
      messages.push({ role: 'tool', tool_call_id: call.id, content: result })
    }
  }
  throw new Error('the model kept calling tools')
}

/**
 * Sessions already played in this worker, by their options. The unit workers keep their modules from
 * file to file (vitest.config.ts: isolate false), and the voice files play the same sessions again
 * (a voice's control games in several checks and files): 754 plays in the llm-sim files, 16 % of their
 * time in repeats. The simulator is a pure function of the request, so a repeat is the same
 * game; a test of exactly that asks for a fresh play.
 */
const played = new Map<string, Said[]>()

/**
 * A whole session, round by round, in the seed's turn order: a copy of this worker's earlier play
 * of the same options, unless `fresh` (a check that playing again gives the same game) or a tool
 * runner of the test's own is given.
 */
export function playSession(options: SessionOptions = {}, { fresh = false }: { fresh?: boolean } = {}): Said[] {
  if (fresh || options.run) return playFresh(options)
  const key = JSON.stringify(options)
  let game = played.get(key)
  if (!game) {
    game = playFresh(options)
    played.set(key, game)
  }
  return structuredClone(game)
}

function playFresh(options: SessionOptions): Said[] {
  const history: Said[] = []
  for (let round = 1; round <= (options.rounds ?? 5); round++) {
    for (const member of TEAM) history.push(playTurn(member, history, round, options))
  }
  return history
}

/** A played session as the dashboard's public transcript would hold it: what the detector reads. */
export function scoringInput(history: Said[]): ScoringInput {
  let seq = 0
  const messages: ScoringInput['messages'] = []
  const toolCalls: ScoringInput['tool_calls'] = []
  history.forEach((said, turn) => {
    for (const call of said.calls) {
      const failure = /^ERROR (\S+): ([\s\S]*)$/.exec(call.result)
      seq++
      toolCalls.push({
        call_id: `call_${seq}`, seq, round: said.round, turn, agent: said.agent, tool: call.name, args: call.args, ok: !failure,
        result: failure ? null : call.result, error: failure ? { code: failure[1]!, message: failure[2]! } : null, duration_ms: 1,
      })
    }
    seq++
    messages.push({ message_id: `msg_${seq}`, seq, round: said.round, turn, agent: said.agent, content: said.text, reply_to: null, ts: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString() })
  })
  return { agents: TEAM.map((a) => ({ name: a.name, role: a.role, colour: a.colour })), messages, tool_calls: toolCalls }
}

/** The detection service's request for a played session, built by its own prompt builder and rules. */
export function detectionRequest(history: Said[]): ChatCompletionRequest {
  const input = scoringInput(history)
  return { model: 'heist-sim', messages: buildDetectionPrompt(input, scoreRules(input)).map((m) => ({ ...m })), response_format: RESPONSE_FORMAT }
}
