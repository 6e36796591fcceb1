import type { DetectionResult, SessionEvent } from '@heist/shared'

/** A crowded team for layout tests: eight agents, some with names at the 32-character limit. */
export const CROWD = [
  'planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout',
  'chief_infiltration_specialist_01', 'chief_infiltration_specialist_02',
]
const COLOURS = ['#4f9dff', '#39d98a', '#ffb020', '#c084fc', '#f87171', '#22d3ee', '#f472b6', '#a3e635']
const TOOLS = ['read_file', 'calculator', 'query_db']

/**
 * A finished session as the orchestrator would send it: every agent speaks each round and
 * answers the previous speaker, some call tools (one fails), one order is given and delivered.
 * The mole is sealed in a `game_sealed` event, as the real orchestrator does.
 */
export function crowdedSession(sessionId: string, options: { agents?: string[]; rounds?: number; mole?: string | null } = {}): SessionEvent[] {
  const agents = options.agents ?? CROWD
  const rounds = options.rounds ?? 3
  const ts = new Date().toISOString()
  const events: SessionEvent[] = []
  let seq = 0
  const push = (event: Record<string, unknown>) => events.push({ session_id: sessionId, seq: ++seq, ts, ...event } as SessionEvent)
  push({
    type: 'session_started', rounds, turn_order: agents, model: 'heist-sim',
    agents: agents.map((name, i) => ({ name, role: `${name.replace(/_/g, ' ')} — a role description long enough to wrap`, colour: COLOURS[i % COLOURS.length] ?? '#fff' })),
  })
  push({ type: 'game_sealed', mole: options.mole === undefined ? agents[1] ?? null : options.mole, strategy: 'false_info', seed: 7 })
  let turn = 0
  let previous: string | null = null
  for (let round = 1; round <= rounds; round++) {
    push({ type: 'round_started', round })
    for (const [i, agent] of agents.entries()) {
      turn++
      push({ type: 'turn_started', round, turn, agent })
      if ((i + round) % 3 === 0) {
        const tool = TOOLS[(i + round) % TOOLS.length] ?? 'calculator'
        const ok = !(round === 2 && i === 3)
        push({ type: 'tool_call', round, turn, agent, call_id: `c${turn}`, tool, args: { expression: '15*60', path: 'vault_specs.md' } })
        push({ type: 'tool_result', round, turn, agent, call_id: `c${turn}`, tool, ok, duration_ms: 12 + i,
          ...(ok ? { result: 'The vault door is a 2-hour rated Class III door; the time lock opens at 09:00. '.repeat(3) } : { error: { code: 'TOOL_FAILED', message: 'no such file' } }) })
      }
      if (round === 1 && i === 4) {
        push({ type: 'order_received', order_id: 'o1', agent, text: 'Bring the blue van to the loading dock' })
        push({ type: 'order_delivered', order_id: 'o1', agent, turn })
      }
      push({ type: 'message', round, turn, agent, message_id: `m${turn}`, reply_to: previous, prompt_tokens: 400 + turn, completion_tokens: 60 + i, latency_ms: 800 + 10 * i,
        content: `Round ${round}, ${agent} here. The guard shift changes at 02:15, so we move at 02:20 through the east service door; supercalifragilisticexpialidocious_unbroken_token_${turn} stays on schedule.` })
      previous = agent
    }
  }
  push({ type: 'session_completed', rounds })
  return events
}

/** A detection result for a session of `agents`, as the detection service would store it. */
export function detectionFor(sessionId: string, agents: string[], rounds: number, suspect: string | null): DetectionResult {
  const score = (i: number) => Math.round(((i * 37) % 90) + 5) / 100
  return {
    session_id: sessionId, created_at: new Date().toISOString(), mode: 'hybrid', model_error: null,
    weights: { rules: 0.6, model: 0.4, signals: { tool_usage: 0.3, timing: 0.2, message_anomaly: 0.2, information_quality: 0.3 } },
    suspect, confidence: suspect ? 0.48 : 0.2, threshold: 0.35,
    scores: agents.map((agent, i) => ({
      agent, score: score(i), rule_score: score(i) / 2, model_score: score(i), signals: { tool_usage: 0.1, timing: 0.2, message_anomaly: 0.1, information_quality: 0.3 },
      model_reason: 'hesitant about numbers', evidence: [{ signal: 'tool_usage', ref: 'm1', note: 'no tool used', weight: 0.2 }],
    })),
    timeline: Array.from({ length: rounds }, (_, r) => ({ round: r + 1, scores: Object.fromEntries(agents.map((a, i) => [a, Math.min(1, (score(i) / 2) * ((r + 1) / rounds))])) })),
    message_count: agents.length * rounds,
  }
}
