import { createHmac } from 'node:crypto'

/**
 * The seed the model gets for a game seed: HMAC-SHA-256 under a secret of the orchestrator, cut to
 * 31 bits. The game seed draws the mole and every word of the transcript follows from the model
 * seed, so with the game seed itself (31 bits, often a small number the operator typed) anyone
 * could replay candidate seeds in-process until round 1 matches and read the mole off the draw.
 * Keyed, the same seed still replays the same game on this fleet (and a resume goes on the same
 * way), but the transcript says nothing about the seed to someone without the key.
 */
export function modelSeedFor(key: string): (gameSeed: number) => number {
  return (gameSeed) => createHmac('sha256', key).update(`heist-model-seed:${gameSeed}`).digest().readUInt32BE(0) & 0x7fffffff
}
