import type { DetectionResult } from '@heist/shared/contracts/detection'
import type { SessionAnalytics } from '@heist/shared/contracts/browser'
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'
import { byId, el, middle, pct } from './dom.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip)
Chart.defaults.color = '#8b9ab3'
Chart.defaults.borderColor = '#223049'
Chart.defaults.font.family = 'ui-monospace, Menlo, Consolas, monospace'
Chart.defaults.font.size = 11

const FALLBACK = '#22d3ee'
/** Axis labels are cut to this many characters (the tooltip has the whole name). */
const LABEL_CHARS = 12

/** Marks a figure empty (CSS then hides its canvas and shows its empty note). */
function setEmpty(canvasId: string, empty: boolean): void {
  const figure = byId(canvasId).closest('figure')
  if (figure) figure.dataset.empty = String(empty)
}

/** Short, distinct heads for the heatmap: the first three letters, or both ends where names share them. */
function heads(agents: string[]): string[] {
  return agents.map((name) => (agents.filter((other) => other.slice(0, 3) === name.slice(0, 3)).length === 1 ? name.slice(0, 3) : middle(name, 5)))
}

/** Analytics panel: bar charts, the per-agent table, the who-answers-whom heatmap and the detector's scores. */
export function createCharts() {
  let colours = new Map<string, string>()
  const colour = (agent: string) => colours.get(agent) ?? FALLBACK
  const common = { responsive: true, maintainAspectRatio: false, animation: false as const }
  const categoryAxis = { ticks: { autoSkip: false, maxRotation: 60, callback(this: { getLabelForValue(v: number): string }, value: string | number) { return middle(this.getLabelForValue(Number(value)), LABEL_CHARS) } } }

  const messages = new Chart<'bar', number[], string>(byId<HTMLCanvasElement>('chart-messages'), {
    type: 'bar',
    data: { labels: [], datasets: [{ label: 'messages', data: [], backgroundColor: [] as string[] }] },
    options: { ...common, plugins: { legend: { display: false } }, scales: { x: categoryAxis, y: { beginAtZero: true, ticks: { precision: 0 } } } },
  })
  const tools = new Chart<'bar', number[], string>(byId<HTMLCanvasElement>('chart-tools'), {
    type: 'bar',
    data: { labels: [], datasets: [
      { label: 'calls', data: [], backgroundColor: 'rgba(34, 211, 238, .55)' },
      { label: 'succeeded', data: [], backgroundColor: 'rgba(52, 211, 153, .75)' },
    ] },
    options: { ...common, plugins: { legend: { labels: { boxWidth: 10 } } }, scales: { x: categoryAxis, y: { beginAtZero: true, ticks: { precision: 0 } } } },
  })
  // No legend: the list of final scores above the chart names every line in its colour, and
  // stays readable with any number of agents (a legend would squash the plot).
  const suspicion = new Chart<'line', (number | null)[], string>(byId<HTMLCanvasElement>('chart-suspicion'), {
    type: 'line',
    data: { labels: [], datasets: [] },
    options: { ...common, plugins: { legend: { display: false } }, scales: { y: { min: 0, max: 1, title: { display: true, text: 'rule score' } } } },
  })

  function heatmap(analytics: SessionAnalytics, agents: string[]): void {
    if (analytics.interactions.length === 0) return void byId('heatmap').replaceChildren(el('p', { class: 'empty' }, 'No replies yet.'))
    const max = Math.max(1, ...analytics.interactions.map((i) => i.count))
    const count = (from: string, to: string) => analytics.interactions.find((i) => i.from === from && i.to === to)?.count ?? 0
    const label = heads(agents)
    const head = el('tr', {}, el('th', { title: 'row answered column' }, '↓→'), ...agents.map((a, i) => el('th', { title: a }, label[i] ?? a)))
    const rows = agents.map((from, r) => {
      const cells = agents.map((to) => {
        const n = count(from, to)
        const td = el('td', { title: `${from} answered ${to} ${n}×` }, n ? String(n) : '')
        td.style.background = n ? `rgba(34, 211, 238, ${0.15 + 0.75 * (n / max)})` : 'transparent'
        return td
      })
      return el('tr', {}, el('th', { title: from }, label[r] ?? from), ...cells)
    })
    byId('heatmap').replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)))
  }

  function agentTable(analytics: SessionAnalytics): void {
    if (analytics.agents.length === 0) return void byId('agent-table').replaceChildren(el('p', { class: 'empty' }, 'No messages yet.'))
    const rows = analytics.agents.map((a) => el('tr', {}, el('td', { title: a.agent }, middle(a.agent, 18)), el('td', {}, String(a.prompt_tokens)), el('td', {}, String(a.completion_tokens)),
      el('td', {}, a.avg_latency_ms === null ? '–' : `${Math.round(a.avg_latency_ms)} ms`), el('td', {}, `${a.tool_calls} (${a.tool_success_rate === null ? '–' : `${Math.round(a.tool_success_rate * 100)}%`})`)))
    const cols = el('colgroup', {}, el('col', { class: 'name' }), el('col'), el('col'), el('col'), el('col'))
    byId('agent-table').replaceChildren(el('table', {}, cols,
      el('thead', {}, el('tr', {}, ...['agent', 'prompt tok', 'compl. tok', 'avg latency', 'tools (ok)'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)))
  }

  /** Final scores as labelled bars: the number the detector's verdict rests on. */
  function finalScores(result: DetectionResult): void {
    const ranked = [...result.scores].sort((a, b) => b.score - a.score)
    // The threshold is held to the confidence: the top score less a share of the runner-up's. A bar
    // must reach that much past the threshold to be named (0 past it for results from before).
    const offset = Math.max(0, (ranked[0]?.score ?? 0) - result.confidence)
    byId('suspicion-final').replaceChildren(...ranked.map((s) => {
      const bar = el('span', { class: 'fill' })
      bar.style.width = `${Math.round(s.score * 100)}%`
      const track = el('span', { class: 'bar' }, bar)
      // A tick where an accusation starts: the top bar past it is the suspect.
      if (result.threshold !== undefined) {
        const tick = el('span', { class: 'threshold', title: `accusation threshold ${pct(result.threshold)}` })
        tick.style.left = `${Math.round(Math.min(1, result.threshold + offset) * 100)}%`
        track.append(tick)
      }
      const li = el('li', { 'data-agent': s.agent, 'data-suspect': String(s.agent === result.suspect),
        title: `${s.agent}: final ${pct(s.score)} · rules ${pct(s.rule_score)} · model ${pct(s.model_score)}` },
      el('span', { class: 'name' }, middle(s.agent, 14)), track, el('span', { class: 'value' }, pct(s.score)))
      li.style.setProperty('--agent', colour(s.agent))
      return li
    }))
  }

  return {
    setAgents(agents: { name: string; colour: string }[]): void {
      colours = new Map(agents.map((a) => [a.name, a.colour]))
    },
    update(analytics: SessionAnalytics, agents: string[]): void {
      const names = agents.length ? agents : analytics.agents.map((a) => a.agent)
      setEmpty('chart-messages', analytics.agents.length === 0)
      messages.data.labels = names
      messages.data.datasets[0]!.data = names.map((n) => analytics.agents.find((a) => a.agent === n)?.messages ?? 0)
      messages.data.datasets[0]!.backgroundColor = names.map(colour)
      messages.update()
      setEmpty('chart-tools', analytics.tools.length === 0)
      tools.data.labels = analytics.tools.map((t) => t.tool)
      tools.data.datasets[0]!.data = analytics.tools.map((t) => t.calls)
      tools.data.datasets[1]!.data = analytics.tools.map((t) => t.ok)
      tools.update()
      heatmap(analytics, names)
      agentTable(analytics)
    },
    suspicion(result: DetectionResult | null): void {
      setEmpty('chart-suspicion', result === null)
      byId('suspicion-caption').textContent = result
        ? `suspicion: bars = final ${result.mode === 'hybrid' ? `hybrid score (rules ${pct(result.weights.rules)} + model ${pct(result.weights.model)})` : 'score (rules only: the model did not answer)'}${result.threshold === undefined ? '' : `, tick = accusation threshold ${pct(result.threshold)}`}; lines = rule score after each round`
        : 'suspicion (detection)'
      if (!result) return void byId('suspicion-final').replaceChildren()
      finalScores(result)
      const agents = result.scores.map((s) => s.agent)
      suspicion.data.labels = result.timeline.map((t) => `r${t.round}`)
      suspicion.data.datasets = agents.map((agent) => ({
        label: agent, data: result.timeline.map((t) => t.scores[agent] ?? null), borderColor: colour(agent), backgroundColor: colour(agent), tension: 0.25, pointRadius: 2,
      }))
      suspicion.update()
    },
  }
}
export type Charts = ReturnType<typeof createCharts>
