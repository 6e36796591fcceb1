import { createHmac } from 'node:crypto'

/**
 * The largest seed handed to the model. `seed` is an unsigned 32-bit number in llama.cpp (and so in
 * LM Studio and Ollama, which run it) and a wider integer in vLLM and OpenAI's API; llama.cpp reads
 * 0xFFFFFFFF (and -1, the same bits) as "pick a random seed", so that one value is left out.
 */
export const MAX_MODEL_SEED = 0xfffffffe

/** A 32-bit word of the HMAC as a model seed: 0 … MAX_MODEL_SEED, never negative, never the random-seed value. */
export function modelSeedOf(word: number): number {
  return (word >>> 0) % (MAX_MODEL_SEED + 1)
}

/**
 * The seed the model gets for a turn: HMAC-SHA-256 of the game seed and the turn under the fleet's
 * `HEIST_MODEL_SEED_KEY`, its first 32 bits (`modelSeedOf`). The game seed draws the mole and every
 * word of the transcript follows from the model's seed, so with the game seed itself (31 bits, often a
 * small number the operator typed) anyone could replay candidate seeds in-process until round 1 matches
 * and read the mole off the draw. One seed per turn, not per game: a game-wide seed, once found by
 * search, would replay every innocent's turn from the innocent prompt and none of the mole's. Keyed,
 * the same seed still replays the same game on this fleet (and a resume goes on the same way), and
 * on any fleet with the same key (the test fleets share one). A key of its own, written to `.env`
 * with the secrets, not the orchestrator's OAuth client secret: one secret, one use.
 */
export function modelSeedFor(key: string): (gameSeed: number, turn: number) => number {
  return (gameSeed, turn) => modelSeedOf(createHmac('sha256', key).update(`heist-model-seed:${gameSeed}:${turn}`).digest().readUInt32BE(0))
}

/**
 * What names the game to the model, the same in every request of it (sent as `prompt_cache_key`):
 * 128 bits of HMAC-SHA-256 of the game seed under the same key, in hex. llm-sim draws what a game
 * keeps (a liar's one set of lies, its line rotation, a voice's server settings) from it, as the
 * eval's in-process games do from the game seed; the seed still changes every turn. 128 bits, not 32:
 * a game-wide value found by search would replay every innocent's turn (above), and none can be.
 */
export function modelGameFor(key: string): (gameSeed: number) => string {
  return (gameSeed) => createHmac('sha256', key).update(`heist-model-game:${gameSeed}`).digest('hex').slice(0, 32)
}
