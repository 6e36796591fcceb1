/**
 * `pnpm eval --games 100 --seed 1`: play seeded games headless with each of llm-sim's voices and
 * measure the detector leave-one-voice-out: each voice is judged with the accusation threshold
 * calibrated on the other voices' control games (see lovo.ts); the in-voice figures stand beside.
 */
import { join, resolve } from 'node:path'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import cliProgress from 'cli-progress'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { writeCalibration } from './calibration-file.js'
import { checkedEvalArgs, OPTIONS } from './cli.js'
import { evaluateAll, SCORERS, type ScorerName } from './evaluate.js'
import type { GameScores } from './metrics.js'
import { type EvalReport, markdownReport, speedLines, writeReport } from './report.js'
import { playAll } from './play-all.js'
import { detectorProblems, FLOOR } from './sanity.js'
import { gameSeed } from './run-games.js'

// Milliseconds since the process started: node, launch.mjs's compile and every module loaded.
const readyAt = performance.now()
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const { values, games, seed, controlEvery, rounds, rate, samples, workers, voices, unseenVoices, calibrationVoices } = checkedEvalArgs(process.argv.slice(2))

const team = loadTeamConfig(join(ROOT, 'config'))
const plan = { games, seed, controlEvery, rounds, voices }
const total = games * voices.length
const bar = values.quiet ? null : new cliProgress.SingleBar({ format: 'games {bar} {value}/{total} | {rate} games/s | eta {eta}s', hideCursor: true }, cliProgress.Presets.shades_classic)
bar?.start(total, 0, { rate: '0.0' })
const threads = Math.min(workers, total)
const loadAtStart = loadavg()[0]!
const started = performance.now()
const cpuStart = process.cpuUsage()
const outcomes = await playAll(plan, threads, (done) => bar?.update(done, { rate: (done / ((performance.now() - started) / 1000)).toFixed(1) }))
bar?.stop()
const gamesEnd = performance.now()
const seconds = (gamesEnd - started) / 1000
// Process-wide (worker threads included): on a shared machine the wall clock measures the neighbours too.
const cpu = process.cpuUsage(cpuStart)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const loadAtEnd = loadavg()[0]!
const collected = Object.fromEntries(SCORERS.map((s) => [s, outcomes.map((o) => o.scores[s])])) as Record<ScorerName, GameScores[]>
const moleGames = collected.hybrid.filter((g) => g.mole !== null)
const byStrategy: Record<string, number> = {}
for (const g of moleGames) byStrategy[g.strategy!] = (byStrategy[g.strategy!] ?? 0) + 1
const command = `pnpm eval --games ${games} --seed ${seed}${values.voices === OPTIONS.voices.default ? '' : ` --voices ${values.voices}`}${values.unseen === OPTIONS.unseen.default ? '' : ` --unseen ${unseenVoices.join(',')}`}${calibrationVoices.length === 0 ? '' : ` --calibrate-on ${calibrationVoices.join(',')}`}`
const report: EvalReport = {
  created_at: new Date().toISOString(),
  command,
  settings: { games_per_voice: games, voices, ...(calibrationVoices.length > 0 ? { calibration_voices: calibrationVoices } : {}), seed, control_every: controlEvery, rounds, false_accusation_rate: rate, bootstrap_samples: samples, weights: team.heist.detection },
  counts: { mole_games: moleGames.length, control_games: total - moleGames.length, by_strategy: byStrategy, model_failures: outcomes.filter((o) => !o.modelOk).length },
  speed: { seconds, games_per_second: total / seconds, cpu_seconds: cpuSeconds, games_per_cpu_second: total / cpuSeconds, threads, load_average: [loadAtStart, loadAtEnd] },
  ...evaluateAll(collected, { seed, samples, falseAccusationRate: rate, unseenVoices, calibrationVoices }),
  games: outcomes.map((o) => ({
    voice: o.scores.hybrid.voice ?? '',
    seed: o.scores.hybrid.seed ?? gameSeed(seed, o.index),
    mole: o.scores.hybrid.mole,
    strategy: o.scores.hybrid.strategy,
    top: Object.fromEntries(SCORERS.map((s) => {
      const [agent, score] = Object.entries(o.scores[s].scores).reduce((a, b) => (b[1] > a[1] ? b : a))
      return [s, { agent, score: Math.round(score * 1000) / 1000 }]
    })),
  })),
}
// The whole command so far (the compile in launch.mjs, module loading, the games, the bootstrap): what a user waits for.
const whole = process.cpuUsage()
Object.assign(report.speed, { command_seconds: process.uptime(), command_cpu_seconds: (whole.user + whole.system) / 1e6, start_seconds: readyAt / 1000, metrics_seconds: (performance.now() - gamesEnd) / 1000 })
const paths = writeReport(report, resolve(ROOT, values.out))
console.log(`\n${markdownReport(report)}`)
console.log(`\nmodel failures (rules only): ${report.counts.model_failures}\nreport: ${paths.md}\n        ${paths.json}\n        ${paths.html}`)
console.log(speedLines(report.speed, total, rounds).join('\n'))
const problems = detectorProblems(report)
console.log(problems.length === 0 ? `check: the detector is above chance held out (top-1 >= ${100 * FLOOR.top1} %, AUROC >= ${FLOOR.auroc})` : `CHECK FAILED: ${problems.join('; ')}`)
if (problems.length > 0) process.exitCode = 1
if (values['write-calibration']) {
  // The shipped thresholds come from the same voices' controls as every held-out threshold of this run.
  const calibrating = calibrationVoices.length > 0 ? calibrationVoices : voices
  const theirs = Object.fromEntries(SCORERS.map((s) => [s, collected[s].filter((g) => calibrating.includes(g.voice ?? ''))])) as Record<ScorerName, GameScores[]>
  console.log(`calibration: ${writeCalibration(theirs, rate, calibrating, command)}`)
}
