import { agrees, type Quantity } from './facts.js'
import type { Prepared } from './prepare.js'

// Who said what, and when, over one session: the ledgers the contradiction checks in claims.ts
// read (the team's running consensus, each agent's own earlier figures, each agent's last word,
// and who stated a figure first).

interface Cluster {
  q: Quantity
  agents: Set<string>
}

/** Values stated so far per key, grouped by agreement: the team's running consensus. */
export class Consensus {
  private readonly byKey = new Map<string, Cluster[]>()

  /** The value at least two other agents agreed on that this claim contradicts, if any. */
  check(key: string, q: Quantity, agent: string): Quantity | null {
    const clusters = this.byKey.get(key)
    if (!clusters) return null
    let agreed: Quantity | null = null
    for (const c of clusters) {
      const others = c.agents.has(agent) ? c.agents.size - 1 : c.agents.size
      if (others > 0 && agrees(q, c.q)) return null
      if (others >= 2) agreed = c.q
    }
    return agreed
  }

  add(key: string, q: Quantity, agent: string): void {
    const clusters = this.byKey.get(key) ?? []
    const hit = clusters.find((c) => agrees(q, c.q))
    if (hit) hit.agents.add(agent)
    else clusters.push({ q, agents: new Set([agent]) })
    this.byKey.set(key, clusters)
  }
}

/** The first statement of this figure on this topic in the session: who introduced it. */
export function introducer(echoed: Map<string, Echo[]>, q: Quantity): Echo | undefined {
  return echoed.get(q.kind)?.find((e) => e.q.topic === q.topic && agrees(q, e.q))
}

/** Each agent's last word per key: the figures of its latest message about it (a range is two). */
export class FinalPositions {
  private readonly byKey = new Map<string, Map<string, { seq: number; qs: Quantity[] }>>()

  add(key: string, q: Quantity, agent: string, seq: number): void {
    const agents = this.byKey.get(key) ?? new Map<string, { seq: number; qs: Quantity[] }>()
    this.byKey.set(key, agents)
    const last = agents.get(agent)
    if (last?.seq === seq) last.qs.push(q)
    else agents.set(agent, { seq, qs: [q] })
  }

  /**
   * The figure at least two other agents ended on when none of the others ended on `q`: the team
   * settled elsewhere (a teammate who repeated `q` and later changed it counts with the team).
   */
  settledAgainst(key: string, q: Quantity, agent: string): Quantity | null {
    const others = [...(this.byKey.get(key) ?? [])].filter(([a]) => a !== agent).map(([, last]) => last.qs)
    if (others.some((qs) => qs.some((o) => agrees(q, o) || agrees(o, q)))) return null
    for (const qs of others) for (const candidate of qs) {
      if (others.filter((other) => other.some((o) => agrees(o, candidate))).length >= 2) return candidate
    }
    return null
  }
}

export interface Echo {
  agent: string
  seq: number
  q: Quantity
}

/** The figures each agent stated in its earlier messages, per key: its own earlier word. */
export class OwnFigures {
  private readonly byAgent = new Map<string, Map<string, Quantity[]>>()
  private pending: { key: string; q: Quantity; agent: string }[] = []

  /** The agent's earlier figure for this key when the claim agrees with none of them (a range "3-5" is two figures). */
  check(key: string, q: Quantity, agent: string): Quantity | null {
    const earlier = this.byAgent.get(agent)?.get(key)
    return earlier && !earlier.some((e) => agrees(q, e)) ? earlier[0]! : null
  }

  /** Recorded at the end of the message: the two ends of one range never contradict each other. */
  add(key: string, q: Quantity, agent: string): void {
    this.pending.push({ key, q, agent })
  }

  endMessage(): void {
    for (const { key, q, agent } of this.pending) {
      const mine = this.byAgent.get(agent) ?? new Map<string, Quantity[]>()
      mine.set(key, [...(mine.get(key) ?? []), q])
      this.byAgent.set(agent, mine)
    }
    this.pending = []
  }
}

/** Counts must be about the same thing; times and durations may be quoted under another topic. */
export function sameSubject(a: Quantity, b: Quantity): boolean {
  return a.kind !== 'count' || a.topic === b.topic
}

/** Every quantity stated in the session, by kind, with who stated it. */
export function statedBy(p: Prepared): Map<string, Echo[]> {
  const out = new Map<string, Echo[]>()
  // The same entries by kind and agent: a repeat is looked for among the agent's own, not everyone's.
  const own = new Map<string, Map<string, Echo[]>>()
  for (const pm of p.messages) {
    const { agent } = pm.msg
    for (const q of pm.quantities) {
      let byAgent = own.get(q.kind)
      if (!byAgent) own.set(q.kind, byAgent = new Map())
      const mine = byAgent.get(agent)
      if (mine?.some((e) => e.q.topic === q.topic && agrees(q, e.q))) continue
      const echo = { agent, seq: pm.msg.seq, q }
      if (mine) mine.push(echo)
      else byAgent.set(agent, [echo])
      const list = out.get(q.kind)
      if (list) list.push(echo)
      else out.set(q.kind, [echo])
    }
  }
  return out
}
