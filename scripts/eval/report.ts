import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { inVoiceNotice, judgedByItsOwnControls } from './cli.js'
import type { Evaluation, GroupMetrics, ScorerName, ScorerReport } from './evaluate.js'
import type { Interval } from './metrics.js'

export interface EvalReport extends Evaluation {
  created_at: string
  command: string
  settings: { games_per_voice: number; voices: readonly string[]; calibration_voices?: readonly string[]; seed: number; control_every: number; rounds: number; false_accusation_rate: number; bootstrap_samples: number; weights: unknown }
  counts: { mole_games: number; control_games: number; by_strategy: Record<string, number>; model_failures: number }
  speed: {
    /** The games alone (playing and scoring, every thread), wall and CPU. */
    seconds: number
    games_per_second: number
    cpu_seconds: number
    games_per_cpu_second: number
    /** Threads playing games (this one included), and the 1-minute load average before and after: a wall figure means little on a busy machine. */
    threads: number
    load_average: [number, number]
    /** The whole command up to the report: compile, module loading, games and bootstrap. */
    command_seconds?: number
    command_cpu_seconds?: number
    /** Before the games (node, the compile, loading modules), and after them (the bootstrap metrics). */
    start_seconds?: number
    metrics_seconds?: number
  }
  /** Per game: the truth and each scorer's top suspect with its score. */
  games: { voice: string; seed: number; mole: string | null; strategy: string | null; top: Record<string, { agent: string; score: number }> }[]
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CHART_JS = ['dashboard/node_modules/chart.js/dist/chart.umd.js', 'node_modules/chart.js/dist/chart.umd.js'].map((p) => join(ROOT, p))

export const pct = (i: Interval | null, ci = true) => (i === null || Number.isNaN(i.value) ? '—' : `${(i.value * 100).toFixed(1)} %${ci && !Number.isNaN(i.lo) ? ` [${(i.lo * 100).toFixed(0)}, ${(i.hi * 100).toFixed(0)}]` : ''}`)
export const num = (i: Interval, ci = true) => (Number.isNaN(i.value) ? '—' : `${i.value.toFixed(3)}${ci && !Number.isNaN(i.lo) ? ` [${i.lo.toFixed(2)}, ${i.hi.toFixed(2)}]` : ''}`)

const COLUMNS = ['top-1', 'AUROC', 'TPR @ 1 % FPR', 'TPR @ 5 % FPR', '"nobody" on controls', 'correct accusations', 'Brier', 'mole first top (median round, never)']

function cells(g: GroupMetrics): string[] {
  const first = Number.isNaN(g.first_top_round.median) ? '—' : `${g.first_top_round.median}, ${(g.first_top_round.never * 100).toFixed(0)} % never`
  return [pct(g.top1), num(g.auroc), pct(g.tpr_at_1pct_fpr), pct(g.tpr_at_5pct_fpr), pct(g.nobody_on_controls), pct(g.correct_accusations), num(g.brier), first]
}

function markdown(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

/** One row per scorer: the overall figures of a table (held out or in-voice). */
export function scorerTable(scorers: Record<ScorerName, ScorerReport>): string {
  return markdown(['scorer', ...COLUMNS], Object.entries(scorers).map(([name, s]) => [name, ...cells(s.overall)]))
}

/**
 * Hybrid and rules side by side per strategy, seat or voice (top-1, AUROC, correct accusations, and
 * "nobody" on a group's control games: per voice, what a threshold calibrated on other voices does to
 * this one's controls; a strategy or seat has none).
 */
export function breakdown(report: EvalReport, pick: (s: ScorerReport) => Record<string, GroupMetrics>, label: string, scorers = report.held_out): string {
  const keys = Object.keys(pick(scorers.hybrid))
  const row = (k: string) => {
    const h = pick(scorers.hybrid)[k]!
    const r = pick(scorers.rules)[k]!
    return [k, String(h.games), pct(h.top1), num(h.auroc), pct(h.correct_accusations, false), pct(h.nobody_on_controls, false), pct(r.top1), num(r.auroc)]
  }
  return markdown([label, 'games', 'hybrid top-1', 'hybrid AUROC', 'hybrid correct acc.', 'hybrid "nobody"', 'rules top-1', 'rules AUROC'], keys.map(row))
}

/** The whole report as Markdown: held out first, in-voice beside it, then the breakdowns. */
export function markdownReport(report: EvalReport): string {
  const folds = report.folds.hybrid.map((f) => `${f.voice}: ${f.held_out.toFixed(3)} (in-voice ${f.in_voice.toFixed(3)})`).join('; ')
  const alone = judgedByItsOwnControls(report.settings.voices, report.settings.calibration_voices ?? [])
  return [
    `\`${report.command}\` — ${report.counts.mole_games} mole games, ${report.counts.control_games} control games, voices ${report.settings.voices.join(', ')}; ${report.speed.games_per_second.toFixed(1)} games/s (${report.speed.games_per_cpu_second.toFixed(1)} per CPU second).`,
    ...(alone ? [`\n**Not held out:** ${inVoiceNotice(alone.voice)}.`] : []),
    // The never-read voices together first (the held-out headline), then each on its own, in the order --unseen gave them.
    ...(report.unseen_pooled ? [
      `\n**Never read: ${report.unseen_pooled.voices.length} voices together** (${report.unseen_pooled.voices.join(', ')}; ${report.unseen_pooled.scorers.hybrid.overall.games} games, each judged as in its own table below):\n`,
      scorerTable(report.unseen_pooled.scorers),
      '\n**Per voice** (never read):\n', breakdown(report, (s) => s.by_voice, 'voice', report.unseen_pooled.scorers),
      '\n**Per strategy** (never read, together):\n', breakdown(report, (s) => s.by_strategy, 'strategy', report.unseen_pooled.scorers),
      '\n**Per mole seat** (never read, together):\n', breakdown(report, (s) => s.by_seat, 'seat', report.unseen_pooled.scorers),
    ] : []),
    ...(report.unseen ?? []).flatMap((unseen) => [
      `\n**Never read: ${unseen.voice}** (${unseen.scorers.hybrid.overall.games} games; no rule, word list, weight or threshold came from this voice, and it is judged with the other voices' threshold; the other voices' rules were written reading them, so only this table is held out in everything):\n`,
      scorerTable(unseen.scorers),
      `\n**Per strategy** (${unseen.voice}):\n`, breakdown(report, (s) => s.by_strategy, 'strategy', unseen.scorers),
      `\n**Per mole seat** (${unseen.voice}):\n`, breakdown(report, (s) => s.by_seat, 'seat', unseen.scorers),
    ]),
    `\n**Held out, all voices** (each voice judged with the strictest of the other ${report.settings.calibration_voices ? `calibration voices' (${report.settings.calibration_voices.join(', ')})` : "voices'"} thresholds, each calibrated on that voice's control games to ${report.settings.false_accusation_rate * 100} % false accusations; 95 % bootstrap CIs):\n`,
    scorerTable(report.held_out),
    '\n**In-voice** (the threshold calibrated on the voice\'s own control games):\n',
    scorerTable(report.in_voice),
    `\nHybrid thresholds per held-out voice: ${folds}.`,
    '\n**Per voice** (held out):\n', breakdown(report, (s) => s.by_voice, 'voice'),
    '\n**Per strategy** (held out):\n', breakdown(report, (s) => s.by_strategy, 'strategy'),
    '\n**Per mole seat** (held out):\n', breakdown(report, (s) => s.by_seat, 'seat'),
  ].join('\n')
}

/** How fast the run was, with what a reader needs to trust it (threads, cores, load). */
export function speedLines(speed: EvalReport['speed'], games: number, rounds: number): string[] {
  const cores = availableParallelism()
  const lines = [
    `${games} games in ${speed.seconds.toFixed(1)} s: ${speed.games_per_second.toFixed(1)} games/s wall (6 agents x ${rounds} rounds, detection included); ${speed.cpu_seconds.toFixed(1)} CPU s, ${((1000 * speed.cpu_seconds) / games).toFixed(1)} CPU ms per game, ${speed.games_per_cpu_second.toFixed(1)} games per CPU second`,
    `${speed.threads} thread${speed.threads === 1 ? '' : 's'} playing on ${cores} core${cores === 1 ? '' : 's'}; load average ${speed.load_average.map((l) => l.toFixed(1)).join(' -> ')} (1 min, before -> after the games)`,
  ]
  if (speed.command_seconds !== undefined && speed.command_cpu_seconds !== undefined) {
    const phases = speed.start_seconds !== undefined && speed.metrics_seconds !== undefined ? `: start-up ${speed.start_seconds.toFixed(1)} s (node, compile, modules), games ${speed.seconds.toFixed(1)} s, metrics ${speed.metrics_seconds.toFixed(1)} s` : ''
    lines.push(`whole command: ${speed.command_seconds.toFixed(1)} s wall, ${speed.command_cpu_seconds.toFixed(1)} CPU s (${(games / speed.command_seconds).toFixed(1)} games/s wall end to end)${phases}`)
  }
  return lines
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

function html(report: EvalReport, md: string, chartSrc: string | null): string {
  const curves = Object.entries(report.held_out).map(([name, s]) => ({ label: name, data: s.roc.map((p) => ({ x: p.fpr, y: p.tpr })) }))
  // JSON inside a <script> block: "<" escaped so no text can close the tag.
  const data = JSON.stringify(curves).replace(/</g, '\\u003c')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heist detector evaluation</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:1200px}pre{white-space:pre-wrap}canvas{max-width:700px}</style></head><body>
<h1>Detector evaluation</h1>
${chartSrc ? '<canvas id="roc" width="700" height="500"></canvas>' : '<p>(Chart.js not found: no ROC chart.)</p>'}
<pre>${escapeHtml(md)}</pre>
${chartSrc ? `<script src="${chartSrc}"></script><script>
const curves = ${data};
new Chart(document.getElementById('roc'), { type: 'line', data: { datasets: curves.map((c) => ({ label: c.label, data: c.data, showLine: true, pointRadius: 0, borderWidth: 2 })) },
  options: { parsing: false, scales: { x: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'false-positive rate' } }, y: { min: 0, max: 1, title: { display: true, text: 'true-positive rate' } } },
    plugins: { title: { display: true, text: 'ROC of per-agent suspicion scores (moles vs innocents, all voices)' } } } })
</script>` : ''}
</body></html>`
}

/** Write `report.json`, `report.md`, `index.html` and a copy of Chart.js beside it (no CDN). */
export function writeReport(report: EvalReport, outDir: string): { json: string; md: string; html: string } {
  mkdirSync(outDir, { recursive: true })
  const chart = CHART_JS.find((p) => existsSync(p))
  if (chart) copyFileSync(chart, join(outDir, 'chart.umd.js'))
  const md = markdownReport(report)
  const paths = { json: join(outDir, 'report.json'), md: join(outDir, 'report.md'), html: join(outDir, 'index.html') }
  writeFileSync(paths.json, `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(paths.md, `${md}\n`)
  writeFileSync(paths.html, html(report, md, chart ? 'chart.umd.js' : null))
  return paths
}
