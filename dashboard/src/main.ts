import type { DashboardToBrowser, GameState, SessionAnalytics, SessionDetail } from '@heist/shared/contracts/browser'
import type { DetectionResult } from '@heist/shared/contracts/detection'
import type { PublicSessionEvent } from '@heist/shared/contracts/events'
import { adoptTokenFromUrl, api, ApiError, setOperatorToken } from './api.js'
import { createCharts } from './charts.js'
import { applyOperatorMode, fillTeam, wireControls, type TeamMember } from './controls.js'
import { byId, pct, throttle } from './dom.js'
import { createFeed } from './feed.js'
import { createGamePanel } from './game.js'
import { createLive } from './live.js'
import { createLog } from './log.js'
import { createSessionsPanel, replayEvents } from './sessions.js'

adoptTokenFromUrl()
const log = createLog()
const feed = createFeed()
const charts = createCharts()
let current: string | null = null
let team: TeamMember[] = []
let stopReplay: (() => void) | null = null
/** True while the history of a newly opened session streams in: it is shown, not logged again. */
let loadingHistory = false

const game = createGamePanel(log, () => current, showDetection)
const sessions = createSessionsPanel({ select: (id) => void selectSession(id), replay: (id) => void replay(id) })
const live = createLive({ onFrame, onState: (state) => setPill('live-status', state === 'open' ? 'on' : 'bad', `live: ${state === 'open' ? 'connected' : 'reconnecting'}`), lastSeq: () => feed.lastSeq() })

function setPill(id: string, state: string, text: string): void {
  const pill = byId(id)
  pill.dataset.state = state
  pill.textContent = text
}

const refreshAnalytics = throttle(() => {
  if (!current) return
  const id = current
  void api<SessionAnalytics>('GET', `/api/sessions/${encodeURIComponent(id)}/analytics`).then((a) => {
    if (id === current) charts.update(a, team.map((m) => m.name))
  }).catch(() => undefined)
}, 1_000)
const refreshOverview = throttle(() => void sessions.refreshOverview().catch(() => undefined), 2_000)

function showDetection(result: DetectionResult | null): void {
  charts.suspicion(result)
  byId('detection-summary').textContent = result
    ? `detector (${result.mode}): suspects ${result.suspect ?? 'nobody'} with confidence ${pct(result.confidence)} · ${result.message_count} messages`
    : ''
}

function useTeam(members: TeamMember[]): void {
  if (members.length === 0) return
  team = members
  feed.setLooks(members)
  charts.setAgents(members)
  game.setTeam(members)
}

function onEvent(event: PublicSessionEvent): void {
  if (event.session_id !== current || stopReplay) return
  if (event.type === 'session_started') useTeam(event.agents)
  feed.push(event)
  if (event.type === 'message' || event.type === 'tool_result') refreshAnalytics()
  if (loadingHistory) return
  if (event.type === 'order_received') log.add(`order ${event.order_id} received by ${event.agent}`)
  if (event.type === 'order_delivered') log.add(`order ${event.order_id} delivered to ${event.agent} (turn ${event.turn})`, 'ok')
  if (event.type === 'tool_result' && !event.ok) log.add(`${event.agent}: ${event.tool} failed (${event.error?.code ?? 'error'})`, 'error')
  if (event.type === 'session_error') log.add(`${event.code}: ${event.message}`, 'error')
}

function onFrame(frame: DashboardToBrowser): void {
  switch (frame.type) {
    case 'welcome':
    case 'orchestrator': {
      const connected = frame.type === 'welcome' ? frame.orchestrator_connected : frame.connected
      setPill('orch-status', connected ? 'on' : 'bad', `orchestrator: ${connected ? 'connected' : 'offline'}`)
      if (frame.type === 'orchestrator') log.add(`orchestrator ${connected ? 'connected' : 'disconnected'}`, connected ? 'ok' : 'error')
      break
    }
    case 'event':
      onEvent(frame.event)
      break
    case 'synced':
      if (frame.session_id === current) {
        loadingHistory = false
        refreshAnalytics()
      }
      break
    case 'session': {
      const before = sessions.get(frame.session.session_id)
      sessions.upsert(frame.session)
      if (!before) log.add(`new session ${frame.session.session_id}`)
      else if (before.status !== frame.session.status) log.add(`${frame.session.session_id}: ${before.status} → ${frame.session.status}`)
      if (frame.session.session_id === current) sessions.showCurrent(current)
      if (!current && frame.session.status === 'running') void selectSession(frame.session.session_id)
      refreshOverview()
      break
    }
    case 'game':
      game.show(frame.game)
      void game.refreshScoreboard()
      break
    case 'detection':
      if (frame.result.session_id === current) {
        showDetection(frame.result)
        void api<GameState>('GET', `/api/sessions/${encodeURIComponent(current)}/game`).then((state) => game.show(state)).catch(() => undefined)
      }
      void game.refreshScoreboard()
      break
    case 'error':
      log.add(`live: ${frame.code} ${frame.message}`, 'error')
      break
  }
}

async function selectSession(id: string): Promise<void> {
  stopReplay?.()
  stopReplay = null
  current = id
  feed.reset()
  sessions.showCurrent(id)
  loadingHistory = true
  live.watch(id)
  try {
    const detail = await api<SessionDetail>('GET', `/api/sessions/${encodeURIComponent(id)}`)
    useTeam(detail.agents)
    game.show(detail.game as GameState)
    const gap = byId('gap-warning')
    gap.hidden = detail.gaps.length === 0
    gap.textContent = detail.gaps.length ? `missing events: ${detail.gaps.map((g) => (g.from === g.to ? g.from : `${g.from}–${g.to}`)).join(', ')} (waiting for the orchestrator to replay them)` : ''
    showDetection(await api<DetectionResult>('GET', `/api/sessions/${encodeURIComponent(id)}/detections/latest`).catch(() => null))
  } catch (error) {
    log.add(`cannot load ${id}: ${error instanceof ApiError ? error.message : String(error)}`, 'error')
  }
  refreshAnalytics()
}

async function replay(id: string): Promise<void> {
  await selectSession(id)
  live.watch(null)
  feed.reset()
  const { events } = await api<{ events: PublicSessionEvent[] }>('GET', `/api/sessions/${encodeURIComponent(id)}/events`)
  log.add(`replaying ${id} (${events.length} events)`)
  stopReplay = replayEvents(events, (event) => feed.push(event), () => {
    stopReplay = null
    live.watch(id)
    log.add(`replay of ${id} finished`, 'ok')
  })
}

byId<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
  event.preventDefault()
  const input = byId<HTMLInputElement>('token-input')
  if (input.value.trim()) setOperatorToken(input.value)
  input.value = ''
  applyOperatorMode()
  game.setTeam(team)
})

wireControls(log, () => current, (id) => void selectSession(id))
applyOperatorMode()
live.connect()
void (async () => {
  const agents = await api<{ agents: TeamMember[] }>('GET', '/api/agents').catch(() => ({ agents: [] }))
  fillTeam(agents.agents)
  useTeam(agents.agents)
  const list = await sessions.load().catch(() => [])
  const first = list.find((s) => s.status === 'running' || s.status === 'paused') ?? list[0]
  if (first && !current) await selectSession(first.session_id)
  await sessions.refreshOverview().catch(() => undefined)
  await game.refreshScoreboard()
  setInterval(() => {
    refreshOverview()
    void sessions.load().catch(() => undefined)
  }, 5_000)
})()
