import { type EvidenceBag, type Prepared, zBoost, zScores } from './prepare.js'
import { CONCRETE, CONFUSION, CORRECTION, HEDGING, hitsOf, type Lexicon, RUSHING, STALLING } from './text.js'

/** Per-message rates below this spread are not told apart (one stray word is not an outlier). */
const MIN_RATE_SPREAD = 0.15

interface Marker {
  lex: Lexicon[]
  weight: number
  label: string
}

/**
 * Language markers measured against the team: each agent's rate per message becomes a z-score
 * against all agents, so a planner who always says "I think" is compared with everyone, not
 * punished for an absolute count.
 */
export class LanguageProfile {
  /** Hit counts per agent and marker label; the hits themselves are looked up only for an agent who stands out. */
  private readonly counts = new Map<string, Map<string, number>>()

  constructor(private readonly p: Prepared, markers: readonly Marker[]) {
    for (const agent of p.agents) {
      const hits = p.hitCounts.get(agent)
      const perMarker = new Map<string, number>()
      for (const m of markers) {
        const n = m.lex.reduce((sum, lex) => sum + (hits?.get(lex.name) ?? 0), 0)
        perMarker.set(m.label, (perMarker.get(m.label) ?? 0) + n)
      }
      this.counts.set(agent, perMarker)
    }
  }

  /** The agent's hits of a marker, in message order. */
  private hitsOf(agent: string, marker: Marker): { ref: string; phrase: string }[] {
    const out: { ref: string; phrase: string }[] = []
    for (const pm of this.p.byAgent.get(agent) ?? []) {
      for (const lex of marker.lex) {
        for (const h of hitsOf(pm.hits, lex)) out.push({ ref: pm.msg.message_id, phrase: h.phrase })
      }
    }
    return out
  }

  /** Add evidence for agents whose rate of `marker` stands out from the team. */
  apply(marker: Marker, bagFor: (agent: string) => EvidenceBag): void {
    const rates = new Map(this.p.agents.map((a) => [a, (this.counts.get(a)?.get(marker.label) ?? 0) / Math.max(1, this.p.byAgent.get(a)?.length ?? 0)]))
    const z = zScores(rates, MIN_RATE_SPREAD)
    for (const agent of this.p.agents) {
      const boost = zBoost(z.get(agent) ?? 0)
      if (boost <= 0) continue
      const hits = this.hitsOf(agent, marker)
      const phrases = [...new Set(hits.map((h) => `"${h.phrase}"`))].slice(0, 4).join(', ')
      const refs = [...new Set(hits.map((h) => h.ref))]
      bagFor(agent).add(refs.slice(0, 3).join(','), `${marker.label} ${rates.get(agent)!.toFixed(2)}/message, z=${(z.get(agent) ?? 0).toFixed(1)} against the team (${phrases})`, boost * marker.weight)
    }
  }
}

export const TIMING_MARKERS: Marker[] = [{ lex: [STALLING, RUSHING], weight: 1.5, label: 'stalling or rushing' }]
export const ANOMALY_MARKERS: Marker[] = [
  { lex: [HEDGING], weight: 0.8, label: 'hedging' },
  { lex: [CONFUSION], weight: 2.5, label: 'confusion' },
  { lex: [CORRECTION], weight: 0.4, label: 'self-correction' },
]

/** Mean message length per agent against the team (the seed's length anomaly, as a z-score). */
export function lengthAnomaly(p: Prepared, bagFor: (agent: string) => EvidenceBag): void {
  const means = new Map(p.agents.map((a) => {
    const msgs = p.byAgent.get(a) ?? []
    return [a, msgs.length ? msgs.reduce((n, m) => n + m.words, 0) / msgs.length : 0]
  }))
  const avg = [...means.values()].reduce((x, y) => x + y, 0) / Math.max(1, means.size)
  const z = zScores(means, Math.max(3, avg * 0.15))
  for (const a of p.agents) {
    const boost = zBoost(Math.abs(z.get(a) ?? 0))
    const ref = p.byAgent.get(a)?.[0]?.msg.message_id ?? a
    if (boost > 0) bagFor(a).add(ref, `mean message length ${means.get(a)!.toFixed(0)} words against a team mean of ${avg.toFixed(0)}`, boost * 0.4)
  }
}

/** Vague words against concrete ones (the seed's information quality), as a z-score. */
export function vagueness(p: Prepared, bagFor: (agent: string) => EvidenceBag): void {
  const ratio = new Map(p.agents.map((a) => {
    const v = p.hitCounts.get(a)?.get(HEDGING.name) ?? 0
    const k = p.hitCounts.get(a)?.get(CONCRETE.name) ?? 0
    return [a, v + k === 0 ? 0 : v / (v + k)]
  }))
  const z = zScores(ratio, 0.15)
  for (const a of p.agents) {
    const boost = zBoost(z.get(a) ?? 0)
    const ref = p.byAgent.get(a)?.[0]?.msg.message_id ?? a
    if (boost > 0) bagFor(a).add(ref, `vague-to-concrete ratio ${ratio.get(a)!.toFixed(2)}, z=${(z.get(a) ?? 0).toFixed(1)} against the team`, boost * 0.5)
  }
}
