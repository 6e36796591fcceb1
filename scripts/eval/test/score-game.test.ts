import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detect, type ScoringInput } from '@heist/detection/scoring'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { describe, expect, it } from 'vitest'
import { type Detector, playAndScore } from '../score-game.js'
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
      const { scores } = await playAndScore(team, tools, { seed: 2_007_922, control: false, rounds: 5, voice: 'heist-sim' }, keep)
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
})
