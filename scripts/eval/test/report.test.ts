import { describe, expect, it } from 'vitest'
import { evaluateAll, SCORERS, type ScorerName } from '../evaluate.js'
import type { GameScores } from '../metrics.js'
import { breakdown, type EvalReport } from '../report.js'

const game = (voice: string, mole: string | null, planner: number): GameScores => ({ mole, strategy: mole ? 'timing_errors' : null, voice, scores: { planner, hacker: 0 } })

describe('the per-voice table', () => {
  it('shows each voice\'s "nobody" on its controls, held out: a loud voice judged by a quiet one names somebody', () => {
    const quiet = [...Array.from({ length: 20 }, (_, i) => game('quiet', null, i / 100)), game('quiet', 'planner', 0.9)]
    const loud = [...Array.from({ length: 20 }, (_, i) => game('loud', null, 0.15 + i / 100)), game('loud', 'planner', 0.9)]
    const games = [...quiet, ...loud]
    const collected = Object.fromEntries(SCORERS.map((s) => [s, games])) as Record<ScorerName, GameScores[]>
    const evaluation = evaluateAll(collected, { seed: 1, samples: 10, falseAccusationRate: 0.05 })
    const rows = breakdown({} as EvalReport, (s) => s.by_voice, 'voice', evaluation.held_out).split('\n')
    expect(rows[0]).toContain('hybrid "nobody"')
    // quiet's threshold (0.19) names somebody in the 15 of loud's 20 controls above it; loud's (0.34) names nobody among quiet's.
    expect(rows.find((r) => r.startsWith('| loud'))).toContain('| 25.0 % |')
    expect(rows.find((r) => r.startsWith('| quiet'))).toContain('| 100.0 % |')
  })
})
