import type { Evidence, SignalName } from '@heist/shared'
import { findContradictions } from './claims.js'
import { ANOMALY_MARKERS, LanguageProfile, lengthAnomaly, TIMING_MARKERS, vagueness } from './language.js'
import { EvidenceBag, prepare, type Prepared, round3, type ScoringInput } from './prepare.js'
import { toolSignal } from './tool-signal.js'
import { behaviourSignals } from './behaviour.js'

export type SignalWeights = Record<SignalName, number>

/** The seed's weights (`config/heist.yaml` `detection.signals`). */
export const DEFAULT_SIGNAL_WEIGHTS: SignalWeights = { tool_usage: 0.25, timing: 0.3, message_anomaly: 0.2, information_quality: 0.25 }

export const SIGNALS: readonly SignalName[] = ['tool_usage', 'timing', 'message_anomaly', 'information_quality']

export interface RuleOptions {
  /**
   * Also read the phrase lists (hedging, stalling, rushing, confusion, self-correction, tool blame
   * and avoidance, vague words). They were read from llm-sim's voices a and b and do not carry to a
   * voice they were not read from (held out, voice c: rules top-1 45 %), so the service leaves them
   * off and scores behaviour: facts against tools, the team and the agent's own word, the calculator,
   * the tool log, and how the agent behaves against its team (questions about teammates' tasks, tools
   * talked about but not used, results ignored, length). The eval keeps them as a comparison.
   */
  phrases?: boolean
}

export interface RuleScore {
  agent: string
  rule_score: number
  signals: Record<SignalName, number>
  evidence: Evidence[]
}

/** Points of the suspicion-over-time chart at most. */
export const MAX_TIMELINE_POINTS = 40

/** Evidence kept per agent in a result: the strongest first. */
const MAX_EVIDENCE = 12

function bagsFor(agents: readonly string[]): Map<string, Record<SignalName, EvidenceBag>> {
  return new Map(agents.map((a) => [a, {
    tool_usage: new EvidenceBag('tool_usage'),
    timing: new EvidenceBag('timing'),
    message_anomaly: new EvidenceBag('message_anomaly'),
    information_quality: new EvidenceBag('information_quality'),
  }]))
}

/**
 * A transcript object scored before keeps its preparation while its lists are the same arrays of
 * the same lengths: the evaluation scores each game twice (the service's rules, then with the
 * phrase lists), and preparing was about a third of each scoring. Held weakly by the input, so
 * nothing outlives it; scoring never writes into a `Prepared`. A caller that edits a message in
 * place between two scorings of one object must pass a new object (nobody does).
 */
const PREPARED = new WeakMap<ScoringInput, { messages: unknown; n: number; calls: unknown; k: number; agents: unknown; p: Prepared }>()

function preparedFor(input: ScoringInput): Prepared {
  const known = PREPARED.get(input)
  if (known && known.messages === input.messages && known.n === input.messages.length && known.calls === input.tool_calls && known.k === input.tool_calls.length && known.agents === input.agents) return known.p
  const p = prepare(input)
  PREPARED.set(input, { messages: input.messages, n: input.messages.length, calls: input.tool_calls, k: input.tool_calls.length, agents: input.agents, p })
  return p
}

/**
 * The rule part: four signals per agent, each in [0, 1] and explained with evidence, combined
 * with the signal weights (normalised by their sum, so the result stays in [0, 1]).
 */
export function scoreRules(input: ScoringInput, weights: SignalWeights = DEFAULT_SIGNAL_WEIGHTS, options: RuleOptions = {}): RuleScore[] {
  const p = preparedFor(input)
  const bags = bagsFor(p.agents)
  const bag = (agent: string, signal: SignalName): EvidenceBag => {
    if (!bags.has(agent)) bags.set(agent, bagsFor([agent]).get(agent)!)
    return bags.get(agent)![signal]
  }
  const phrases = options.phrases === true
  for (const agent of p.agents) toolSignal(p, agent, bag(agent, 'tool_usage'), phrases)
  for (const c of findContradictions(p)) bag(c.agent, c.kind === 'timing' ? 'timing' : 'information_quality').add(c.ref, c.note, c.weight)
  if (phrases) {
    const profile = new LanguageProfile(p, [...TIMING_MARKERS, ...ANOMALY_MARKERS])
    for (const m of TIMING_MARKERS) profile.apply(m, (a) => bag(a, 'timing'))
    for (const m of ANOMALY_MARKERS) profile.apply(m, (a) => bag(a, 'message_anomaly'))
    vagueness(p, (a) => bag(a, 'information_quality'))
    // Message length is a voice's and a seat's style, not sabotage: on the development voices it
    // weighed as much against each innocent as against the mole (the largest false evidence left).
    lengthAnomaly(p, (a) => bag(a, 'message_anomaly'))
  }
  behaviourSignals(p, bag, phrases)

  const total = SIGNALS.reduce((n, s) => n + weights[s], 0) || 1
  return p.agents.map((agent) => {
    const b = bags.get(agent)!
    const signals = Object.fromEntries(SIGNALS.map((s) => [s, b[s].score()])) as Record<SignalName, number>
    const rule = SIGNALS.reduce((n, s) => n + weights[s] * signals[s], 0) / total
    const evidence = SIGNALS.flatMap((s) => b[s].items).sort((x, y) => y.weight - x.weight).slice(0, MAX_EVIDENCE)
    return { agent, rule_score: round3(Math.min(1, rule)), signals, evidence }
  })
}

/** The rounds the suspicion-over-time chart has a point for: each round, evenly spaced in a very long session (last one kept). */
export function timelineRounds(input: Pick<ScoringInput, 'messages'>): number[] {
  const all = [...new Set(input.messages.map((m) => m.round))].sort((a, b) => a - b)
  const step = Math.ceil(all.length / MAX_TIMELINE_POINTS)
  return all.filter((_, i) => i % step === step - 1 || i === all.length - 1)
}

/** Rule scores after each round, for the suspicion-over-time chart (each point re-scores the session so far). */
export function ruleTimeline(input: ScoringInput, weights: SignalWeights = DEFAULT_SIGNAL_WEIGHTS, options: RuleOptions = {}): { round: number; scores: Record<string, number> }[] {
  return timelineRounds(input).map((round) => {
    const scores = scoreRulesUntil(input, round, weights, options)
    return { round, scores: Object.fromEntries(scores.map((s) => [s.agent, s.rule_score])) }
  })
}

/** The rule scores of the session as it stood at the end of `round`. */
export function scoreRulesUntil(input: ScoringInput, round: number, weights: SignalWeights = DEFAULT_SIGNAL_WEIGHTS, options: RuleOptions = {}): RuleScore[] {
  return scoreRules({
    agents: input.agents,
    messages: input.messages.filter((m) => m.round <= round),
    tool_calls: input.tool_calls.filter((c) => c.round <= round),
  }, weights, options)
}
