/**
 * No added voice shares a sentence with another: not in what it says over a control game and a
 * game of every strategy, nor in its templates (slots and all) but for the pairs its row lists.
 */
import { describe, expect, it } from 'vitest'
import { STRATEGIES } from '../src/model/prompt.js'
import { VOICE_IDS, VOICE_MODELS, VOICES, type Voice } from '../src/model/index.js'
import { playSession } from './helpers/scenario.js'
import { EARLY_CALL, modelOf, ROWS } from './helpers/voice-rows/index.js'
import { sentencesOf } from './helpers/voice-turns.js'

const SEATS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']

/** The sentences a voice says over a control game and a game of every strategy: each voice played once for the whole table. */
const played = new Map<string, Set<string>>()
function spokenSentences(model: string): Set<string> {
  if (!played.has(model)) {
    const isCall = ROWS.find((r) => modelOf(r.id) === model)?.isCall ?? EARLY_CALL
    const games = [playSession({ model, seed: 2 }), ...STRATEGIES.map((strategy, i) => playSession({ model, seed: 4 + i, mole: { name: SEATS[i % SEATS.length]!, strategy } }))]
    played.set(model, sentencesOf(games.flat(), isCall))
  }
  return played.get(model)!
}

/** A voice's template sentences of three words or more, lowercased: lines, closers, reports, sabotage, style. */
function templateSentences(voice: Voice, style: readonly string[] = []): Set<string> {
  const texts = [
    ...Object.values(voice.lines).flat(2), ...Object.values(voice.closers).flat(), ...voice.reactions, voice.reactionFigure, voice.orderAck, voice.intro, ...voice.cautious,
    ...Object.values(voice.report).flat(), ...[voice.mole.loud, voice.mole.quiet, voice.mole.reports, ...Object.values(voice.mole.personal ?? {})].flatMap((byStrategy) => Object.values(byStrategy).flat()),
    ...style,
  ]
  return new Set(texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => s.replace(/^["*\s]+|["\s]+$/g, '').toLowerCase()).filter((s) => s.split(' ').length >= 3))
}

describe.each(ROWS)('voice $id shares no sentence with another voice', (row) => {
  const model = modelOf(row.id)

  it('shares no sentence with any other voice across a control game and a game of every strategy', () => {
    const mine = spokenSentences(model)
    expect(mine.size).toBeGreaterThan(150)
    for (const other of VOICE_MODELS.filter((m) => m !== model)) {
      expect([...spokenSentences(other)].filter((s) => mine.has(s)), other).toEqual([])
    }
    // Six sessions a voice, played once for the whole table: ~15 s alone, more beside a loaded suite.
  }, 180_000)

  it('shares no sentence of its templates with any other voice, slots and all, but those listed', () => {
    const mine = templateSentences(VOICES[row.id], row.styleTexts)
    for (const id of VOICE_IDS.filter((v) => v !== row.id)) {
      expect([...templateSentences(VOICES[id])].filter((s) => mine.has(s)).sort(), id).toEqual([...(row.sharedTemplates?.[id] ?? [])].sort())
    }
  })
})
