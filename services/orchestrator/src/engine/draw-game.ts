import { HeistError, mulberry32, StrategyName } from '@heist/shared'
import type { Game } from './types.js'

export interface DrawOptions {
  seed: number
  /** The agents taking part, in turn order. */
  agents: readonly string[]
  /** `random`, `none` (control game) or an agent name. */
  mole?: string
  /** `random` or a strategy name. */
  strategy?: string
}

/**
 * Draw the mole and its strategy from a seed. Both draws are always consumed in the same
 * order, so a given seed picks the same mole and strategy whatever else is set.
 */
export function drawGame(options: DrawOptions): Game {
  const { seed, agents } = options
  if (agents.length === 0) throw new HeistError('SESSION_NO_AGENTS', 'a session needs at least one agent', 400)
  const next = mulberry32(seed)
  const strategies = StrategyName.options
  const drawnMole = agents[Math.floor(next() * agents.length)] ?? null
  const drawnStrategy = strategies[Math.floor(next() * strategies.length)] ?? null
  const moleOption = options.mole ?? 'random'
  let mole: string | null
  if (moleOption === 'none') mole = null
  else if (moleOption === 'random') mole = drawnMole
  else if (agents.includes(moleOption)) mole = moleOption
  else throw new HeistError('SESSION_UNKNOWN_AGENT', `mole "${moleOption}" is not in the turn order (${agents.join(', ')})`, 400)
  const strategyOption = options.strategy ?? 'random'
  let strategy: StrategyName | null = null
  if (mole !== null) {
    if (strategyOption === 'random') strategy = drawnStrategy
    else {
      const parsed = StrategyName.safeParse(strategyOption)
      if (!parsed.success) throw new HeistError('SESSION_UNKNOWN_STRATEGY', `unknown strategy "${strategyOption}" (${strategies.join(', ')})`, 400)
      strategy = parsed.data
    }
  }
  return { seed, mole, strategy }
}
