import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GroupMetrics, ScorerName, ScorerReport } from './evaluate.js'
import type { Interval } from './metrics.js'

export interface EvalReport {
  created_at: string
  command: string
  settings: { games: number; seed: number; control_every: number; rounds: number; accusation_threshold: number; bootstrap_samples: number; weights: unknown }
  counts: { mole_games: number; control_games: number; by_strategy: Record<string, number>; model_failures: number }
  speed: { seconds: number; games_per_second: number }
  scorers: Record<ScorerName, ScorerReport>
  /** Per game: the truth and each scorer's top suspect with its score. */
  games: { seed: number; mole: string | null; strategy: string | null; top: Record<string, { agent: string; score: number }> }[]
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CHART_JS = ['dashboard/node_modules/chart.js/dist/chart.umd.js', 'node_modules/chart.js/dist/chart.umd.js'].map((p) => join(ROOT, p))

const pct = (i: Interval | null) => (i === null || Number.isNaN(i.value) ? '—' : `${(i.value * 100).toFixed(1)}% [${(i.lo * 100).toFixed(1)}, ${(i.hi * 100).toFixed(1)}]`)
const num = (i: Interval) => (Number.isNaN(i.value) ? '—' : `${i.value.toFixed(3)} [${i.lo.toFixed(3)}, ${i.hi.toFixed(3)}]`)

/** One row per scorer for a group of games, as plain text for the terminal. */
export function textTable(report: EvalReport, pick: (s: ScorerReport) => GroupMetrics | undefined, title: string): string {
  const rows = Object.entries(report.scorers).map(([name, s]) => {
    const g = pick(s)
    if (!g) return `  ${name.padEnd(13)} —`
    return `  ${name.padEnd(13)} top-1 ${pct(g.top1).padEnd(22)} AUROC ${num(g.auroc).padEnd(24)} det@5%FPR ${pct(g.detection_at_5pct_fpr).padEnd(22)}  accused ${pct(g.correct_accusations).padEnd(22)}${g.false_accusations ? ` false acc. ${pct(g.false_accusations)}` : ''}`
  })
  return [title, ...rows].join('\n')
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

function htmlTable(report: EvalReport): string {
  const groups = ['overall', ...Object.keys(report.counts.by_strategy).sort()]
  const head = '<tr><th>group</th><th>scorer</th><th>top-1</th><th>AUROC</th><th>detection @5% FPR</th><th>correct accusations (mole games)</th><th>false accusations (controls)</th></tr>'
  const body = groups.flatMap((g) => Object.entries(report.scorers).map(([name, s]) => {
    const m = g === 'overall' ? s.overall : s.by_strategy[g]
    if (!m) return ''
    return `<tr><td>${escapeHtml(g)}</td><td>${name}</td><td>${pct(m.top1)}</td><td>${num(m.auroc)}</td><td>${pct(m.detection_at_5pct_fpr)}</td><td>${pct(m.correct_accusations)}</td><td>${pct(m.false_accusations)}</td></tr>`
  }))
  return `<table>${head}${body.join('')}</table>`
}

function html(report: EvalReport, chartSrc: string | null): string {
  const curves = Object.entries(report.scorers).map(([name, s]) => ({ label: name, data: s.roc.map((p) => ({ x: p.fpr, y: p.tpr })) }))
  // JSON inside a <script> block: "<" escaped so no text can close the tag.
  const data = JSON.stringify(curves).replace(/</g, '\\u003c')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heist detector evaluation</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:1100px}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}canvas{max-width:700px}</style></head><body>
<h1>Detector evaluation</h1>
<p>${escapeHtml(report.command)} — ${report.counts.mole_games} mole games, ${report.counts.control_games} control games, ${report.speed.games_per_second.toFixed(1)} games/s. 95% bootstrap intervals in brackets. Chance top-1 is 1/6.</p>
${chartSrc ? '<canvas id="roc" width="700" height="500"></canvas>' : '<p>(Chart.js not found: no ROC chart.)</p>'}
${htmlTable(report)}
${chartSrc ? `<script src="${chartSrc}"></script><script>
const curves = ${data};
new Chart(document.getElementById('roc'), { type: 'line', data: { datasets: curves.map((c) => ({ label: c.label, data: c.data, showLine: true, pointRadius: 0, borderWidth: 2 })) },
  options: { parsing: false, scales: { x: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'false-positive rate' } }, y: { min: 0, max: 1, title: { display: true, text: 'true-positive rate' } } },
    plugins: { title: { display: true, text: 'ROC of per-agent suspicion scores (moles vs innocents, all games)' } } } })
</script>` : ''}
</body></html>`
}

/** Write `report.json`, `index.html` and a copy of Chart.js beside it (no CDN). */
export function writeReport(report: EvalReport, outDir: string): { json: string; html: string } {
  mkdirSync(outDir, { recursive: true })
  const chart = CHART_JS.find((p) => existsSync(p))
  if (chart) copyFileSync(chart, join(outDir, 'chart.umd.js'))
  const jsonPath = join(outDir, 'report.json')
  const htmlPath = join(outDir, 'index.html')
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(htmlPath, html(report, chart ? 'chart.umd.js' : null))
  return { json: jsonPath, html: htmlPath }
}
