import { fileURLToPath } from 'node:url'
import { PublicSessionEvent, type SessionEvent, type StartOptions } from '@heist/shared'
import {
  createInProcessMemory, createInProcessTools, createScriptedModel, HeistSession, loadTeamConfig,
  type ChatRequest, type ScriptedReply, type SessionDeps, type TeamConfig,
} from '../src/engine/index.js'

export const CONFIG_DIR = fileURLToPath(new URL('../../../config', import.meta.url))

export function team(): TeamConfig {
  return loadTeamConfig(CONFIG_DIR)
}

/** The agent a request is for, from its system prompt. */
export function agentOf(request: ChatRequest): string {
  const first = request.messages[0]
  return /^You are ([a-z0-9_-]+),/.exec(first?.content ?? '')?.[1] ?? '?'
}

export const calculatorTool = {
  name: 'calculator',
  description: 'Evaluate arithmetic',
  inputSchema: { type: 'object', properties: { expression: { type: 'string', minLength: 1 } }, required: ['expression'], additionalProperties: false },
}

/** In-process calculator (only `a*b`), used by the safecracker. */
export function fakeTools(calls: { agent: string; args: unknown }[] = []) {
  return createInProcessTools({
    calculator: {
      tool: calculatorTool,
      agents: ['safecracker'],
      run: (args) => {
        calls.push({ agent: 'safecracker', args })
        const expr = (args as { expression: string }).expression
        const [a, b] = expr.split('*').map(Number)
        if (a === undefined || b === undefined || Number.isNaN(a * b)) return { ok: false, error: { code: 'CALC_INVALID_EXPRESSION', message: `cannot evaluate ${expr}`, status: 400 } }
        return { ok: true, result: `${expr} = ${a * b}` }
      },
    },
  })
}

/** A reply per agent; the safecracker calls the calculator first and quotes the result. */
export function defaultScript(request: ChatRequest): ScriptedReply {
  const agent = agentOf(request)
  const last = request.messages.at(-1)
  if (agent === 'safecracker' && request.tools && last?.role !== 'tool') return { toolCalls: [{ name: 'calculator', arguments: { expression: '45*60' } }] }
  if (last?.role === 'tool') return `The drill takes ${last.content}.`
  return `${agent} here, round noted.`
}

export function harness(options: { script?: (r: ChatRequest, n: number) => ScriptedReply; seed?: number; rounds?: number; mole?: string; strategy?: string; deps?: Partial<SessionDeps>; sessionId?: string; team?: TeamConfig } = {}) {
  const t = options.team ?? team()
  const events: SessionEvent[] = []
  const model = createScriptedModel(options.script ?? defaultScript)
  const session = new HeistSession(
    { sessionId: options.sessionId ?? 's1', team: t, options: { seed: options.seed ?? 42, rounds: options.rounds ?? 1, mole: options.mole ?? 'random', strategy: (options.strategy ?? 'random') as StartOptions['strategy'] } },
    { model, tools: fakeTools(), memory: createInProcessMemory(t.heist.memory), sink: (e) => events.push(e), ...options.deps },
  )
  return { session, events, model, team: t }
}

export function ofType<T extends SessionEvent['type']>(events: SessionEvent[], type: T): Extract<SessionEvent, { type: T }>[] {
  return events.filter((e): e is Extract<SessionEvent, { type: T }> => e.type === type)
}

export function publicEvents(events: SessionEvent[]) {
  return events.filter((e) => PublicSessionEvent.safeParse(e).success)
}
