/**
 * Rule scoring of a 10,000-message session (target < 200 ms), against a baseline measured in
 * the same run: one pass that only tokenises the same messages.
 * Run: node --conditions=heist-source --import tsx bench/detection-rules.ts
 */
import type { Transcript } from '@heist/shared'
import { scoreRules, tokenize } from '../services/detection/src/scoring/index.js'

const AGENTS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
const LINES = [
  'The vault has a 3 hour time lock and there are 16 cameras on the ground floor.',
  'Night shift runs 22:00 to 06:00 with 3 guards; the shift change window is 10-15 minutes.',
  'Let me think, we should double check the route and wait until we have confirmation.',
  'Maybe the police response is 5 minutes, I think, but I am not sure about the patrols.',
  'Drilling takes 45 minutes with the calculator result of 2700 seconds, then we leave.',
  'I thought the hacker was handling the alarms? Who is taking the elevator keys?',
  'The van waits at the loading dock, the getaway drive is 12 minutes to the safe house.',
  'The calculator is broken, I would not trust those numbers at all.',
]

function session(n: number): Transcript {
  const messages: Transcript['messages'] = []
  const tool_calls: Transcript['tool_calls'] = []
  let seq = 0
  for (let i = 0; i < n; i++) {
    const agent = AGENTS[i % AGENTS.length]!
    const round = Math.floor(i / AGENTS.length) + 1
    if (agent === 'safecracker') {
      tool_calls.push({ call_id: `c${i}`, seq: ++seq, round, turn: i + 1, agent, tool: 'calculator', args: { expression: '45*60' }, ok: true, result: '45*60 = 2700', error: null, duration_ms: 1 })
    }
    const content = `${LINES[(i * 7 + round) % LINES.length]} (${i})`
    messages.push({ message_id: `m${i}`, seq: ++seq, round, turn: i + 1, agent, content, reply_to: null, ts: '2026-01-01T00:00:00.000Z' })
  }
  return { session_id: 'bench', status: 'completed', rounds: Math.ceil(n / AGENTS.length), agents: AGENTS.map((name) => ({ name, role: name, colour: '#000000' })), messages, tool_calls, orders: [] }
}

function median(fn: () => void, runs: number): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

const t = session(10_000)
let sink = 0
scoreRules(t) // warm-up
const baseline = median(() => {
  for (const m of t.messages) sink += tokenize(m.content).length
}, 7)
const rules = median(() => {
  sink += scoreRules(t).length
}, 7)
console.log(`10,000-message session, 6 agents, ${t.tool_calls.length} tool calls (median of 7 runs)`)
console.log(`  baseline: tokenise only      ${baseline.toFixed(1)} ms`)
console.log(`  rules: four signals + evidence ${rules.toFixed(1)} ms  (${(rules / baseline).toFixed(1)}x the baseline; target < 200 ms: ${rules < 200 ? 'met' : 'NOT met'})`)
if (sink < 0) console.log(sink)
