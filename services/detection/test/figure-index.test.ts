import { mulberry32 } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import { agrees, type Quantity, type QuantityKind } from '../src/scoring/facts.js'
import { quantityIndex } from '../src/scoring/figure-index.js'
import { scoreRules } from '../src/scoring/index.js'
import { TranscriptBuilder, VAULT_DOC } from './fixtures.js'

const KINDS: readonly QuantityKind[] = ['count', 'clock', 'duration']

/** Values near the edges of agreement: the 10-minute change of tolerance, 12 h apart, whole and decimal, not finite. */
function randomQuantity(rand: () => number): Quantity {
  const kind = KINDS[Math.floor(rand() * 3)]!
  const pick = rand()
  let value: number
  if (kind === 'clock') value = Math.floor(rand() * 1480)
  else if (pick < 0.05) value = Infinity
  else if (pick < 0.4) value = Math.round(rand() * 240) / 4
  else if (pick < 0.7) value = 8 + rand() * 6
  else value = Math.floor(rand() * 2000)
  return { kind, value, topic: null, ambiguous: kind === 'clock' && rand() < 0.3, text: String(value) }
}

describe('figures filed by value', () => {
  it('finds every figure that agrees with a figure, in either direction, and the first of them as a full scan does', () => {
    const rand = mulberry32(13)
    const figures = Array.from({ length: 2000 }, () => randomQuantity(rand))
    const index = quantityIndex(figures)
    for (let n = 0; n < 1000; n++) {
      const q = randomQuantity(rand)
      const near = new Set(index.near(q, () => true))
      const missed = figures.filter((f) => (agrees(q, f) || agrees(f, q)) && !near.has(f))
      expect(missed.map((f) => `${q.kind} ${q.value} and ${f.value}`)).toEqual([])
      expect(index.first(q, (f) => agrees(q, f))).toBe(figures.find((f) => agrees(q, f)))
      expect(index.some(q, (f) => agrees(f, q))).toBe(figures.some((f) => agrees(f, q)))
    }
  })
})

describe('a message dense with figures', () => {
  it('is scored: the one figure among 6,000 that contradicts a tool result is found, and no teammate is blamed', () => {
    // Durations on topics no document states, a new value each, then one time lock the vault specs contradict.
    const filler = Array.from({ length: 6000 }, (_, i) => `the drive takes ${i * 2 + 50} minutes`)
    filler.splice(4000, 0, 'the time lock is 9 hours')
    const t = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, VAULT_DOC)
      .say('hacker', 'The time lock is 3 hours minimum, police come in 3-5 minutes.')
      .say('safecracker', filler.join(', '))
      .blandRound(['hacker', 'safecracker']).build()
    const scores = new Map(scoreRules(t).map((s) => [s.agent, s]))
    const notes = scores.get('safecracker')!.evidence.map((e) => e.note)
    expect(notes.some((n) => n.includes('"9 hours" (time lock) but the tool results say'))).toBe(true)
    expect(scores.get('safecracker')!.signals.timing).toBeGreaterThan(0)
    for (const agent of ['hacker', 'planner', 'intel']) expect(scores.get(agent)!.signals.timing).toBe(0)
  })

  it('holds a figure to the team\'s word when the team has stated thousands', () => {
    // Each teammate states many police response times in one message; two of them agree on 4 minutes.
    const many = (from: number) => Array.from({ length: 2000 }, (_, i) => `the backup battery lasts ${from + i * 3} minutes`).join(', ')
    const t = new TranscriptBuilder()
      .say('intel', `${many(100)}, police response is 4 minutes`)
      .say('lookout', `${many(7000)}, police response is 4 minutes`)
      .say('driver', 'Police response is 12 minutes, so we have time.')
      .blandRound(['intel', 'lookout', 'driver']).build()
    const notes = new Map(scoreRules(t).map((s) => [s.agent, s.evidence.map((e) => e.note)]))
    expect(notes.get('driver')).toContain('says "12 minutes" (police) after the team agreed on "4 minutes"')
  })
})
