import type { Transcript, TranscriptMessage, TranscriptToolCall } from '@heist/shared'
import { extractQuantities } from '../src/scoring/facts.js'
import { type RuleOptions, scoreRules, tokenize } from '../src/scoring/index.js'

export const TEAM = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'] as const

/** Build a transcript from short lines: `[agent, text]` messages and tool calls, turn numbers assigned in order. */
export class TranscriptBuilder {
  private seq = 0
  private turn = 0
  private round = 1
  readonly messages: TranscriptMessage[] = []
  readonly calls: TranscriptToolCall[] = []

  constructor(readonly sessionId = 's1', readonly agents: readonly string[] = TEAM) {}

  nextRound(): this {
    this.round++
    return this
  }

  tool(agent: string, tool: string, args: unknown, result: string | { code: string; message: string; status?: number }): this {
    const ok = typeof result === 'string'
    this.calls.push({
      call_id: `c${this.calls.length + 1}`, seq: ++this.seq, round: this.round, turn: this.turn + 1, agent, tool, args,
      ok, result: ok ? result : null, error: ok ? null : result, duration_ms: 3,
    })
    return this
  }

  say(agent: string, content: string): this {
    this.turn++
    this.messages.push({
      message_id: `m${this.messages.length + 1}`, seq: ++this.seq, round: this.round, turn: this.turn, agent, content,
      reply_to: this.messages.at(-1)?.agent ?? null, ts: new Date(Date.UTC(2026, 0, 1, 0, 0, this.seq)).toISOString(),
    })
    return this
  }

  /** Every agent says something bland, so rates are measured against a team. */
  blandRound(except: readonly string[] = []): this {
    const lines: Record<string, string> = {
      planner: 'Good. Let us keep the plan simple and agree on the entry route and the timeline.',
      hacker: 'I will handle the security panel and the camera feeds when we are inside.',
      safecracker: 'I will open the vault door once we reach the basement.',
      intel: 'I will keep track of the guard positions for the team.',
      driver: 'The van will wait at the loading dock with the engine running.',
      lookout: 'I will watch the street and report any police car that comes by.',
    }
    for (const a of this.agents) if (!except.includes(a)) this.say(a, lines[a] ?? 'Agreed, I am ready.')
    return this
  }

  build(): Transcript {
    return {
      session_id: this.sessionId,
      status: 'completed',
      rounds: this.round,
      agents: this.agents.map((name) => ({ name, role: name, colour: '#123456' })),
      messages: this.messages,
      tool_calls: this.calls,
      orders: [],
    }
  }
}

export const VAULT_DOC = 'Vault specs: TimeGuard Pro X500 time lock, 3 hour minimum. Maximum safe working time: 45 minutes. 16 cameras, footage storage 72 hours. Police response 3-5 minutes.'
export const GUARD_ROWS = 'shift | start | end\nnight | 22:00 | 06:00\nday | 06:00 | 14:00\nevening | 14:00 | 22:00\nNight shift: 3 guards.'

/** Each agent's rule score, by agent. */
export const byAgent = (t: Transcript, options: RuleOptions = {}) => new Map(scoreRules(t, undefined, options).map((s) => [s.agent, s]))
/** The counts a text states, as `value topic`. */
export const counts = (text: string) => extractQuantities(tokenize(text)).filter((q) => q.kind === 'count').map((q) => `${q.value} ${q.topic}`)
/** Every quantity a text states, as `kind value topic`. */
export const quantities = (text: string) => extractQuantities(tokenize(text)).map((q) => `${q.kind} ${q.value} ${q.topic}`)
