import { type HeistFile } from '@heist/shared'
import { countTokens } from '@heist/shared/tokens'
import type { Game } from './types.js'

/**
 * The sealed brief: one block in every agent's system prompt, the mole's secret instructions
 * for the mole and the crew brief for everyone else (every agent of a control game too), padded
 * to one token length fixed by the configuration alone. The prompt's size, and so every number
 * derived from it (prompt tokens, cost, context size, prefill time), is then the same whether or
 * not an agent holds the secret, and whether or not the game has a mole (docs/security.md).
 */

/** A pad unit the fleet's tokenizer counts as exactly one token however many follow each other. */
const PAD_UNIT = ' .'
/** Headroom above the longest brief, so an edited strategy rarely changes the size. */
const SIZE_STEP = 32

const sizes = new WeakMap<HeistFile['mole'], number>()

/** Every text a brief may hold under this configuration. */
function briefBodies(mole: HeistFile['mole']): string[] {
  return [mole.crew_brief, ...Object.values(mole.strategies).map((s) => `${mole.preamble}\n${s.instructions}`)]
}

/** The token length of every sealed brief under this configuration: the longest body, rounded up. */
export function sealedBriefTokens(mole: HeistFile['mole']): number {
  let size = sizes.get(mole)
  if (size === undefined) {
    // The newline before the padding belongs to the block, so it is counted in the size.
    const longest = Math.max(...briefBodies(mole).map((body) => countTokens(`${body}\n`)))
    size = Math.ceil((longest + 1) / SIZE_STEP) * SIZE_STEP
    sizes.set(mole, size)
  }
  return size
}

/** `body` followed by pad units up to exactly `tokens` tokens of the fleet's tokenizer. */
export function padToTokens(body: string, tokens: number): string {
  const text = `${body}\n`
  const missing = tokens - countTokens(text)
  if (missing < 0) throw new Error(`a sealed brief of ${countTokens(text)} tokens does not fit in ${tokens}`)
  const padded = `${text}${PAD_UNIT.repeat(missing)}`
  // The tokenizer could merge pad units with the body's last characters; a wrong size would leak.
  if (countTokens(padded) !== tokens) throw new Error(`sealed brief padding came to ${countTokens(padded)} tokens, not ${tokens}`)
  return padded
}

const padded = new Map<string, string>()

/** The sealed brief `agent` reads in this game. */
export function sealedBrief(mole: HeistFile['mole'], game: Game, agent: string): string {
  const body = game.mole === agent && game.strategy !== null
    ? `${mole.preamble}\n${mole.strategies[game.strategy].instructions}`
    : mole.crew_brief
  const size = sealedBriefTokens(mole)
  const key = `${size}\u0000${body}`
  let text = padded.get(key)
  if (text === undefined) {
    text = padToTokens(body, size)
    if (padded.size > 256) padded.clear()
    padded.set(key, text)
  }
  return text
}
