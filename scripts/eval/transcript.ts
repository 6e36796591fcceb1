import { PublicSessionEvent, type SessionEvent, type Transcript, type TranscriptToolCall } from '@heist/shared'

const READ: ReadonlySet<string> = new Set(['session_started', 'round_started', 'session_completed', 'message', 'tool_call', 'tool_result'])

/**
 * The public transcript of a session, derived from its events the way the dashboard does:
 * `game_sealed` (the mole) is dropped first, so the scorer cannot see it.
 */
export function transcriptFromEvents(sessionId: string, events: readonly SessionEvent[]): Transcript {
  // Only the types read below are parsed: the rest (token deltas, turn starts …) would be dropped
  // anyway (each game has a delta and a turn start per turn). `game_sealed` is not among them.
  const pub = events.flatMap((e) => {
    if (!READ.has(e.type)) return []
    const parsed = PublicSessionEvent.safeParse(e)
    return parsed.success ? [parsed.data] : []
  })
  const started = pub.find((e) => e.type === 'session_started')
  const calls = new Map<string, TranscriptToolCall>()
  const messages: Transcript['messages'] = []
  let rounds = 0
  let completed = false
  for (const e of pub) {
    if (e.type === 'round_started') rounds = Math.max(rounds, e.round)
    else if (e.type === 'session_completed') completed = true
    else if (e.type === 'message') {
      messages.push({ message_id: e.message_id, seq: e.seq, round: e.round, turn: e.turn, agent: e.agent, content: e.content, reply_to: e.reply_to, ts: e.ts })
    } else if (e.type === 'tool_call') {
      calls.set(e.call_id, { call_id: e.call_id, seq: e.seq, round: e.round, turn: e.turn, agent: e.agent, tool: e.tool, args: e.args, ok: null, result: null, error: null, duration_ms: null })
    } else if (e.type === 'tool_result') {
      const c = calls.get(e.call_id)
      if (c) Object.assign(c, { ok: e.ok, result: e.result ?? null, error: e.error ?? null, duration_ms: e.duration_ms })
    }
  }
  return {
    session_id: sessionId,
    status: completed ? 'completed' : 'stopped',
    rounds,
    agents: started?.type === 'session_started' ? started.agents : [],
    messages,
    tool_calls: [...calls.values()],
    orders: [],
  }
}
