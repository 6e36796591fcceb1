/**
 * Figures nobody else backs. A plan's times and durations come from the documents, the database,
 * the calculator or the team: the window the file gives, the drill time the calculator returns,
 * the entry time three people repeat. A figure that none of those gives ("20 min in and out",
 * "we can start a little after 02:20", "cops need 12 min") is the speaker's alone, whatever topic
 * word stands beside it (most such figures have none, so the topic checks in claims.ts never see
 * them). Read with tighter tolerances than the topic checks: a clock time within five minutes of
 * a supported one ("pickup 02:48" after "02:45 doors closed") is derived from it, not a new claim.
 */
import { extractQuantities, type Quantity } from './facts.js'
import type { Prepared, PreparedMessage } from './prepare.js'
import { tokenize } from './text.js'

/** Minutes within which a clock time is the same moment ("02:48" against "02:45"). */
const CLOCK_TOLERANCE = 5
/** Teammates who must also give a figure for it to be the team's, not the speaker's alone. */
const TEAM_SUPPORT = 1

export interface UnsupportedFigure {
  agent: string
  ref: string
  q: Quantity
}

/**
 * Sorted values of one kind, for range look-ups: a long session repeats a few dozen figures
 * thousands of times. Not `FigureIndex` (figure-index.ts): its buckets are sized for the topic
 * checks' wider tolerances (15 minutes, 10 %), so at these tighter ones each look-up reads and
 * tests far more candidates. Tried with the same results (eval report identical): the bench's
 * one-message row took 486 ms against 230 ms, the figure-dense session 148 against 109 ms.
 */
class Ladder<T> {
  private readonly values: number[] = []
  private readonly items: T[] = []
  constructor(entries: Iterable<[number, T]>) {
    for (const [v, item] of [...entries].sort((a, b) => a[0] - b[0])) {
      this.values.push(v)
      this.items.push(item)
    }
  }
  /** Items whose value lies in [lo, hi]. */
  *within(lo: number, hi: number): Generator<T> {
    let a = 0
    let b = this.values.length
    while (a < b) {
      const mid = (a + b) >> 1
      if (this.values[mid]! < lo) a = mid + 1
      else b = mid
    }
    for (let i = a; i < this.values.length && this.values[i]! <= hi; i++) yield this.items[i]!
  }
}

/** The ranges of values that are the same figure as `q`: a duration within 2 %, a clock time within five minutes (without am/pm, also 12 hours on). */
function rangesOf(q: Quantity): [number, number][] {
  if (q.kind === 'duration') {
    const slack = Math.max(0.05, 0.02 * Math.abs(q.value))
    return [[q.value - slack, q.value + slack]]
  }
  const shifts = q.ambiguous ? [-1440, -720, 0, 720, 1440] : [-1440, 0, 1440]
  return shifts.map((s) => [q.value + s - CLOCK_TOLERANCE, q.value + s + CLOCK_TOLERANCE])
}

/** Every time and duration the tool results give, under any topic, and their bare numbers read as minutes, seconds or hours. */
function toolFigures(p: Prepared): Map<string, Ladder<true>> {
  const byKind = new Map<string, Set<number>>([['clock', new Set()], ['duration', new Set()]])
  for (const [kind, values] of byKind) for (const q of p.toolFactsByKind.get(kind) ?? []) {
    values.add(q.value)
    // A time without am/pm in a document could be either half of the day.
    if (kind === 'clock' && q.ambiguous) values.add((q.value + 720) % 1440)
  }
  const durations = byKind.get('duration')!
  for (const own of p.ownResults.values()) for (const n of own.numbers) for (const v of [n, n / 60, n * 60]) durations.add(v)
  return new Map([...byKind].map(([kind, values]) => [kind, new Ladder([...values].map((v) => [v, true] as [number, true]))]))
}

/** Who states each time and duration in the session, by kind and value. */
function statedFigures(p: Prepared): Map<string, Ladder<Set<string>>> {
  const byKind = new Map<string, Map<number, Set<string>>>([['clock', new Map()], ['duration', new Map()]])
  for (const pm of p.messages) for (const q of pm.quantities) {
    const values = byKind.get(q.kind)
    if (!values) continue
    const agents = values.get(q.value) ?? new Set<string>()
    agents.add(pm.msg.agent)
    values.set(q.value, agents)
  }
  return new Map([...byKind].map(([kind, values]) => [kind, new Ladder(values)]))
}

/** True when the tool results give the same figure. */
function toolGives(tools: Ladder<true>, q: Quantity): boolean {
  return rangesOf(q).some(([lo, hi]) => !tools.within(lo, hi).next().done)
}

const SENTENCES = /(?<=[.!?;])\s+|\n/

/**
 * Figures of the sentences that name the speaker of the previous message ("Safecracker, noted: 33
 * hours"): an acknowledgement quotes the one it answers, even when it misreads them ("8.33 hours"
 * read as 33), so the figure is theirs, not a new one of the speaker's.
 */
function acknowledged(pm: PreparedMessage, previous: string | undefined): Set<string> {
  const quoted = new Set<string>()
  if (previous === undefined || pm.quantities.length === 0) return quoted
  const name = previous.toLowerCase()
  const lower = pm.msg.content.toLowerCase()
  if (!lower.includes(name)) return quoted
  for (const sentence of lower.split(SENTENCES)) {
    const tokens = tokenize(sentence)
    if (!tokens.includes(name)) continue
    for (const q of extractQuantities(tokens)) quoted.add(`${q.kind}|${q.value}`)
  }
  return quoted
}

/**
 * Each agent's times and durations that no tool result gives and fewer than two teammates ever
 * give, once per figure per agent (a liar repeating its own number is one figure; its teammates'
 * repetitions of it are support only when two of them give it).
 */
export function findUnsupportedFigures(p: Prepared): UnsupportedFigure[] {
  const tools = toolFigures(p)
  const stated = statedFigures(p)
  const out: UnsupportedFigure[] = []
  const seen = new Set<string>()
  let previous: string | undefined
  for (const pm of p.messages) {
    const { agent } = pm.msg
    const answers = previous === agent ? undefined : previous
    previous = agent
    let quoted: Set<string> | undefined
    for (const q of pm.quantities) {
      if (q.kind === 'count') continue
      const key = `${agent}|${q.kind}|${q.value}`
      if (seen.has(key)) continue
      seen.add(key)
      if (toolGives(tools.get(q.kind)!, q)) continue
      const backers = new Set<string>()
      for (const [lo, hi] of rangesOf(q)) for (const agents of stated.get(q.kind)!.within(lo, hi)) for (const a of agents) if (a !== agent) backers.add(a)
      if (backers.size >= TEAM_SUPPORT) continue
      // Read only for a message with a figure left unbacked (few are).
      quoted ??= acknowledged(pm, answers)
      // Quoting the previous speaker this time; the agent's next statement of it is its own.
      if (quoted.has(`${q.kind}|${q.value}`)) seen.delete(key)
      else out.push({ agent, ref: pm.msg.message_id, q })
    }
  }
  return out
}
