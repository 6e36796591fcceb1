import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HealthReply, PUBLIC_TEST_MODEL_SEED_KEY } from '@heist/shared'
import { createEventLog } from '../src/adapters/event-log.js'
import { buildApp } from '../src/app.js'
import { createInProcessMemory, createScriptedModel } from '../src/engine/index.js'
import { MAX_MODEL_SEED, modelGameFor, modelSeedFor, modelSeedOf } from '../src/model-seed.js'
import { SessionManager } from '../src/sessions.js'
import { CONFIG_DIR, defaultScript, fakeTools, harness, team } from './helpers.js'

describe('the model\'s per-turn seed', () => {
  it('spreads over the whole 32-bit range the seed parameter takes, never negative, never llama.cpp\'s random-seed value', () => {
    const seedOf = modelSeedFor('a-key-of-our-own-0123456789')
    const seeds = Array.from({ length: 50 }, (_, game) => Array.from({ length: 40 }, (_, turn) => seedOf(game, turn + 1))).flat()
    for (const s of seeds) {
      expect(Number.isSafeInteger(s)).toBe(true)
      expect(s).toBeGreaterThanOrEqual(0)
      expect(s).toBeLessThanOrEqual(MAX_MODEL_SEED)
    }
    // The top bit is used: about half the seeds are at or above 2^31 (a 31-bit cut gave none).
    const high = seeds.filter((s) => s >= 2 ** 31).length / seeds.length
    expect(high).toBeGreaterThan(0.4)
    expect(high).toBeLessThan(0.6)
    expect(new Set(seeds).size).toBe(seeds.length)
    // 0xFFFFFFFF (-1 as int32) makes llama.cpp, LM Studio and Ollama pick a random seed: never sent.
    expect(modelSeedOf(0xffffffff)).not.toBe(0xffffffff)
    expect(modelSeedOf(-1)).toBeGreaterThanOrEqual(0)
    expect(modelSeedOf(0xfffffffe)).toBe(0xfffffffe)
    expect(modelSeedOf(0x80000000)).toBe(0x80000000)
  })

  it('is the same for the same key, game seed and turn, and another under another key', () => {
    const a = modelSeedFor('a-key-of-our-own-0123456789')
    expect(a(7, 3)).toBe(modelSeedFor('a-key-of-our-own-0123456789')(7, 3))
    expect(a(7, 3)).not.toBe(a(7, 4))
    expect(a(7, 3)).not.toBe(modelSeedFor('another-key-entirely-98765')(7, 3))
  })
})

describe('the game\'s name for the model', () => {
  const key = 'a-key-of-our-own-0123456789'
  const requestsOf = async (seed: number, deps: object) => {
    const { session, model } = harness({ seed, rounds: 2, deps })
    await session.run()
    return model.requests
  }

  it('is one value in every request of a game while the seed changes each turn, another for another game, and no trace of the game seed', async () => {
    const deps = { modelSeed: modelSeedFor(key), modelGame: modelGameFor(key) }
    const requests = await requestsOf(42, deps)
    expect(new Set(requests.map((r) => r.game))).toEqual(new Set([modelGameFor(key)(42)]))
    expect(new Set(requests.map((r) => r.seed)).size).toBe(12)
    expect(modelGameFor(key)(42)).toMatch(/^[0-9a-f]{32}$/)
    expect(modelGameFor(key)(43)).not.toBe(modelGameFor(key)(42))
    expect(modelGameFor('another-key-0123456789')(42)).not.toBe(modelGameFor(key)(42))
    expect(new Set((await requestsOf(43, deps)).map((r) => r.game))).toEqual(new Set([modelGameFor(key)(43)]))
  })

  it('is not sent in process, where the game seed names the game (the eval plays the same games as before)', async () => {
    const requests = await requestsOf(42, {})
    expect(requests.every((r) => r.game === undefined && r.seed === 42)).toBe(true)
  })
})

describe('the public test key', () => {
  let closers: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(closers.map((close) => close()))
    closers = []
  })

  async function health(key: string) {
    const t = team()
    const sessions = new SessionManager({
      configDir: CONFIG_DIR, team: t, agentsWithSecrets: new Set(t.agents.map((a) => a.name)),
      makeModel: () => createScriptedModel(defaultScript), tools: fakeTools(), memory: createInProcessMemory(t.heist.memory),
      publish: () => undefined, log: createEventLog(mkdtempSync(join(tmpdir(), 'heist-seed-key-'))),
    })
    const app = await buildApp({ config: { HEIST_OPERATOR_TOKEN: 'operator-token-for-tests-123', HEIST_MODEL_SEED_KEY: key, LOG_LEVEL: 'silent' }, deps: { sessions } })
    closers.push(() => app.close())
    const warn = vi.spyOn(app.log, 'warn')
    const reply = HealthReply.parse((await app.inject({ method: 'GET', url: '/health' })).json())
    return { reply, warnings: warn.mock.calls.map((c) => String(c[0])) }
  }

  it('is named in a warning at start, and /health tells an anonymous caller nothing of it', async () => {
    const { reply, warnings } = await health(PUBLIC_TEST_MODEL_SEED_KEY)
    expect(warnings).toEqual([expect.stringMatching(/^HEIST_MODEL_SEED_KEY is the public test key: anyone who knows a game's seed can replay/)])
    expect(warnings[0]).toContain('node scripts/init-env.mjs')
    // /health is public: on the test key it answers exactly as on a key of the fleet's own.
    const own = await health('a-random-key-init-env-wrote-0123')
    expect(reply.status).toBe('ok')
    expect({ ...reply, uptime_s: 0 }).toEqual({ ...own.reply, uptime_s: 0 })
    expect(JSON.stringify(reply)).not.toMatch(/seed|WARNING/i)
  })

  it('is not mentioned for a key of the fleet\'s own', async () => {
    const { reply, warnings } = await health('a-random-key-init-env-wrote-0123')
    expect(reply.checks?.model_seed_key).toBeUndefined()
    expect(warnings).toEqual([])
  })
})
