import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detect, type ScoringInput, scoreRulesUntil, timelineRounds } from '@heist/detection/scoring'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { describe, expect, it } from 'vitest'
import { playGame } from '../play-game.js'
import { type Detector, playAndScore, scoreGame } from '../score-game.js'
import { createEvalTools } from '../tools.js'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

describe('scoring one game for the evaluation', { timeout: 60_000 }, () => {
  it('scores the rules as the service serves a result without the model: each agent held to its team', async () => {
    const team = loadTeamConfig(join(ROOT, 'config'))
    const { tools, close } = await createEvalTools(team)
    let seen: ScoringInput | undefined
    const keep: Detector = async (transcript, options) => {
      seen = transcript
      return detect(transcript, options)
    }
    try {
      // A game where three agents carry rule evidence, so team-relative scores differ from the raw ones
      // (since 2026-12-04's reading fixes, voice a's games at these seeds put evidence on one agent only).
      const { scores } = await playAndScore(team, tools, { seed: 2_007_922, control: false, rounds: 5, voice: 'heist-sim-o' }, keep)
      const served = await detect(seen!, { sessionId: 'rules-only', timeline: false })
      expect(served.mode).toBe('rules_only')
      expect(scores.rules.scores).toEqual(Object.fromEntries(served.scores.map((s) => [s.agent, s.score])))
      // Team-relative, not the raw rule scores: someone's raw score is above 0 and the lowest is held to 0.
      expect(Math.min(...Object.values(scores.rules.scores))).toBe(0)
      expect(served.scores.some((s) => s.rule_score > s.score)).toBe(true)
    } finally {
      close()
    }
  })

  it('finds the round the mole first tops the rules as re-scoring every round would, also where that is the last round or none', async () => {
    const team = loadTeamConfig(join(ROOT, 'config'))
    const { tools, close } = await createEvalTools(team)
    const signals = { ...team.heist.detection.signals }
    try {
      // With the rules of 2026-12-04 these moles top the rules only after the last round (the first),
      // never (the second) and early (the third): the last round is taken from the detector's own rule
      // scores, earlier ones are re-scored. Whatever the rules become, the two ways must agree.
      for (const [seed, voice] of [[2_079_196, 'heist-sim'], [2_055_439, 'heist-sim-b'], [2_007_922, 'heist-sim']] as const) {
        const spec = { seed, control: false, rounds: 5, voice }
        const played = await playGame(team, tools, seed, false, 5, voice)
        const { game, transcript } = played
        let expected: number | null = null
        for (const round of timelineRounds(transcript)) {
          const scores = scoreRulesUntil(transcript, round, signals)
          const top = Math.max(...scores.map((s) => s.rule_score))
          if (top > 0 && scores.find((s) => s.agent === game.mole)?.rule_score === top) {
            expected = round
            break
          }
        }
        // The game scored as played (a game is a function of its spec: playing it again gave the same).
        const { scores } = await scoreGame(team, spec, played)
        expect(scores.hybrid.firstTopRound).toBe(expected)
      }
    } finally {
      close()
    }
  })
})
