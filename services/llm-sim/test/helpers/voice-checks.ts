/**
 * The checks each voice from i on makes of its own play, one builder for all of them: it replays a
 * game, its mole sabotages in every strategy, moles without tools sabotage through their own claims
 * and a quiet one says the lie bare, a mole tells one set of lies a game, and innocents make honest
 * mistakes. What differs between voices (the phrasing of sabotage, the figures a mole lies about,
 * the slips an innocent makes) is the voice's `VoiceTraits`, written in its own test file beside what
 * only that voice does. Every check plays its games through `playSession`, which plays each game
 * (voice, seed, mole) once in a worker and hands the checks that read it a copy.
 */
import { expect, it } from 'vitest'
import type { Strategy } from '../../src/model/index.js'
import type { MolePhrasing } from '../../src/model/voice.js'
import { playSession, type Said } from './scenario.js'
import { modelOf, type VoiceRow } from './voice-rows/index.js'
import { claimsAndQuiet, expectOneSetOfLies, expectSabotageInEveryStrategy, honestMistakes } from './voice-turns.js'

/** The seats of the team, in the config's order. */
export const SEATS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
/** Seeds for the voices' own checks; seed 1 is the frozen evaluation seed and stays out. */
export const SEEDS = [2, 3, 4, 5, 6, 7]

/** What a rate counts: the texts a pattern matches, or that a test passes. */
export type TextTest = RegExp | ((text: string) => boolean)

/** The share of `texts` that `test` counts: a voice's habit rate, a seat's manner. */
export function shareOf(texts: readonly string[], test: TextTest): number {
  return texts.filter((t) => (typeof test === 'function' ? test(t) : test.test(t))).length / texts.length
}

/** `rate(test)`: the share of `texts` it counts; `between(test, lo, hi)`: that share is above `lo` and below `hi`. */
export function ratesOf(texts: readonly string[]): { rate: (test: TextTest) => number; between: (test: TextTest, lo: number, hi: number) => void } {
  const rate = (test: TextTest) => shareOf(texts, test)
  return {
    rate,
    between(test, lo, hi) {
      expect(rate(test), String(test)).toBeGreaterThan(lo)
      expect(rate(test), String(test)).toBeLessThan(hi)
    },
  }
}

/** A reading of one kind of figure from a mole's text: the values it found, its true `truth` left out. */
export const valuesOf = (pattern: RegExp, truth: readonly string[] = []) => (text: string): Set<string | undefined> =>
  new Set([...text.matchAll(pattern)].map((m) => m.slice(1).find(Boolean)).filter((v) => !truth.includes(v!)))

export interface VoiceTraits {
  /** A message as a reader compares it with the templates (the voice's wrappers off), lower-cased; lower case alone by default. */
  plain?: (text: string) => string
  /** The game played twice in the replay check (the voice's mole and strategy at seeds 3 and 4); no replay check without it. */
  replay?: { name: string; strategy: Strategy }
  /** The voice's test of a sabotaged line (`sabotageTest` in voice-turns.ts, or its own). */
  sabotaged: (said: Said, strategy: Strategy) => boolean
  /** The mole's phrasing, and how the title says its claims and quiet lines ("what it says it saw, and a quiet one state …"). */
  claims: { mole: MolePhrasing; how: string }
  /**
   * One set of lies a game: the games (seeds, strategies, seats), the readings of a mole's text (each
   * finds at most one value a game), more than `liars` games that lie at all, and the figures as the
   * title lists them. `plain`: the text the readings see, the voice's `plain` by default.
   */
  lies: { what: string; strategies: readonly Strategy[]; seats: readonly string[]; readings: readonly ((text: string) => Set<string | undefined>)[]; liars: number; plain?: (text: string) => string }
  /** Innocents' honest mistakes: the title's words after "of its own" (", a sum written out wrong, in about one message in seven"), the patterns, their share of control messages (between), and more than `slips` slips in single turns. */
  mistakes: { what: string; kinds: { slip: RegExp; hedge: RegExp; caution: RegExp }; share: readonly [number, number]; slips: number }
}

/** Registers the checks every voice from i on makes of its own play, inside the voice's `describe`. */
export function voiceChecks(row: VoiceRow, traits: VoiceTraits): void {
  const model = modelOf(row.id)
  const { isCall } = row
  const plain = traits.plain ?? ((text: string) => text.toLowerCase())

  const { replay } = traits
  if (replay) {
    it('plays the same game for the same seed, and another game for another seed', () => {
      // One side played afresh: the worker's memo would hand back its own copy and prove nothing.
      const game = (seed: number, fresh = false) => playSession({ model, seed, mole: replay }, { fresh })
      expect(game(3, true)).toEqual(game(3))
      expect(game(4).map((s) => s.text)).not.toEqual(game(3).map((s) => s.text))
    })
  }

  it('sabotages in every strategy in its own phrasing, in about half the mole\'s turns; innocents never say those lines', () => {
    expectSabotageInEveryStrategy(model, SEEDS.slice(0, 4), traits.sabotaged, SEEDS)
  })

  it(`lets a mole without tools sabotage through ${traits.claims.how}`, () => {
    const found = claimsAndQuiet(model, traits.claims.mole, SEEDS.slice(0, 3), isCall, plain)
    expect(found.driver).toBeGreaterThan(2)
    expect(found.lookout).toBeGreaterThan(2)
    expect(found.quiet).toBeGreaterThan(2)
  })

  const { lies } = traits
  it(`tells one set of lies a game: every ${lies.what} of a mole agrees`, () => {
    const liars = expectOneSetOfLies(model, { seeds: SEEDS, strategies: lies.strategies, seats: lies.seats }, isCall, lies.plain ?? plain, lies.readings)
    expect(liars).toBeGreaterThan(lies.liars)
  })

  const { mistakes } = traits
  it(`gives innocents honest mistakes of its own${mistakes.what}`, () => {
    const { share, slips } = honestMistakes(model, SEEDS, isCall, mistakes.kinds)
    expect(share).toBeGreaterThan(mistakes.share[0])
    expect(share).toBeLessThan(mistakes.share[1])
    expect(slips).toBeGreaterThan(mistakes.slips)
  })
}
