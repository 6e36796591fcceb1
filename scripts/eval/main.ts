/**
 * `pnpm eval --games 300 --seed 1`: play seeded games headless with the simulated model and
 * measure the detector (rules, model, hybrid) against the seed's formula and chance.
 */
import { join } from 'node:path'
import cliProgress from 'cli-progress'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { type EvalReport, textTable, writeReport } from './report.js'
import { evaluateScorer, SCORERS, type ScorerName } from './evaluate.js'
import { type GameOutcome, gameSeed, runShare } from './run-games.js'
import type { GameScores } from './metrics.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    'control-every': { type: 'string', default: '6' },
    rounds: { type: 'string', default: '5' },
    threshold: { type: 'string', default: '0.3' },
    bootstrap: { type: 'string', default: '400' },
    out: { type: 'string', default: 'reports/eval' },
    quiet: { type: 'boolean', default: false },
    workers: { type: 'string', default: String(Math.min(4, availableParallelism())) },
  },
})
const games = Number(values.games)
const seed = Number(values.seed)
const controlEvery = Number(values['control-every'])
const rounds = Number(values.rounds)
const threshold = Number(values.threshold)
if (![games, seed, controlEvery, rounds, threshold].every(Number.isFinite) || games < 1 || controlEvery < 2 || rounds < 1) {
  console.error('usage: pnpm eval --games 300 --seed 1 [--control-every 6] [--rounds 5] [--threshold 0.3] [--bootstrap 400] [--out reports/eval] [--workers N]')
  process.exit(2)
}

const team = loadTeamConfig(join(ROOT, 'config'))
const workers = Math.max(1, Math.min(Number(values.workers), games))
const plan = { games, seed, controlEvery, rounds }
const outcomes: GameOutcome[] = []
const bar = values.quiet ? null : new cliProgress.SingleBar({ format: 'games {bar} {value}/{total} | {rate} games/s | eta {eta}s', hideCursor: true }, cliProgress.Presets.shades_classic)
bar?.start(games, 0, { rate: '0.0' })
const started = performance.now()
const onGame = (outcome: GameOutcome) => {
  outcomes.push(outcome)
  bar?.update(outcomes.length, { rate: (outcomes.length / ((performance.now() - started) / 1000)).toFixed(1) })
}
if (workers === 1) await runShare(plan, 0, 1, onGame)
else {
  await Promise.all(Array.from({ length: workers }, (_, w) => new Promise<void>((resolve, reject) => {
    const thread = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { plan, worker: w, workers }, execArgv: process.execArgv })
    thread.on('message', (m: GameOutcome) => onGame(m))
    thread.on('error', reject)
    thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eval worker ${w} exited with ${code}`))))
  })))
}
bar?.stop()
outcomes.sort((a, b) => a.index - b.index)
const collected = Object.fromEntries(SCORERS.map((s) => [s, outcomes.map((o) => o.scores[s])])) as Record<ScorerName, GameScores[]>
const modelFailures = outcomes.filter((o) => !o.modelOk).length
const seconds = (performance.now() - started) / 1000

const moleGames = collected.hybrid.filter((g) => g.mole !== null)
const byStrategy: Record<string, number> = {}
for (const g of moleGames) byStrategy[g.strategy!] = (byStrategy[g.strategy!] ?? 0) + 1
const samples = Number(values.bootstrap)
const report: EvalReport = {
  created_at: new Date().toISOString(),
  command: `pnpm eval --games ${games} --seed ${seed}`,
  settings: { games, seed, control_every: controlEvery, rounds, accusation_threshold: threshold, bootstrap_samples: samples, weights: team.heist.detection },
  counts: { mole_games: moleGames.length, control_games: games - moleGames.length, by_strategy: byStrategy, model_failures: modelFailures },
  speed: { seconds, games_per_second: games / seconds },
  scorers: Object.fromEntries(SCORERS.map((s) => [s, evaluateScorer(collected[s], { seed, samples, threshold })])) as EvalReport['scorers'],
  games: outcomes.map((o) => ({
    seed: gameSeed(seed, o.index),
    mole: o.scores.hybrid.mole,
    strategy: o.scores.hybrid.strategy,
    top: Object.fromEntries(SCORERS.map((s) => {
      const [agent, score] = Object.entries(o.scores[s].scores).reduce((a, b) => (b[1] > a[1] ? b : a))
      return [s, { agent, score: Math.round(score * 1000) / 1000 }]
    })),
  })),
}
const paths = writeReport(report, join(ROOT, values.out))

console.log(`\n${report.counts.mole_games} mole games (${Object.entries(byStrategy).map(([k, v]) => `${k} ${v}`).join(', ')}), ${report.counts.control_games} control games; model failures: ${modelFailures}`)
console.log(textTable(report, (s) => s.overall, `\noverall (95% bootstrap CI; accused = top suspect is the mole with score > ${threshold}; false acc. = control games with a top score > ${threshold})`))
for (const strategy of Object.keys(byStrategy).sort()) console.log(textTable(report, (s) => s.by_strategy[strategy], `\n${strategy}`))
console.log(`\nreport: ${paths.json}\n        ${paths.html}`)
console.log(`${games} games in ${seconds.toFixed(1)} s: ${report.speed.games_per_second.toFixed(1)} games/s (6 agents x ${rounds} rounds, detection included)`)
