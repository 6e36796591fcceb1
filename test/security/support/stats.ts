import type { AgentFigures, PlayedPublicGame } from './side-channel.js'

/** How one list of public figures becomes one number per agent and game. */
export const AGGREGATIONS = {
  first: (values: number[]) => values[0] ?? 0,
  mean: (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0),
  max: (values: number[]) => (values.length ? Math.max(...values) : 0),
  total: (values: number[]) => values.reduce((a, b) => a + b, 0),
} as const
export type Aggregation = keyof typeof AGGREGATIONS

/** A feature an attacker could compute from the public events: one figure, one aggregation. */
export interface Feature { figure: string; aggregation: Aggregation }

function value(figures: AgentFigures | undefined, feature: Feature): number {
  return AGGREGATIONS[feature.aggregation](figures?.[feature.figure] ?? [])
}

/** Per agent, the feature's mean and spread over games known to have no mole. */
export function baseline(controls: readonly PlayedPublicGame[], agents: readonly string[], feature: Feature): Map<string, { mean: number; sd: number }> {
  const out = new Map<string, { mean: number; sd: number }>()
  for (const agent of agents) {
    const xs = controls.map((g) => value(g.figures.get(agent), feature))
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1))
    out.set(agent, { mean, sd })
  }
  return out
}

/** How far each agent's feature sits from the control games' (a z-score; any change counts when controls never vary). */
export function deviations(game: PlayedPublicGame, agents: readonly string[], feature: Feature, base: Map<string, { mean: number; sd: number }>): number[] {
  return agents.map((agent) => {
    const { mean, sd } = base.get(agent) ?? { mean: 0, sd: 0 }
    const d = value(game.figures.get(agent), feature) - mean
    return d === 0 ? 0 : d / Math.max(sd, 1e-6)
  })
}

/** The attacker's credit for naming the top of `scores`: ties share it, so no information scores chance. */
function topCredit(scores: number[], target: number): number {
  const best = Math.max(...scores)
  const tied = scores.flatMap((s, i) => (s === best ? [i] : []))
  return tied.includes(target) ? 1 / tied.length : 0
}

export interface RankingAttack { hits: number; games: number; chance: number; pValue: number }

/**
 * The attacker ranks agents by how far a public feature departs from control games (above, below,
 * or either way) and names the top one. Scored against the sealed mole.
 */
export function rankingAttack(moleGames: readonly PlayedPublicGame[], controls: readonly PlayedPublicGame[], agents: readonly string[], feature: Feature): RankingAttack[] {
  const base = baseline(controls, agents, feature)
  const ways: ((z: number) => number)[] = [(z) => z, (z) => -z, (z) => Math.abs(z)]
  return ways.map((way) => {
    let hits = 0
    for (const game of moleGames) {
      const target = agents.indexOf(game.game.mole ?? '')
      hits += topCredit(deviations(game, agents, feature, base).map(way), target)
    }
    const chance = 1 / agents.length
    return { hits, games: moleGames.length, chance, pValue: binomialTail(moleGames.length, chance, Math.ceil(hits - 1e-9)) }
  })
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialTail(n: number, p: number, k: number): number {
  let total = 0
  let term = (1 - p) ** n
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += term
    term *= ((n - i) / (i + 1)) * (p / (1 - p))
  }
  return Math.min(1, total)
}

/**
 * Can a feature tell a mole game from a control game? The game's largest deviation from the
 * baseline controls, compared between mole games and other control games: the AUROC and its
 * distance from 0.5 in standard errors (Mann–Whitney, normal approximation).
 */
export function gameAttack(moleGames: readonly PlayedPublicGame[], baseControls: readonly PlayedPublicGame[], testControls: readonly PlayedPublicGame[], agents: readonly string[], feature: Feature): { auroc: number; z: number } {
  const base = baseline(baseControls, agents, feature)
  const stat = (g: PlayedPublicGame) => Math.max(...deviations(g, agents, feature, base).map(Math.abs))
  const pos = moleGames.map(stat)
  const neg = testControls.map(stat)
  let u = 0
  for (const a of pos) for (const b of neg) u += a > b ? 1 : a === b ? 0.5 : 0
  const auroc = u / (pos.length * neg.length)
  const se = Math.sqrt((pos.length + neg.length + 1) / (12 * pos.length * neg.length))
  return { auroc, z: (auroc - 0.5) / se }
}
