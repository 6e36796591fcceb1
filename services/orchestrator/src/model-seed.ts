import { createHmac } from 'node:crypto'

/**
 * The seed the model gets for a turn: HMAC-SHA-256 of the game seed and the turn under the fleet's
 * `HEIST_MODEL_SEED_KEY`, cut to 31 bits. The game seed draws the mole and every word of the
 * transcript follows from the model's seed, so with the game seed itself (31 bits, often a small
 * number the operator typed) anyone could replay candidate seeds in-process until round 1 matches
 * and read the mole off the draw. One seed per turn, not per game: a game-wide seed, once found by
 * search, would replay every innocent's turn from the innocent prompt and none of the mole's. Keyed,
 * the same seed still replays the same game on this fleet (and a resume goes on the same way), and
 * on any fleet with the same key (the test fleets share one). A key of its own, written to `.env`
 * with the secrets, not the orchestrator's OAuth client secret: one secret, one use.
 */
export function modelSeedFor(key: string): (gameSeed: number, turn: number) => number {
  return (gameSeed, turn) => createHmac('sha256', key).update(`heist-model-seed:${gameSeed}:${turn}`).digest().readUInt32BE(0) & 0x7fffffff
}
