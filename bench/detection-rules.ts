/**
 * Rule scoring of a 10,000-message session (target < 200 ms), against a baseline measured in
 * the same run: one pass that only tokenises the same messages. Two more rows for figures: a
 * session whose messages are dense with counts, times and durations, every value new, and one huge
 * message of them (each figure used to be compared with every earlier one: 35-57 s for a 300-400 KB
 * message). Their ratio to their own tokenise-only baseline should stay near the first row's.
 * Run: node --conditions=heist-source --import tsx bench/detection-rules.ts
 */
import { loadavg } from 'node:os'
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

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The i-th figure: a count of cameras, a duration of the time lock or a clock time of the guards'
 * shift, every value new: the worst case for comparing each figure with the earlier ones.
 */
function figure(i: number): string {
  const k = Math.floor(i / 3)
  switch (i % 3) {
    case 0: return `${k + 1} cameras`
    case 1: return `the lock takes ${k * 3 + 1} minutes`
    default: return `the shift at ${pad(k % 24)}:${pad((k * 7) % 60)}`
  }
}

/**
 * `n` messages of `perMessage` figures each, among six agents; the hacker's turns each begin with a
 * document of as many figures (other values), so every claim is also held to the tool results.
 */
function figureSession(n: number, perMessage: number): Transcript {
  const messages: Transcript['messages'] = []
  const tool_calls: Transcript['tool_calls'] = []
  let seq = 0
  const figures = (from: number) => Array.from({ length: perMessage }, (_, k) => figure(from + k)).join(', ')
  for (let i = 0; i < n; i++) {
    const agent = AGENTS[i % AGENTS.length]!
    const round = Math.floor(i / AGENTS.length) + 1
    if (agent === 'hacker') tool_calls.push({ call_id: `c${i}`, seq: ++seq, round, turn: i + 1, agent, tool: 'read_file', args: { filename: 'notes.txt' }, ok: true, result: figures((n + i) * perMessage), error: null, duration_ms: 1 })
    messages.push({ message_id: `m${i}`, seq: ++seq, round, turn: i + 1, agent, content: figures(i * perMessage), reply_to: null, ts: '2026-01-01T00:00:00.000Z' })
  }
  return { session_id: 'bench-figures', status: 'completed', rounds: Math.ceil(n / AGENTS.length), agents: AGENTS.map((name) => ({ name, role: name, colour: '#000000' })), messages, tool_calls, orders: [] }
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

let sink = 0
const kb = (t: Transcript) => Math.round(t.messages.reduce((n, m) => n + m.content.length, 0) / 1024)

/** Median times of tokenising the messages only and of scoring them, and their ratio. */
function row(label: string, t: Transcript, runs: number, target?: number): void {
  // A new input object every run: scoreRules keeps a transcript object's preparation (b230cd7, for the
  // evaluation's second scoring of one game), and timing the same object again measured that cache hit,
  // not the work the service does for each transcript it fetches (~44 % less CPU at 10,000 messages).
  const fresh = () => ({ ...t })
  scoreRules(fresh()) // warm-up
  const baseline = median(() => {
    for (const m of t.messages) sink += tokenize(m.content).length
  }, runs)
  const rules = median(() => {
    sink += scoreRules(fresh()).length
  }, runs)
  console.log(`${label} (median of ${runs} runs)`)
  console.log(`  baseline: tokenise only        ${baseline.toFixed(1)} ms`)
  const verdict = target === undefined ? '' : `; target < ${target} ms: ${rules < target ? 'met' : 'NOT met'}`
  console.log(`  rules: four signals + evidence ${rules.toFixed(1)} ms  (${(rules / baseline).toFixed(1)}x the baseline${verdict})`)
}

const t = session(10_000)
row(`10,000-message session, 6 agents, ${t.tool_calls.length} tool calls, ${kb(t)} KB`, t, 7, 200)
const dense = figureSession(300, 40)
row(`figure-heavy session: 300 messages of 40 figures, ${dense.tool_calls.length} documents of 40, ${kb(dense)} KB`, dense, 5)
const huge = figureSession(1, 25_000)
row(`one message of 25,000 figures, ${kb(huge)} KB`, huge, 3)
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
if (sink < 0) console.log(sink)
