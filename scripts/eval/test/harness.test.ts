import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detect } from '@heist/detection/scoring'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { describe, expect, it } from 'vitest'
import { evaluateAll, SCORERS, type ScorerName } from '../evaluate.js'
import { seededRandom, type GameScores } from '../metrics.js'
import type { PlayedGame } from '../play-game.js'
import { type GameOutcome, type GamePlan, planned, runShare, sharedCounter } from '../run-games.js'
import { detectorProblems } from '../sanity.js'
import { type Detector, scoreGame } from '../score-game.js'

// Small: 8 seeds in each of the three voices (16 mole games, 8 controls), in this thread. Development
// voices only (j stands in for the never-read voice of --unseen): a test that ran the detector on a
// held-out voice would tell whoever runs the suite how the detector does on it (issue 13).
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const PLAN: GamePlan = { games: 8, seed: 3, controlEvery: 3, rounds: 5, voices: ['heist-sim', 'heist-sim-b', 'heist-sim-j'] }

interface Played { outcomes: GameOutcome[]; games: Map<number, PlayedGame> }

// The real detector's games, played once for the tests that read them (the random detector's test
// scores the same games again).
let realGames: Promise<Played> | undefined
function playReal(): Promise<Played> {
  realGames ??= (async () => {
    const played: Played = { outcomes: [], games: new Map() }
    await runShare(PLAN, sharedCounter().next, (outcome, game) => {
      played.outcomes.push(outcome)
      played.games.set(outcome.index, game)
    })
    return played
  })()
  return realGames
}

function evaluateOutcomes(outcomes: readonly GameOutcome[], unseenVoices?: readonly string[], calibrationVoices?: readonly string[]) {
  const collected = Object.fromEntries(SCORERS.map((s) => [s, outcomes.map((o) => o.scores[s])])) as Record<ScorerName, GameScores[]>
  return evaluateAll(collected, { seed: 1, samples: 50, falseAccusationRate: 0.05, unseenVoices, calibrationVoices })
}

/** The real detector's result with every score replaced by a draw: a detector that reads nothing. */
const randomDetector: Detector = async (transcript, options) => {
  const result = await detect(transcript, options)
  const rand = seededRandom(transcript.messages.length * 7919 + transcript.messages[0]!.content.length)
  return { ...result, scores: result.scores.map((s) => ({ ...s, score: rand(), rule_score: rand(), model_score: rand() })) }
}

// CPU-bound (the first test plays all 24 games): about 6 s of CPU, which took over the units' 30 s
// when two unit workers and the integration stream shared two cores at a load average of 20.
describe('the eval harness, end to end', { timeout: 120_000 }, () => {
  it('plays every game of the plan through the real engine and detector and finds the detector above chance', async () => {
    const { outcomes } = await playReal()
    const evaluation = evaluateOutcomes(outcomes)
    expect(outcomes.map((o) => o.index).sort((a, b) => a - b)).toEqual([...Array(24).keys()])
    expect(outcomes.every((o) => o.modelOk)).toBe(true)
    expect(outcomes.filter((o) => o.scores.hybrid.mole === null)).toHaveLength(6)
    expect(detectorProblems(evaluation)).toEqual([])
  })

  it('reports the never-read voice on its own, judged with the threshold of the other voices', async () => {
    const { outcomes } = await playReal()
    const evaluation = evaluateOutcomes(outcomes, ['heist-sim-j'])
    expect(evaluation.unseen).toHaveLength(1)
    const unseen = evaluation.unseen![0]!
    expect(unseen.voice).toBe('heist-sim-j')
    // Its games alone: 8 of the 24, the same figures as its row in the held-out per-voice table.
    expect(unseen.scorers.hybrid.overall.games).toBe(8)
    expect(unseen.scorers.hybrid.overall.top1.value).toBe(evaluation.held_out.hybrid.by_voice['heist-sim-j']!.top1.value)
    expect(unseen.scorers.rules.overall.auroc.value).toBe(evaluation.held_out.rules.by_voice['heist-sim-j']!.auroc.value)
    expect(Object.values(unseen.scorers.hybrid.by_strategy).reduce((n, g) => n + g.games, 0)).toBe(evaluation.held_out.hybrid.by_voice['heist-sim-j']!.games - 2)
    expect(evaluateOutcomes(outcomes, ['heist-sim-z']).unseen).toBeUndefined()
  })

  it('reports several never-read voices each on its own, in the order given, and skips one not played', async () => {
    const { outcomes } = await playReal()
    const evaluation = evaluateOutcomes(outcomes, ['heist-sim-j', 'heist-sim-z', 'heist-sim-b'])
    expect(evaluation.unseen!.map((u) => u.voice)).toEqual(['heist-sim-j', 'heist-sim-b'])
    for (const { voice, scorers } of evaluation.unseen!) {
      expect(scorers.hybrid.overall.games).toBe(8)
      expect(scorers.hybrid.overall.top1.value).toBe(evaluation.held_out.hybrid.by_voice[voice]!.top1.value)
      expect(scorers.rules.overall.auroc.value).toBe(evaluation.held_out.rules.by_voice[voice]!.auroc.value)
    }
    // Naming a second voice changes nothing in the first one's report.
    expect(evaluation.unseen![0]).toEqual(evaluateOutcomes(outcomes, ['heist-sim-j']).unseen![0])
  })

  it('reports two or more never-read voices together too, each game judged as in its own table', async () => {
    const { outcomes } = await playReal()
    expect(evaluateOutcomes(outcomes, ['heist-sim-j']).unseen_pooled).toBeUndefined()
    const evaluation = evaluateOutcomes(outcomes, ['heist-sim-j', 'heist-sim-b'])
    const pooled = evaluation.unseen_pooled!
    expect(pooled.voices).toEqual(['heist-sim-j', 'heist-sim-b'])
    expect(pooled.scorers.hybrid.overall.games).toBe(16)
    for (const { voice, scorers } of evaluation.unseen!) expect(pooled.scorers.hybrid.by_voice[voice]!.top1.value).toBe(scorers.hybrid.overall.top1.value)
    const [j, b] = evaluation.unseen!.map((u) => u.scorers.hybrid.overall)
    expect(pooled.scorers.hybrid.overall.top1.value).toBeCloseTo((j!.top1.value * j!.games + b!.top1.value * b!.games) / 16, 10)
  })

  it('with calibration voices, a never-read voice is judged by their controls only, as in a run of them and it alone', async () => {
    const { outcomes } = await playReal()
    const together = evaluateOutcomes(outcomes, ['heist-sim-j', 'heist-sim-b'], ['heist-sim'])
    const alone = evaluateOutcomes(outcomes.filter((o) => o.scores.hybrid.voice !== 'heist-sim-b'), ['heist-sim-j'])
    expect(together.folds.hybrid.find((f) => f.voice === 'heist-sim-j')).toEqual(alone.folds.hybrid.find((f) => f.voice === 'heist-sim-j'))
    expect(together.unseen![0]).toEqual(alone.unseen![0])
    // Without them, b's controls would set j's threshold too.
    expect(evaluateOutcomes(outcomes, ['heist-sim-j', 'heist-sim-b']).folds.hybrid.find((f) => f.voice === 'heist-sim-j')!.controls.held_out).toBe(4)
    expect(together.folds.hybrid.find((f) => f.voice === 'heist-sim-j')!.controls.held_out).toBe(2)
  })

  it('fails the check for a detector that answers at random', async () => {
    // The plan's games as played above, each scored by the random detector as runShare scores a game.
    const { games } = await playReal()
    const team = loadTeamConfig(join(ROOT, 'config'))
    const outcomes = await Promise.all([...games].map(async ([index, game]) => ({ index, ...(await scoreGame(team, { ...planned(PLAN, index), rounds: PLAN.rounds }, game, randomDetector)) })))
    expect(outcomes).toHaveLength(24)
    expect(detectorProblems(evaluateOutcomes(outcomes)).length).toBeGreaterThan(0)
  })
})
