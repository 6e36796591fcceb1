/**
 * mulberry32: a tiny seeded PRNG with uniform floats in [0, 1). The fleet's one seeded random
 * source (the orchestrator's game draw, llm-sim's generator, the evaluation's bootstrap), so a
 * seed means the same thing everywhere; nothing that must be reproducible uses Math.random.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
