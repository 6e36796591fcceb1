/**
 * A profile's `detection:` weights are used for the sessions that ran with that profile (they were
 * validated by the launcher and then ignored): read from real files, applied through the app.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTokenVerifier, HeistError, type Transcript } from '@heist/shared'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { loadWeights } from '../src/profile-weights.js'
import type { ChatFn } from '../src/scoring/index.js'
import { createStore, openDatabase } from '../src/store.js'
import { TranscriptBuilder, VAULT_DOC } from './fixtures.js'

const configDir = mkdtempSync(join(tmpdir(), 'heist-detection-profiles-'))
copyFileSync(join(import.meta.dirname, '..', '..', '..', 'config', 'heist.yaml'), join(configDir, 'heist.yaml'))
const overlay = (profile: string, text: string) => {
  mkdirSync(join(configDir, 'profiles', profile), { recursive: true })
  writeFileSync(join(configDir, 'profiles', profile, 'heist.yaml'), text)
}
overlay('rules-only', 'detection:\n  rule_weight: 1\n  llm_weight: 0\n')
overlay('broken', 'detection:\n  rule_weight: lots\n')
overlay('over-one', 'detection:\n  rule_weight: 0.7\n  llm_weight: 0.4\n')
mkdirSync(join(configDir, 'profiles', 'no-overlay'), { recursive: true })
afterAll(() => rmSync(configDir, { recursive: true, force: true }))

describe('loadWeights with a profile', () => {
  const base = loadWeights(configDir)

  it('overlays the profile file on the base file', () => {
    expect(base).toMatchObject({ rules: 0.6, model: 0.4 })
    expect(loadWeights(configDir, 'rules-only')).toEqual({ ...base, rules: 1, model: 0 })
  })

  it('a profile without a heist.yaml of its own weighs as the base', () => {
    expect(loadWeights(configDir, 'no-overlay')).toEqual(base)
  })

  it('a bad overlay or a name that is a path is a 422, never a 500 or a file read elsewhere', () => {
    for (const profile of ['broken', 'over-one', '../../etc', 'A B']) {
      let caught: unknown
      try { loadWeights(configDir, profile) } catch (error) { caught = error }
      expect(caught, profile).toBeInstanceOf(HeistError)
      expect((caught as HeistError).statusCode, profile).toBe(422)
      expect((caught as HeistError).message, profile).not.toContain(configDir)
    }
  })
})

describe('loadWeights refuses weights that do not sum to 1', () => {
  it('in the base file too: the service does not start with them (it took 0.7/0.4 and divided by 1.1)', () => {
    const dir = mkdtempSync(join(configDir, 'base-'))
    writeFileSync(join(dir, 'heist.yaml'), readFileSync(join(configDir, 'heist.yaml'), 'utf8').replace(/rule_weight: 0\.6/, 'rule_weight: 0.7'))
    expect(() => loadWeights(dir)).toThrow(/detection\.llm_weight: rule_weight \+ llm_weight must be 1/)
  })
})

describe('POST /detect weighs a session with its profile', () => {
  const transcript = (id: string, profile?: string): Transcript => ({
    ...new TranscriptBuilder(id)
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, VAULT_DOC)
      .say('hacker', 'The vault has a 3 hour time lock and there are 16 cameras.')
      .say('driver', 'The time lock is only 1 hour, and there are 8 cameras.')
      .blandRound(['hacker', 'driver']).build(),
    ...(profile ? { profile } : {}),
  })
  const sessions: Record<string, Transcript> = { plain: transcript('plain'), ruled: transcript('ruled', 'rules-only') }
  // A judge that suspects the planner: with model weight 0 it moves nothing.
  const chat: ChatFn = async () => JSON.stringify({ scores: ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'].map((agent) => ({ agent, score: agent === 'planner' ? 0.95 : 0.05, reason: 'judge' })) })

  it('the profile\'s weights, not the base ones, make the scores', async () => {
    const app = await buildApp({
      config: { LOG_LEVEL: 'silent', LLM_MODEL: 'heist-sim', HEIST_OPERATOR_TOKEN: 'op' },
      deps: {
        store: createStore(openDatabase(':memory:')),
        dashboard: { transcript: async (id) => sessions[id] as Transcript, publish: async () => {} },
        chat, weights: loadWeights(configDir), weightsFor: (profile) => loadWeights(configDir, profile),
        verify: createTokenVerifier({ issuer: 'heist-oauth', audience: 'heist-fleet', jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json' }),
      },
    })
    try {
      const score = async (id: string) => {
        const res = await app.inject({ method: 'POST', url: '/detect', headers: { authorization: 'Bearer op' }, payload: { session_id: id } })
        expect(res.statusCode, res.body).toBe(200)
        return res.json() as { scores: { agent: string; score: number; rule_score: number }[] }
      }
      const planner = (result: Awaited<ReturnType<typeof score>>) => result.scores.find((s) => s.agent === 'planner') as { score: number; rule_score: number }
      const plain = await score('plain')
      const ruled = await score('ruled')
      // The judge puts the planner first (its part 0.575, the five others level at 0.485), so at 60/40
      // the planner stands 0.4 x 0.09 = 0.036 further above its team than its rules alone put it.
      const plainTotal = plain.scores.reduce((n, s) => n + s.rule_score, 0)
      const ruleLead = planner(plain).rule_score - (plainTotal - planner(plain).rule_score) / 5
      expect(planner(plain).score).toBeCloseTo(Math.max(0, 0.6 * ruleLead + 0.036), 3)
      expect(planner(plain).score).toBeGreaterThan(0.6 * ruleLead)
      // With the model at 0, each score is its rule score held to the team (above the teammates' mean).
      const total = ruled.scores.reduce((n, s) => n + s.rule_score, 0)
      for (const s of ruled.scores) expect(s.score, s.agent).toBeCloseTo(Math.max(0, s.rule_score - (total - s.rule_score) / 5), 2)
    } finally {
      await app.close()
    }
  })
})
