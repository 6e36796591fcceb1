/**
 * Honest mistakes innocent agents make now and then, so that telling the mole apart is a real
 * task: a hedge, an over-cautious idea, a slightly wrong number.
 */
export const HEDGES = ['I think', 'Probably', 'If I remember right,', 'As far as I know,'] as const

export const CAUTIOUS_LINES = [
  'Maybe we keep a five-minute buffer in case something runs long.',
  'It might be worth having a second pair of eyes on the stairwell.',
  'Perhaps we bring a spare radio, just in case.',
  'I am not sure the side street is clear at that hour; worth a look.',
  'We could use gloves that grip better; the bags get heavy.',
] as const

/** Slots an innocent might get slightly wrong, and by how much. */
export const SLIP_SLOTS: Record<string, (value: number) => number> = {
  cameras: (v) => v - 2,
  nightGuards: (v) => v + 1,
  drill: (v) => v - 5,
  alarm: (v) => v - 5,
  footage: (v) => v - 30,
}
