import { describe, expect, it } from 'vitest'
import { type ChatFn, DEFAULT_WEIGHTS, detect, type DetectionChatRequest, judgePart, ONE_ITEM_SHARE, pickSuspect, RUNNER_UP_SHARE } from '../src/scoring/index.js'
import { TEAM, TranscriptBuilder, VAULT_DOC } from './fixtures.js'

const transcript = () => new TranscriptBuilder()
  .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, VAULT_DOC)
  .say('hacker', 'The vault has a 3 hour time lock and there are 16 cameras.')
  .say('driver', 'The time lock is only 1 hour, and there are 8 cameras.')
  .blandRound(['hacker', 'driver']).nextRound().blandRound()
  .build()

const answer = (scores: Record<string, number>) => JSON.stringify({ scores: Object.entries(scores).map(([agent, score]) => ({ agent, score, reason: `${agent} reason` })) })
const uniform = (v: number) => Object.fromEntries(TEAM.map((a) => [a, v]))

describe('hybrid detection', () => {
  it('combines rules and model 60/40 and sends the documented prompt with a json_schema response format', async () => {
    const seen: DetectionChatRequest[] = []
    const chat: ChatFn = async (req) => {
      seen.push(req)
      return answer({ ...uniform(0.1), driver: 0.7, lookout: 0.5 })
    }
    const r = await detect(transcript(), { sessionId: 's1', chat })
    expect(r.mode).toBe('hybrid')
    expect(r.model_error).toBeNull()
    const lookout = r.scores.find((s) => s.agent === 'lookout')!
    expect(lookout.model_score).toBe(0.5)
    // 60/40 merged (the model's part is the judge's place in the session: 0.47 for the four tied at
    // 0.1, 0.545 for the lookout, 0.575 for the driver), then held to the team: less the teammates' mean.
    const part = new Map(r.scores.map((s) => [s.agent, s.agent === 'driver' ? 0.575 : s.agent === 'lookout' ? 0.545 : 0.47]))
    const merged = new Map(r.scores.map((s) => [s.agent, 0.6 * s.rule_score + 0.4 * part.get(s.agent)!]))
    const others = [...merged].filter(([a]) => a !== 'lookout').map(([, v]) => v)
    expect(lookout.score).toBeCloseTo(Math.max(0, merged.get('lookout')! - others.reduce((a, b) => a + b, 0) / others.length), 3)
    expect(lookout.model_reason).toBe('lookout reason')
    expect(r.suspect).toBe('driver')
    expect(r.confidence).toBe(r.scores.find((s) => s.agent === 'driver')!.score)
    const prompt = seen[0]!.messages[1]!.content
    expect(prompt).toContain('AGENTS: planner, hacker, safecracker, intel, driver, lookout')
    expect(prompt).toContain('RETRIEVED EVIDENCE (rule findings):\n- driver:')
    expect(prompt).toContain('- hacker read_file({"filename":"vault_specs.txt"}) -> ok: Vault specs')
    expect(prompt).toContain('[driver] The time lock is only 1 hour')
    expect(seen[0]!.response_format.type).toBe('json_schema')
    expect(r.timeline.map((p) => p.round)).toEqual([1, 2])
    expect(r.timeline[1]!.scores.driver).toBe(r.scores.find((s) => s.agent === 'driver')!.rule_score)
  })

  it('scores an agent by how far it stands above its team: a team raised as one names nobody', async () => {
    const quiet = new TranscriptBuilder().blandRound().build()
    const level = await detect(quiet, { sessionId: 's1', chat: async () => answer(uniform(0.8)), thresholds: { hybrid: 0, rules_only: 0 } })
    expect(level.scores.map((s) => s.score)).toEqual(TEAM.map(() => 0))
    expect(level.suspect).toBeNull()
    const one = await detect(quiet, { sessionId: 's1', chat: async () => answer({ ...uniform(0.8), intel: 0.9 }), thresholds: { hybrid: 0, rules_only: 0 } })
    // The judge puts intel first (part 0.575) and the other five level (0.485): 40 % of the 0.09 between them.
    expect(one.scores.find((s) => s.agent === 'intel')!.score).toBeCloseTo(0.036, 3)
    expect(one.suspect).toBe('intel')
  })

  it('the model picks the suspect when the rules are level, and alone adds at most 40 % of its spread', async () => {
    const quiet = new TranscriptBuilder().blandRound().build()
    for (const judge of ['intel', 'driver']) {
      const r = await detect(quiet, { sessionId: 's1', chat: async () => answer({ ...uniform(0.05), [judge]: 0.95 }), thresholds: { hybrid: 0, rules_only: 0 } })
      expect(r.suspect).toBe(judge)
      // However sure the judge is: 0.4 x (0.575 - 0.485), far below any calibrated threshold so far (0.075-0.2).
      expect(r.confidence).toBeCloseTo(0.036, 3)
    }
  })

  it('accuses on a lead over the runner-up: a session where two agents stand out is a noisy one', () => {
    const scored = (xs: number[]) => TEAM.map((agent, i) => ({ agent, score: xs[i] ?? 0, rule_score: xs[i] ?? 0, model_score: null, signals: { tool_usage: 0, timing: 0, message_anomaly: 0, information_quality: 0 }, model_reason: null, evidence: [] }))
    expect(RUNNER_UP_SHARE).toBe(0.75)
    // One agent at 0.2 alone: named at a threshold of 0.15.
    expect(pickSuspect(scored([0, 0.2, 0, 0, 0, 0]), 0.15)).toEqual({ suspect: 'hacker', confidence: 0.2 })
    // The same height with a runner-up at 0.12: confidence 0.2 - 0.75 x 0.12 = 0.11, nobody.
    expect(pickSuspect(scored([0, 0.2, 0.12, 0, 0, 0]), 0.15)).toEqual({ suspect: null, confidence: 0.11 })
    // A clear lead is still named, and the order decides who: the top, whatever the runner-up.
    expect(pickSuspect(scored([0.05, 0.3, 0.1, 0, 0, 0]), 0.15)).toEqual({ suspect: 'hacker', confidence: 0.225 })
    expect(pickSuspect(scored([0, 0, 0, 0, 0, 0]), 0)).toEqual({ suspect: null, confidence: 0 })
  })

  it('asks twice the lead of a suspect that stands on one piece of evidence, the shape of an honest slip', () => {
    const item = (ref: string) => ({ signal: 'timing' as const, ref, note: 'says "60 minutes", which the documents contradict', weight: 1 })
    const scored = (evidence: ReturnType<typeof item>[]) => TEAM.map((agent, i) => ({ agent, score: i === 1 ? 0.2 : 0, rule_score: i === 1 ? 0.2 : 0, model_score: null, signals: { tool_usage: 0, timing: 0, message_anomaly: 0, information_quality: 0 }, model_reason: null, evidence: i === 1 ? evidence : [] }))
    expect(ONE_ITEM_SHARE).toBe(0.5)
    // One false figure: confidence 0.5 x 0.2 = 0.1, nobody at 0.15.
    expect(pickSuspect(scored([item('m1')]), 0.15)).toEqual({ suspect: null, confidence: 0.1 })
    // Two pieces of evidence at the same height: the whole lead, named.
    expect(pickSuspect(scored([item('m1'), item('m2')]), 0.15)).toEqual({ suspect: 'hacker', confidence: 0.2 })
  })

  it('reads the judge by its order within the session, not by its scale', () => {
    // One judge says 0.1 / 0.3, another (a louder voice) 0.3 / 0.9 for the same order: the same part.
    expect(judgePart([0.1, 0.1, 0.3, 0.1, 0.1, 0.1])).toEqual(judgePart([0.3, 0.3, 0.9, 0.3, 0.3, 0.3]))
    const part = judgePart([0.9, 0.5, 0.1, 0.5, 0.2, 0.3])
    expect(part[0]).toBeCloseTo(0.575, 9)
    expect(part[2]).toBeCloseTo(0.425, 9)
    // Ties share their mean place.
    expect(part[1]).toBeCloseTo(part[3]!, 9)
    expect(part[1]).toBeCloseTo(0.5 + 0.15 * (3.5 / 5 - 0.5), 9)
    expect(judgePart([0.4, 0.4, 0.4])).toEqual([0.5, 0.5, 0.5])
    expect(judgePart([0.7])).toEqual([0.5])
  })
})

describe('rules only, said openly', () => {
  const cases: [string, ChatFn, RegExp][] = [
    ['throws', async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:8011') }, /model call failed: connect ECONNREFUSED/],
    ['returns prose', async () => 'I think the driver did it.', /not JSON/],
    ['returns a score above 1', async () => answer({ ...uniform(0.1), driver: 7 }), /does not match the schema/],
    ['forgets an agent', async () => answer({ planner: 0.1, driver: 0.9 }), /no score for hacker/],
    ['returns nothing', async () => null, /empty answer/],
  ]
  for (const [name, chat, error] of cases) {
    it(`when the model ${name}`, async () => {
      const r = await detect(transcript(), { sessionId: 's1', chat })
      expect(r.mode).toBe('rules_only')
      expect(r.model_error).toMatch(error)
      for (const s of r.scores) {
        expect(s.model_score).toBeNull()
        expect(s.score).toBe(s.rule_score)
      }
      expect(r.suspect).toBe('driver')
    })
  }

  it('without a model configured', async () => {
    const r = await detect(transcript(), { sessionId: 's1', weights: DEFAULT_WEIGHTS })
    expect(r.mode).toBe('rules_only')
    expect(r.model_error).toBe('no model configured')
  })
})

describe('timeline', () => {
  it('keeps at most 40 evenly spaced points for a long session, the last round included', async () => {
    const b = new TranscriptBuilder()
    for (let r = 0; r < 100; r++) b.blandRound().nextRound()
    b.blandRound()
    const r = await detect(b.build(), { sessionId: 's1' })
    expect(r.timeline.length).toBeLessThanOrEqual(40)
    expect(r.timeline.at(-1)!.round).toBe(101)
  })
})
