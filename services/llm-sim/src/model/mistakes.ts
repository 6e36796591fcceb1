/**
 * Honest mistakes innocent agents make now and then, so that telling the mole apart is a real
 * task: a hedge, an over-cautious idea, a slightly wrong number.
 */
/** Appended to the first sentence of a line. */
export const HEDGES = [', I think', ', probably', ', if I remember right', ', as far as I know'] as const

export const CAUTIOUS_LINES = [
  'Maybe we keep a five-minute buffer in case something runs long.',
  'It might be worth having a second pair of eyes on the stairwell.',
  'Perhaps we bring a spare radio, just in case.',
  'I am not sure the side street is clear at that hour; worth a look.',
  'We could use gloves that grip better; the bags get heavy.',
  'Maybe we double-check the lockout rule before the night, to be safe.',
  'I might be wrong, but I would like a quick confirmation of the exit time.',
] as const

/** Slots an innocent might get slightly wrong, and by how much. */
export const SLIP_SLOTS: Record<string, (value: number) => number> = {
  cameras: (v) => v - 2,
  nightGuards: (v) => v + 1,
  drill: (v) => v - 5,
  alarm: (v) => v - 5,
  footage: (v) => v - 30,
}
