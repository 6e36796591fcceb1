import type { DetectionResult } from '@heist/shared/contracts/detection'
import type { SessionAnalytics } from '@heist/shared/contracts/browser'
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'
import { byId, el } from './dom.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip)
Chart.defaults.color = '#8b9ab3'
Chart.defaults.borderColor = '#223049'
Chart.defaults.font.family = 'ui-monospace, Menlo, Consolas, monospace'
Chart.defaults.font.size = 11

const FALLBACK = '#22d3ee'

/** Analytics panel: bar charts, the who-answers-whom heatmap and the detector's suspicion timeline. */
export function createCharts() {
  let colours = new Map<string, string>()
  const colour = (agent: string) => colours.get(agent) ?? FALLBACK
  const common = { responsive: true, maintainAspectRatio: false, animation: false as const }

  const messages = new Chart<'bar', number[], string>(byId<HTMLCanvasElement>('chart-messages'), {
    type: 'bar',
    data: { labels: [], datasets: [{ label: 'messages', data: [], backgroundColor: [] as string[] }] },
    options: { ...common, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  })
  const tools = new Chart<'bar', number[], string>(byId<HTMLCanvasElement>('chart-tools'), {
    type: 'bar',
    data: { labels: [], datasets: [
      { label: 'calls', data: [], backgroundColor: 'rgba(34, 211, 238, .55)' },
      { label: 'succeeded', data: [], backgroundColor: 'rgba(52, 211, 153, .75)' },
    ] },
    options: { ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  })
  const suspicion = new Chart<'line', (number | null)[], string>(byId<HTMLCanvasElement>('chart-suspicion'), {
    type: 'line',
    data: { labels: [], datasets: [] },
    options: { ...common, scales: { y: { min: 0, max: 1 } } },
  })

  function heatmap(analytics: SessionAnalytics, agents: string[]): void {
    const max = Math.max(1, ...analytics.interactions.map((i) => i.count))
    const count = (from: string, to: string) => analytics.interactions.find((i) => i.from === from && i.to === to)?.count ?? 0
    const head = el('tr', {}, el('th', { title: 'answers → to' }, '↓ / →'), ...agents.map((a) => el('th', { title: a }, a.slice(0, 3))))
    const rows = agents.map((from) => {
      const cells = agents.map((to) => {
        const n = count(from, to)
        const td = el('td', { title: `${from} answered ${to} ${n}×` }, n ? String(n) : '')
        td.style.background = n ? `rgba(34, 211, 238, ${0.15 + 0.75 * (n / max)})` : 'transparent'
        return td
      })
      return el('tr', {}, el('th', { title: from }, from.slice(0, 3)), ...cells)
    })
    byId('heatmap').replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)))
  }

  return {
    setAgents(agents: { name: string; colour: string }[]): void {
      colours = new Map(agents.map((a) => [a.name, a.colour]))
    },
    update(analytics: SessionAnalytics, agents: string[]): void {
      const names = agents.length ? agents : analytics.agents.map((a) => a.agent)
      messages.data.labels = names
      messages.data.datasets[0]!.data = names.map((n) => analytics.agents.find((a) => a.agent === n)?.messages ?? 0)
      messages.data.datasets[0]!.backgroundColor = names.map(colour)
      messages.update()
      tools.data.labels = analytics.tools.map((t) => `${t.tool} (${t.success_rate === null ? '–' : Math.round(t.success_rate * 100)}%)`)
      tools.data.datasets[0]!.data = analytics.tools.map((t) => t.calls)
      tools.data.datasets[1]!.data = analytics.tools.map((t) => t.ok)
      tools.update()
      heatmap(analytics, names)
      const rows = analytics.agents.map((a) => el('tr', {}, el('td', {}, a.agent), el('td', {}, String(a.prompt_tokens)), el('td', {}, String(a.completion_tokens)),
        el('td', {}, a.avg_latency_ms === null ? '–' : `${Math.round(a.avg_latency_ms)} ms`), el('td', {}, `${a.tool_calls} (${a.tool_success_rate === null ? '–' : `${Math.round(a.tool_success_rate * 100)}%`})`)))
      byId('agent-table').replaceChildren(el('table', {},
        el('thead', {}, el('tr', {}, ...['agent', 'prompt tok', 'completion tok', 'avg latency', 'tools (ok)'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)))
    },
    suspicion(result: DetectionResult | null): void {
      byId('suspicion-empty').hidden = result !== null
      const agents = result ? Object.keys(result.timeline.at(-1)?.scores ?? {}) : []
      suspicion.data.labels = result ? result.timeline.map((t) => `round ${t.round}`) : []
      suspicion.data.datasets = agents.map((agent) => ({
        label: agent, data: result!.timeline.map((t) => t.scores[agent] ?? null), borderColor: colour(agent), backgroundColor: colour(agent), tension: 0.25,
      }))
      suspicion.update()
    },
  }
}
export type Charts = ReturnType<typeof createCharts>
