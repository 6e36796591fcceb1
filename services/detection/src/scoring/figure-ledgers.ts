import { agrees, type Quantity, quantityKey } from './facts.js'
import { FigureIndex, quantityIndex } from './figure-index.js'
import type { Prepared } from './prepare.js'

// Who said what, and when, over one session: the ledgers the contradiction checks in claims.ts
// read (the team's running consensus, each agent's own earlier figures, each agent's last word,
// and who stated a figure first). Each files its figures by value (figure-index.ts): a figure is
// compared with the earlier ones that may agree with it, not with all of them.

interface Cluster {
  q: Quantity
  agents: Set<string>
}

/** Values stated so far per key, grouped by agreement: the team's running consensus. */
export class Consensus {
  /** Clusters in the order they were opened, and the same filed by value. */
  private readonly byKey = new Map<string, { all: Cluster[]; index: FigureIndex<Cluster> }>()

  /**
   * The value at least `support` other agents agreed on (two: the team's word; one: a teammate's
   * earlier word) that this claim contradicts, if any, and none when another agent's figure agrees.
   */
  check(key: string, q: Quantity, agent: string, support = 2): Quantity | null {
    const clusters = this.byKey.get(key)
    if (!clusters) return null
    const others = (c: Cluster) => (c.agents.has(agent) ? c.agents.size - 1 : c.agents.size)
    if (clusters.index.some(q, (c) => others(c) > 0 && agrees(q, c.q))) return null
    // The latest cluster enough others share. Clusters of a time or a duration disagree with each
    // other (a figure joins the first it agrees with), so a key holds few: ~100 for clock times.
    for (let i = clusters.all.length - 1; i >= 0; i--) if (others(clusters.all[i]!) >= support) return clusters.all[i]!.q
    return null
  }

  add(key: string, q: Quantity, agent: string): void {
    let clusters = this.byKey.get(key)
    if (!clusters) this.byKey.set(key, clusters = { all: [], index: new FigureIndex((c) => c.q) })
    const hit = clusters.index.first(q, (c) => agrees(q, c.q))
    if (hit) hit.agents.add(agent)
    else {
      const cluster = { q, agents: new Set([agent]) }
      clusters.all.push(cluster)
      clusters.index.add(cluster)
    }
  }
}

const NO_TOPIC = new Map<string, string>([['count', 'count:'], ['clock', 'clock:'], ['duration', 'duration:']])

/** The kind and topic of a figure as one string (interned: no string built per figure). */
function kindAndTopic(q: Quantity): string {
  return quantityKey(q) ?? NO_TOPIC.get(q.kind)!
}

export interface Echo {
  agent: string
  seq: number
  q: Quantity
}

/** Every quantity stated in the session (an agent's repeats of its own figure once), with who stated it. */
export class Echoes {
  /** By kind and topic: who stated a figure first. */
  private readonly byTopic = new Map<string, FigureIndex<Echo>>()
  /** By agent, then kind and topic: an agent's own statements of a figure. */
  private readonly own = new Map<string, Map<string, FigureIndex<Echo>>>()
  /** Clock times by kind, whatever their topic: the team's schedule. */
  private readonly clocks = new FigureIndex<Echo>((e) => e.q)
  private readonly slips = new Map<string, boolean>()

  constructor(p: Prepared) {
    for (const pm of p.messages) {
      const { agent } = pm.msg
      for (const q of pm.quantities) {
        const mine = this.ownIndex(agent, q)
        if (mine.some(q, (e) => agrees(q, e.q))) continue
        const echo = { agent, seq: pm.msg.seq, q }
        mine.add(echo)
        this.topicIndex(q).add(echo)
        if (q.kind === 'clock') this.clocks.add(echo)
      }
    }
  }

  private topicIndex(q: Quantity): FigureIndex<Echo> {
    const key = kindAndTopic(q)
    let index = this.byTopic.get(key)
    if (!index) this.byTopic.set(key, index = new FigureIndex((e) => e.q))
    return index
  }

  private ownIndex(agent: string, q: Quantity): FigureIndex<Echo> {
    let mine = this.own.get(agent)
    if (!mine) this.own.set(agent, mine = new Map())
    const key = kindAndTopic(q)
    let index = mine.get(key)
    if (!index) mine.set(key, index = new FigureIndex((e) => e.q))
    return index
  }

  /** True when another agent states this figure on this topic anywhere in the session (before or after). */
  statedByOther(q: Quantity, agent: string): boolean {
    return this.byTopic.get(kindAndTopic(q))?.some(q, (e) => e.agent !== agent && agrees(q, e.q)) === true
  }

  /** The first statement of this figure on this topic in the session: who introduced it. */
  introducer(q: Quantity): Echo | undefined {
    return this.byTopic.get(kindAndTopic(q))?.first(q, (e) => agrees(q, e.q))
  }

  /**
   * A clock time two teammates also give, whatever they tie it to, is the team's schedule ("entry
   * at 01:50, during the night shift").
   */
  onTeamSchedule(q: Quantity, agent: string): boolean {
    const others = new Set<string>()
    return this.clocks.some(q, (e) => {
      if (e.agent !== agent && agrees(q, e.q)) others.add(e.agent)
      return others.size >= 2
    })
  }

  /**
   * True when the agent states, somewhere in the session, a figure on this key that agrees with a
   * tool fact (then a wrong one is a slip). Read once per agent and key.
   */
  statesFact(agent: string, q: Quantity, facts: FigureIndex<{ q: Quantity; ref: string }>): boolean {
    const key = `${agent}|${kindAndTopic(q)}`
    let known = this.slips.get(key)
    if (known === undefined) {
      known = false
      for (const e of this.own.get(agent)?.get(kindAndTopic(q))?.all() ?? []) {
        if (facts.some(e.q, (f) => agrees(e.q, f.q))) {
          known = true
          break
        }
      }
      this.slips.set(key, known)
    }
    return known
  }
}

/** Each agent's last word per key: the figures of its latest message about it (a range is two). */
export class FinalPositions {
  private readonly byKey = new Map<string, Map<string, { seq: number; qs: Quantity[] }>>()
  /** Per key, each agent's last figures filed by value; built when the session has been read. */
  private filed = new Map<string, Map<string, FigureIndex<Quantity>>>()
  /** Per key and agent, the figure two others ended on (see `settledAgainst`). */
  private settled = new Map<string, Quantity | null>()

  add(key: string, q: Quantity, agent: string, seq: number): void {
    const agents = this.byKey.get(key) ?? new Map<string, { seq: number; qs: Quantity[] }>()
    this.byKey.set(key, agents)
    const last = agents.get(agent)
    if (last?.seq === seq) last.qs.push(q)
    else agents.set(agent, { seq, qs: [q] })
    if (this.filed.size > 0) this.filed = new Map()
    if (this.settled.size > 0) this.settled = new Map()
  }

  private lastWords(key: string): Map<string, FigureIndex<Quantity>> {
    let byAgent = this.filed.get(key)
    if (!byAgent) {
      byAgent = new Map([...(this.byKey.get(key) ?? [])].map(([a, last]) => [a, quantityIndex(last.qs)]))
      this.filed.set(key, byAgent)
    }
    return byAgent
  }

  /**
   * The figure at least two other agents ended on when none of the others ended on `q`: the team
   * settled elsewhere (a teammate who repeated `q` and later changed it counts with the team).
   */
  settledAgainst(key: string, q: Quantity, agent: string): Quantity | null {
    const others = [...this.lastWords(key)].filter(([a]) => a !== agent).map(([, index]) => index)
    if (others.some((index) => index.some(q, (o) => agrees(q, o) || agrees(o, q)))) return null
    const memo = `${key}|${agent}`
    if (!this.settled.has(memo)) this.settled.set(memo, this.sharedByTwo(key, agent, others))
    return this.settled.get(memo)!
  }

  /** The first of the others' last figures (in the order they spoke of the key) that two of them ended on. */
  private sharedByTwo(key: string, agent: string, others: readonly FigureIndex<Quantity>[]): Quantity | null {
    for (const [a, last] of this.byKey.get(key) ?? []) {
      if (a === agent) continue
      for (const candidate of last.qs) {
        let n = 0
        for (const other of others) if (other.some(candidate, (o) => agrees(o, candidate)) && ++n >= 2) return candidate
      }
    }
    return null
  }
}

/** The figures each agent stated in its earlier messages, per key: its own earlier word. */
export class OwnFigures {
  private readonly byAgent = new Map<string, Map<string, { first: Quantity; index: FigureIndex<Quantity>; values: Map<number, number> }>>()
  private pending: { key: string; q: Quantity; agent: string }[] = []

  /** The agent's earlier figure for this key when the claim agrees with none of them (a range "3-5" is two figures). */
  check(key: string, q: Quantity, agent: string): Quantity | null {
    const earlier = this.byAgent.get(agent)?.get(key)
    return earlier && !earlier.index.some(q, (e) => agrees(q, e)) ? earlier.first : null
  }

  /** Recorded at the end of the message: the two ends of one range never contradict each other. */
  add(key: string, q: Quantity, agent: string): void {
    this.pending.push({ key, q, agent })
  }

  endMessage(): void {
    for (const { key, q, agent } of this.pending) {
      let mine = this.byAgent.get(agent)
      if (!mine) this.byAgent.set(agent, mine = new Map())
      const earlier = mine.get(key)
      if (!earlier) {
        mine.set(key, { first: q, index: quantityIndex([q]), values: new Map([[q.value, q.ambiguous ? 2 : 1]]) })
        continue
      }
      // A value said again changes no answer (agreement reads only the value and the am/pm doubt).
      const flag = q.ambiguous ? 2 : 1
      const seen = earlier.values.get(q.value) ?? 0
      if (seen & flag) continue
      earlier.values.set(q.value, seen | flag)
      earlier.index.add(q)
    }
    this.pending = []
  }
}

/** Counts must be about the same thing; times and durations may be quoted under another topic. */
export function sameSubject(a: Quantity, b: Quantity): boolean {
  return a.kind !== 'count' || a.topic === b.topic
}

/** What the tool results state, filed by value: the facts per key, per kind, and each agent's own results. */
export class ToolFigures {
  private readonly byKey = new Map<string, FigureIndex<{ q: Quantity; ref: string }>>()
  private readonly anyTopic = quantityIndex()
  private readonly own = new Map<string, FigureIndex<Quantity>>()

  constructor(p: Prepared) {
    for (const [key, facts] of p.toolFacts) {
      const index = new FigureIndex<{ q: Quantity; ref: string }>((f) => f.q)
      for (const f of facts) index.add(f)
      this.byKey.set(key, index)
    }
    for (const qs of p.toolFactsByKind.values()) for (const q of qs) this.anyTopic.add(q)
    for (const [agent, results] of p.ownResults) this.own.set(agent, quantityIndex(results.quantities))
  }

  /** The tool facts for this key (the claim's kind and topic), by value. */
  forKey(key: string): FigureIndex<{ q: Quantity; ref: string }> | undefined {
    return this.byKey.get(key)
  }

  /** Some tool result states a figure of the claim's kind that agrees with it (counts: on the same subject). */
  anyAgrees(q: Quantity): boolean {
    return this.anyTopic.some(q, (f) => sameSubject(q, f) && agrees(q, f))
  }

  /** The agent's own tool results state a figure that agrees with the claim. */
  ownAgrees(agent: string, q: Quantity): boolean {
    return this.own.get(agent)?.some(q, (f) => sameSubject(q, f) && agrees(q, f)) === true
  }
}
