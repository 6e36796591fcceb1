import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import type { ScorerName } from './evaluate.js'
import type { GameScores } from './metrics.js'
import { type PlayedGame, playGame } from './play-game.js'
import { scoreGame } from './score-game.js'
import { createEvalTools } from './tools.js'

export interface GamePlan {
  /** Games per voice. */
  games: number
  seed: number
  controlEvery: number
  rounds: number
  /** llm-sim model names, one per voice. */
  voices: readonly string[]
}

export interface GameOutcome {
  index: number
  scores: Record<ScorerName, GameScores>
  modelOk: boolean
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The seed of game `i`: `--seed 1 --games 300` always plays the same 300 games, whatever the worker count. */
export function gameSeed(seed: number, i: number): number {
  return (seed * 1_000_003 + i * 7_919) % 2_147_483_647
}

/** Game `i` of the plan: every voice plays the same seeds (the same mole, strategy and control games). */
export function planned(plan: GamePlan, i: number): { voice: string; seed: number; control: boolean } {
  const g = Math.floor(i / plan.voices.length)
  return { voice: plan.voices[i % plan.voices.length]!, seed: gameSeed(plan.seed, g), control: g % plan.controlEvery === plan.controlEvery - 1 }
}

/**
 * Game indices drawn from one counter that every thread shares: a thread that starts late (a worker
 * loads its modules first) or meets slower games simply plays fewer, and no thread idles at the end.
 * Which thread plays a game changes nothing in it: a game is a function of its plan entry.
 */
export function sharedCounter(counter: Int32Array = new Int32Array(new SharedArrayBuffer(4))): { counter: Int32Array; next: () => number } {
  return { counter, next: () => Atomics.add(counter, 0, 1) }
}

/**
 * Play games, claiming each index with `next` until the plan is done, reporting each as it finishes:
 * its scores, and the game as played (a test scores it again with another detector).
 */
export async function runShare(plan: GamePlan, next: () => number, onGame: (outcome: GameOutcome, played: PlayedGame) => void): Promise<void> {
  const team = loadTeamConfig(join(ROOT, 'config'))
  const { tools, close } = await createEvalTools(team)
  try {
    for (let i = next(); i < plan.games * plan.voices.length; i = next()) {
      const spec = { ...planned(plan, i), rounds: plan.rounds }
      const played = await playGame(team, tools, spec.seed, spec.control, spec.rounds, spec.voice)
      onGame({ index: i, ...(await scoreGame(team, spec, played)) }, played)
      // A game in this thread may never wait on I/O: let the other threads' results and the progress bar in.
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    close()
  }
}
