/**
 * Threat: a spectator finds the sealed seed by replaying the game. Every word the agents say is a
 * function of the seed the model is given, the code is public and so is the simulated model, so
 * if the model gets the game seed, anyone can play candidate seeds in-process until round 1 matches
 * the public transcript and read the mole off `drawGame(seed)`. An outside check did exactly that
 * against a real fleet: 26 of 26 games (operator seeds 11..286) named from round 1, searching
 * seeds 0..300 in 15 s. A random 31-bit seed only makes the search longer.
 */
import { join } from 'node:path'
import { PublicSessionEvent, type SessionEvent } from '@heist/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createInProcessMemory, drawGame, loadTeamConfig, runSession, type TeamConfig } from '../../services/orchestrator/src/engine/index.js'
import { modelGameFor, modelSeedFor } from '../../services/orchestrator/src/model-seed.js'
import { simModel } from '../../services/llm-sim/test/helpers/engine-session.js'
import { createSimModel } from '../../scripts/eval/sim-model.js'
import { createEvalTools } from '../../scripts/eval/tools.js'
import { operatorAuth, ROOT, TEST_MODEL_SEED_KEY } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

const SEEDS = [5, 6]
/** The attacker's search: every seed up to here (the operator's seeds are small on purpose). */
const SEARCH = 12

/** The fleet's keys: its per-turn model seed and the game's name it sends as `prompt_cache_key`. */
const keyed = (key: string) => ({ modelSeed: modelSeedFor(key), modelGame: modelGameFor(key) })

/**
 * Round 1's messages of an in-process game, as `pnpm eval` plays it; given `keys`, as the fleet plays
 * it (a model that sends the game's name on, as the fleet's HTTP adapter does).
 */
async function replayRoundOne(team: TeamConfig, seed: number, keys?: { modelSeed: (s: number, turn: number) => number; modelGame?: (s: number) => string }, mole: 'random' | 'none' = 'random'): Promise<string[]> {
  const { tools, close } = await createEvalTools(team)
  const messages: string[] = []
  try {
    await runSession({
      sessionId: `replay-${seed}`, team, options: { seed, rounds: 1, mole },
      deps: {
        model: keys?.modelGame ? simModel('heist-sim', () => false) : createSimModel(), tools, memory: createInProcessMemory(team.heist.memory),
        sink: (e: SessionEvent) => { if (e.type === 'message') messages.push(e.content) }, ...keys,
      },
    })
  } finally {
    close()
  }
  return messages
}

describe('seed replay: the public transcript does not give away the seed that drew the mole (real processes)', () => {
  // The shared fleet (vitest.config.ts): this file only runs two sessions of its own ids on it.
  const fleet = sharedFleet()
  const published = new Map<number, string[]>()
  let team: TeamConfig

  beforeAll(async () => {
    team = loadTeamConfig(join(ROOT, 'config'))
    const auth = { ...operatorAuth(fleet), 'content-type': 'application/json' }
    for (const seed of SEEDS) {
      const id = `replay-${seed}`
      const started = await fetch(`${fleet.urls.orchestrator}/sessions`, { method: 'POST', headers: auth, body: JSON.stringify({ session_id: id, rounds: 1, seed }) })
      expect(started.status).toBe(201)
      await waitFor(`${id} to end on the dashboard`, async () => (await (await fetch(`${fleet.urls.dashboard}/api/sessions/${id}`)).json()) as { status?: string },
        (s) => s.status === 'completed', 60_000)
      // What anyone reads: the dashboard's public events, no token.
      const { events } = await (await fetch(`${fleet.urls.dashboard}/api/sessions/${id}/events`)).json() as { events: unknown[] }
      published.set(seed, events.map((e) => PublicSessionEvent.parse(e)).flatMap((e) => (e.type === 'message' ? [e.content] : [])))
    }
  }, 180_000)

  it('a fleet game replays: in-process, with the test fleets\' fixed model-seed key, word for word', async () => {
    // The replay knows none of this fleet's random secrets, only the seed and TEST_MODEL_SEED_KEY: so
    // a game a test saw fail is the same game on the next run's fleet. And without this, a search
    // that finds nothing below could only mean the harness plays another game.
    expect(fleet.env.HEIST_MODEL_SEED_KEY).toBe(TEST_MODEL_SEED_KEY)
    for (const seed of SEEDS) {
      expect(await replayRoundOne(team, seed, keyed(TEST_MODEL_SEED_KEY))).toEqual(published.get(seed))
    }
  })

  it('the model seed is keyed by HEIST_MODEL_SEED_KEY, not by the orchestrator\'s OAuth client secret', async () => {
    // One secret, one use: the client secret (which oauth holds too) keys no game.
    for (const seed of SEEDS) {
      expect(await replayRoundOne(team, seed, keyed(fleet.env.HEIST_SECRET_ORCHESTRATOR!)), `seed ${seed}`).not.toEqual(published.get(seed))
    }
  })

  it(`no seed from 0 to ${SEARCH} replays round 1 of a fleet game, so the draw cannot be read off it`, async () => {
    const found: string[] = []
    for (let seed = 0; seed <= SEARCH; seed++) {
      const replay = (await replayRoundOne(team, seed)).join('\n')
      for (const [real, messages] of published) {
        if (messages.join('\n') === replay) found.push(`game seeded ${real} replayed by seed ${seed}: mole ${drawGame({ seed, agents: team.heist.session.turn_order }).mole}`)
      }
    }
    expect(found).toEqual([])
  })

  it('a model seed found for one turn does not replay the next ones, so it cannot sort innocent turns from the mole\'s', async () => {
    // The strongest searcher: it found turn 1's model seed (here: computed with the key, the game's name too) and replays
    // round 1 with it from the innocent prompt (a control game). With one seed for the whole game,
    // every innocent's turn up to the mole's came out word for word, and the mole's did not. Turns
    // after the mole's are left out (their history differs from the replay's); a turn may still
    // match by chance (a short template), all of them in both games may not.
    const key = modelSeedFor(TEST_MODEL_SEED_KEY)
    const order = team.heist.session.turn_order
    let innocentTurns = 0
    let replayed = 0
    for (const seed of SEEDS) {
      const found = key(seed, 1)
      const replay = await replayRoundOne(team, seed, { modelSeed: () => found, modelGame: modelGameFor(TEST_MODEL_SEED_KEY) }, 'none')
      const real = published.get(seed)!
      const moleSeat = order.indexOf(drawGame({ seed, agents: order }).mole ?? '')
      for (let i = 1; i < moleSeat; i++) {
        innocentTurns++
        if (replay[i] === real[i]) replayed++
      }
    }
    expect(innocentTurns).toBeGreaterThan(2)
    expect(replayed, `${replayed} of ${innocentTurns} innocent turns replayed with turn 1's seed`).toBeLessThan(innocentTurns)
  })

  it('left no error in any service log', () => {
    expect(fleet.errors()).toEqual([])
  })
})
