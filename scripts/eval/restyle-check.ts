/**
 * The detector on the development voices' games as written and rewritten in other layouts
 * (restyles.ts), each voice judged with the threshold of the *other* voice's original control games:
 * a layout nobody calibrated on. Prints hybrid and rules-only top-1 / AUROC / "nobody" per voice.
 * Usage: node --conditions=heist-source --import tsx scripts/eval/restyle-check.ts --seed 2 --games 60 [--styles terse,roleplay]
 * Development voices only (a, b), never seed 1.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { combine, detect, pickSuspect, type ScoringInput } from '@heist/detection/scoring'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { calibrate } from './lovo.js'
import { auroc, type GameScores, nobodyRate, split, top1 } from './metrics.js'
import { playGame } from './play-game.js'
import { restyle, STYLE_NAMES, type StyleName } from './restyles.js'
import { gameSeed } from './run-games.js'
import { simDetectorChat } from './sim-model.js'
import { createEvalTools } from './tools.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEV_VOICES = ['heist-sim', 'heist-sim-b'] as const
const { values } = parseArgs({ options: { seed: { type: 'string', default: '2' }, games: { type: 'string', default: '60' }, styles: { type: 'string', default: STYLE_NAMES.join(',') } } })
const seed = Number(values.seed)
const games = Number(values.games)
const styles = values.styles.split(',').filter((s): s is StyleName => (STYLE_NAMES as string[]).includes(s))
if (!(seed >= 2) || !(games >= 3)) {
  console.error('usage: restyle-check.ts --seed N (>= 2: seed 1 is the frozen run) --games N [--styles terse,roleplay,numbered,jsonish,quoting,reworded,paraphrased,narrated]')
  process.exit(2)
}

const team = loadTeamConfig(join(ROOT, 'config'))
const d = team.heist.detection
const weights = { rules: d.rule_weight, model: d.llm_weight, signals: { ...d.signals } }
const { tools, close } = await createEvalTools(team)
const played: { voice: string; mole: string | null; strategy: string | null; transcript: ScoringInput }[] = []
for (let g = 0; g < games; g++) for (const voice of DEV_VOICES) {
  const p = await playGame(team, tools, gameSeed(seed, g), g % 3 === 2, 5, voice)
  played.push({ voice, mole: p.game.mole, strategy: p.game.strategy, transcript: p.transcript })
}
close()

/** Hybrid and rules-only scores of every game, with the messages rewritten in `style` (or as written). */
async function scored(style: StyleName | 'as written'): Promise<Map<string, { hybrid: GameScores[]; rules: GameScores[] }>> {
  const out = new Map(DEV_VOICES.map((v) => [v as string, { hybrid: [] as GameScores[], rules: [] as GameScores[] }]))
  for (const g of played) {
    const messages = style === 'as written' ? g.transcript.messages : g.transcript.messages.map((m, i, all) => ({ ...m, content: restyle(style, m.content, m.message_id, m.agent, all[i - 1]?.content) }))
    const result = await detect({ ...g.transcript, messages }, { sessionId: 'restyle', chat: simDetectorChat(g.voice), timeline: false, weights })
    const rules = combine(result.scores, null, weights)
    const truth = { mole: g.mole, strategy: g.strategy, voice: g.voice }
    out.get(g.voice)!.hybrid.push({ ...truth, scores: Object.fromEntries(result.scores.map((s) => [s.agent, s.score])), confidence: result.confidence })
    out.get(g.voice)!.rules.push({ ...truth, scores: Object.fromEntries(rules.map((s) => [s.agent, s.score])), confidence: pickSuspect(rules).confidence })
  }
  return out
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`
const figures = (gs: GameScores[], threshold: number) => {
  const { pos, neg } = split(gs)
  return `${pct(top1(gs))} / ${auroc(pos, neg).toFixed(3)} / ${pct(nobodyRate(gs, threshold))}`
}
const original = await scored('as written')
console.log(`# Restyled development games: seed ${seed}, ${games} games per voice\n`)
console.log('Each voice judged with the threshold calibrated on the other voice\'s games as written. top-1 / AUROC / "nobody" on controls.\n')
console.log(`| layout | ${DEV_VOICES.map((v) => `${v} hybrid | ${v} rules`).join(' | ')} |`)
console.log(`|---|${DEV_VOICES.map(() => '---|---').join('|')}|`)
for (const style of ['as written', ...styles] as const) {
  const s = style === 'as written' ? original : await scored(style)
  const cells = DEV_VOICES.map((v) => {
    const other = original.get(DEV_VOICES.find((o) => o !== v)!)!
    const { hybrid, rules } = s.get(v)!
    return `${figures(hybrid, calibrate(other.hybrid, 0.05))} | ${figures(rules, calibrate(other.rules, 0.05))}`
  })
  console.log(`| ${style} | ${cells.join(' | ')} |`)
}
