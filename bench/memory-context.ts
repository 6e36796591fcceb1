/**
 * Context size the memory service hands an agent after 10, 50 and 200 rounds × 6 agents,
 * against the uncompressed history measured in the same run (the baseline, ratio 1.00).
 * In-process, `:memory:` SQLite, a fake summariser that always writes the longest summary it
 * is allowed (the worst case for the context size). No network.
 *
 *   node --conditions=heist-source --import tsx bench/memory-context.ts (or pnpm bench memory-context)
 */
import { MemoryCompression } from '@heist/shared'
import type { ChatFn } from '@heist/shared/chat-client'
import { openDatabase } from '../services/memory/src/db.js'
import { MemoryService } from '../services/memory/src/memory.js'
import { SqliteMemoryStore } from '../services/memory/src/store.js'
import { countTokens, renderMessage } from '../services/memory/src/tokens.js'

const AGENTS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
const ROUNDS = [10, 50, 200]
// heist.yaml's defaults, as the orchestrator sends them with each write.
const SETTINGS = MemoryCompression.parse({})
const BUDGET = 1500
const SMALL_BUDGET = 400
const DEADLINE_MS = 60_000

/** Deterministic heist talk, 2-4 sentences with numbers, times and names, like llm-sim's. */
function line(round: number, turn: number): string {
  const n = round * 6 + turn
  const facts = [
    `The guard ${['Chen', 'Williams', 'Miller', 'Kim'][n % 4]} changes shift at 0${n % 6}:${String((n * 7) % 60).padStart(2, '0')}.`,
    `Camera ${n % 16} covers the ${['loading dock', 'stairwell B', 'vault corridor', 'lobby'][n % 4]}.`,
    `I estimate ${(n % 40) + 5} minutes for my part, so we stay inside the 45 minute window.`,
    'We should double-check this before we commit to the timeline.',
  ]
  return facts.slice(0, 2 + (n % 3)).join(' ')
}

/** A model that always answers with more than it is allowed; the service trims it to `summaryMaxTokens`. */
const verboseModel: ChatFn = async ({ messages }) => {
  const prompt = messages[1]?.content ?? ''
  const newMessages = prompt.slice(prompt.indexOf('New messages:'), prompt.lastIndexOf('Write the updated summary'))
  return { content: `${newMessages}\n${newMessages}`, toolCalls: [], usage: null }
}

async function run(rounds: number) {
  const memory = new MemoryService({ store: new SqliteMemoryStore(openDatabase(':memory:')), chat: verboseModel })
  let historyTokens = 0
  const started = performance.now()
  for (let round = 0; round < rounds; round++) {
    for (const [turn, agent] of AGENTS.entries()) {
      const content = line(round, turn)
      historyTokens += countTokens(renderMessage(agent, content))
      await memory.store('bench', { message_id: `${round}-${turn}`, agent, round: round + 1, content }, SETTINGS)
    }
    if (performance.now() - started > DEADLINE_MS) throw new Error(`over ${DEADLINE_MS} ms, stopping`)
  }
  const budgeted = memory.context('bench', BUDGET)
  const small = memory.context('bench', SMALL_BUDGET)
  const stats = memory.stats('bench')
  return { rounds, messages: rounds * 6, historyTokens, budgeted: budgeted.total_tokens, small: small.total_tokens, summary: stats.summary_tokens, compressions: stats.compressions, ms: performance.now() - started }
}

const rows = []
for (const rounds of ROUNDS) rows.push(await run(rounds))
console.log(`memory context vs uncompressed history (threshold ${SETTINGS.compression_threshold_messages}, recent ${SETTINGS.recent_messages}, summary ≤ ${SETTINGS.summary_max_tokens} tokens, budget ${BUDGET})`)
console.log(`rounds  messages  history(=1.00)  summary  context@${BUDGET}  ratio   context@${SMALL_BUDGET}  ratio   compressions  ms/message`)
for (const r of rows) {
  console.log([
    String(r.rounds).padStart(6), String(r.messages).padStart(9), String(r.historyTokens).padStart(15),
    String(r.summary).padStart(8), String(r.budgeted).padStart(13), (r.budgeted / r.historyTokens).toFixed(3).padStart(6),
    String(r.small).padStart(12), (r.small / r.historyTokens).toFixed(3).padStart(6),
    String(r.compressions).padStart(13), (r.ms / r.messages).toFixed(2).padStart(11),
  ].join(' '))
}
