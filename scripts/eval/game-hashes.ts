/**
 * `node --conditions=heist-source --import tsx scripts/eval/game-hashes.ts --seed 7 --games 6`: play seeded
 * games headless in each development voice (`DEVELOPMENT_VOICES`) and print a SHA-256 of each
 * voice's games (every event each session emitted, in order: messages, tool calls and results, token
 * counts), with no detector run. A change to llm-sim's engine, the game loop or the harness that must
 * leave every game as it was prints the same lines before and after. Seeds and control games are
 * `pnpm eval`'s (one control game in three). The held-out voices are played only when named in
 * `--voices`, by whoever may.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import type { SessionEvent } from '@heist/shared'
import { commandLine, OPTIONS } from './cli.js'
import { DEVELOPMENT_VOICES, unknownVoicesError, voiceList } from './voices.js'

const USAGE = `usage: node --conditions=heist-source --import tsx scripts/eval/game-hashes.ts [--seed 7] [--games 6] [--rounds 5] [--voices ${DEVELOPMENT_VOICES.join(',')}]
  prints one SHA-256 per voice of its games (every event): the same lines before and after a change that must leave games as they were`
const values = commandLine(() => parseArgs({ options: { seed: { type: 'string', default: '7' }, games: { type: 'string', default: '6' }, rounds: { type: 'string', default: '5' }, voices: { type: 'string', default: DEVELOPMENT_VOICES.join(',') }, help: { type: 'boolean', short: 'h' } } }), USAGE)
const voices = voiceList(values.voices)
const refused = unknownVoicesError(voices)
if (refused) {
  console.error(refused)
  process.exit(2)
}
const [seed, games, rounds] = [Number(values.seed), Number(values.games), Number(values.rounds)]
// The engine, llm-sim and the tools load once the arguments are good: a refusal cost ~4.5 CPU s under tsx with them loaded first.
const [{ createInProcessMemory, loadTeamConfig, runSession }, { planned }, { createSimModel }, { createEvalTools }] = await Promise.all([
  import('@heist/orchestrator/engine'), import('./run-games.js'), import('./sim-model.js'), import('./tools.js'),
])
const team = loadTeamConfig(join(fileURLToPath(new URL('../..', import.meta.url)), 'config'))
const { tools, close } = await createEvalTools(team)
const instantClock = { now: () => 0, sleep: async () => {} }
try {
  for (const voice of voices) {
    const hash = createHash('sha256')
    for (let g = 0; g < games; g++) {
      // The seeds and control games `pnpm eval` plays with its default --control-every.
      const { seed: s, control } = planned({ games, seed, rounds, voices: [voice], controlEvery: Number(OPTIONS['control-every'].default) }, g)
      const events: SessionEvent[] = []
      await runSession({
        sessionId: `hash-${s}`,
        team,
        options: { seed: s, rounds, mole: control ? 'none' : 'random' },
        deps: { model: createSimModel(voice), tools, memory: createInProcessMemory(team.heist.memory), sink: (e) => events.push(e), clock: instantClock },
      })
      hash.update(JSON.stringify(events))
    }
    console.log(`${voice.padEnd(12)} ${games} games  ${hash.digest('hex')}`)
  }
} finally {
  close()
}
