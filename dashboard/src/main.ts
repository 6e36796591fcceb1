import type { DashboardToBrowser, GameState, SessionAnalytics, SessionDetail } from '@heist/shared/contracts/browser'
import type { DetectionResult } from '@heist/shared/contracts/detection'
import type { PublicSessionEvent } from '@heist/shared/contracts/events'
import { adoptTokenFromUrl, api, operatorToken } from './api.js'
import { createCharts } from './charts.js'
import { applyOperatorMode, applySessionStatus, checkOperatorToken, errorText, fillProfiles, fillTeam, wireControls, wireTokenForm, type TeamMember } from './controls.js'
import { createDetectionView } from './detection-view.js'
import { byId, latestOnly, throttle } from './dom.js'
import { createFeed } from './feed.js'
import { createGamePanel } from './mole-game-panel.js'
import { createLive } from './live.js'
import { createLog } from './log.js'
import { createSessionsPanel, replayEvents } from './sessions.js'
import { fieldStatus, toast } from './toast.js'

adoptTokenFromUrl()
const log = createLog()
const feed = createFeed()
const charts = createCharts()
let current: string | null = null
let team: TeamMember[] = []
let stopReplay: (() => void) | null = null
/** True while the history of a newly opened session streams in: it is shown, not logged again. */
let loadingHistory = false
/**
 * Until the first session list is in, a 'session' frame does not say the session is new: after a
 * reload mid-session the running session's frame comes first, and it was logged as "new session".
 */
let listRead = false

const game = createGamePanel(log, () => current)
const detection = createDetectionView(charts, log, () => current)
/** Sessions the user chose (select, history, search, replay); the page's own choices do not count. */
let userChoices = 0
const sessions = createSessionsPanel({ select: (id) => choose(id), replay: (id) => { userChoices++; void replay(id) }, shown: applySessionStatus })
function choose(id: string): void {
  userChoices++
  // The session already shown live: nothing to fetch or resubscribe (that was a second full replay).
  // A replay of it asked before still gives way, as it would to any later choice.
  if (id === current && !stopReplay && live.watched() === id) return void replays.begin()
  void selectSession(id)
}
const live = createLive({ onFrame, onState: showLinkState, lastSeq: () => feed.lastSeq() })

/**
 * The page's own link to the dashboard. The orchestrator pill is what the dashboard last said
 * over that link: with the link down it is unknown, not the last word (the welcome frame of the
 * next connection says it again).
 */
function showLinkState(state: 'open' | 'closed'): void {
  setPill('live-status', state === 'open' ? 'on' : 'bad', `live: ${state === 'open' ? 'connected' : 'reconnecting'}`)
  if (state === 'closed') {
    setPill('orch-status', 'off', 'orchestrator: unknown (no link to the dashboard)')
    sessions.setOrchestrator(null)
  }
}

function setPill(id: string, state: string, text: string): void {
  const pill = byId(id)
  pill.dataset.state = state
  pill.textContent = text
}

const analyticsReplies = latestOnly()
const refreshAnalytics = throttle(() => {
  if (!current) return
  const id = current
  const isLatest = analyticsReplies.begin()
  void api<SessionAnalytics>('GET', `/api/sessions/${encodeURIComponent(id)}/analytics`).then((a) => {
    if (id === current && isLatest()) charts.update(a, team.map((m) => m.name))
  }).catch(() => undefined)
}, 1_000)
const refreshOverview = throttle(() => void sessions.refreshOverview().catch(() => undefined), 2_000)

/** What the feed says when it has nothing to show: the first-run guide, or why it is empty. */
function showFeedState(): void {
  const firstRun = sessions.count() === 0 && !current
  byId('first-run').hidden = !firstRun
  const feedList = byId('feed')
  if (firstRun) feedList.removeAttribute('data-empty')
  else feedList.dataset.empty = current ? 'No events in this session yet: they appear here as the agents talk.' : 'Choose a session above, or start a heist in Heist control.'
  const exports = byId('export-links')
  exports.hidden = !current
  if (current) {
    const base = `/api/sessions/${encodeURIComponent(current)}/export`
    byId<HTMLAnchorElement>('export-jsonl').href = `${base}.jsonl`
    byId<HTMLAnchorElement>('export-md').href = `${base}.md`
  }
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
  // A history is counted once, when it is all in ('synced'): counts asked mid-replay were more
  // requests and more drawings of every chart, table and heatmap for each session opened.
  if (loadingHistory) return
  if (event.type === 'message' || event.type === 'tool_result') refreshAnalytics()
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
      sessions.setOrchestrator(connected)
      if (frame.type === 'orchestrator') log.add(`orchestrator ${connected ? 'connected' : 'disconnected'}`, connected ? 'ok' : 'error')
      break
    }
    case 'event':
      onEvent(frame.event)
      break
    case 'synced':
      // Only the end of the latest subscription's history: an earlier one's (A → B → A) would log
      // the rest of the history being sent again as new events.
      if (frame.session_id === current && live.endsLatest(frame)) {
        loadingHistory = false
        refreshAnalytics()
      }
      break
    case 'session': {
      const before = sessions.get(frame.session.session_id)
      sessions.upsert(frame.session)
      if (!before && listRead) log.add(`new session ${frame.session.session_id}`)
      if (!before) showFeedState()
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
      detection.pushed(frame.result)
      if (frame.result.session_id === current) {
        const paint = game.asked()
        void api<GameState>('GET', `/api/sessions/${encodeURIComponent(current)}/game`).then(paint).catch(() => undefined)
      }
      void game.refreshScoreboard()
      break
    case 'error':
      log.add(`live: ${frame.code} ${frame.message}`, 'error')
      toast(`live connection: ${frame.code} — ${frame.message}`)
      break
  }
}

/** Each choice of a session: a reply about an earlier choice (even of the same session, A → B → A) paints nothing. */
const selections = latestOnly()

/** Shows session `id`; resolves with `stillShown`, false once another choice was made. */
async function selectSession(id: string): Promise<() => boolean> {
  // A user may pick another session while this one's replies are on the way: a reply applies only
  // while this choice is still the latest, or a slow answer would paint the wrong session.
  const stillShown = selections.begin()
  stopReplay?.()
  stopReplay = null
  current = id
  feed.reset()
  sessions.showCurrent(id)
  showFeedState()
  loadingHistory = true
  live.watch(id)
  // The last session's verdict, game and charts are not this one's: cleared until this one's replies say.
  detection.reset(id)
  game.clear()
  charts.update({ session_id: id, agents: [], rounds: [], tools: [], tools_per_agent: [], interactions: [] }, [])
  // Asked now: a guess, a detection or a frame that comes after this is newer than the detail's answer.
  const paintGame = game.asked()
  const paintDetection = detection.asked(id)
  try {
    const detail = await api<SessionDetail>('GET', `/api/sessions/${encodeURIComponent(id)}`)
    if (!stillShown()) return stillShown
    useTeam(detail.agents)
    paintGame(detail.game as GameState)
    const gap = byId('gap-warning')
    gap.hidden = detail.gaps.length === 0
    gap.textContent = detail.gaps.length ? `missing events: ${detail.gaps.map((g) => (g.from === g.to ? g.from : `${g.from}–${g.to}`)).join(', ')} (waiting for the orchestrator to replay them)` : ''
    // The detail says whether a detection exists, so a session without one is an empty chart, not a 404.
    const result = detail.detection ? await api<DetectionResult>('GET', `/api/sessions/${encodeURIComponent(id)}/detections/latest`) : null
    if (!stillShown()) return stillShown
    paintDetection(result)
  } catch (error) {
    if (!stillShown()) return stillShown
    log.add(`cannot load ${id}: ${errorText(error)}`, 'error')
    toast(`cannot load ${id}: ${errorText(error)}`)
  }
  // No count here: the end of the session's history on the live socket ('synced') asks for it,
  // once, whether it came before this detail or comes after (two asks were two drawings).
  return stillShown
}

/**
 * At a click on "start heist": the new session opens when the orchestrator has started it, unless
 * the user chose a session meanwhile. Their later choice wins (the view is not taken from them);
 * the new heist is in the list, and the control line and a toast offer to open it.
 */
function startAsked(): (sessionId: string) => void {
  const choicesAtClick = userChoices
  return (id) => {
    if (current === id) return
    if (userChoices === choicesAtClick) return void selectSession(id)
    const open = { label: `open ${id}`, run: () => choose(id) }
    const text = `heist ${id} started; you are watching ${current ?? 'another session'}`
    fieldStatus('control-status', `${text}:`, 'ok', open)
    toast(`${text}.`, 'ok', open)
    log.add(`${text} (not opened)`, 'ok')
  }
}

/** Replay clicks: two clicks (or a click on another session's replay) must not run two replays into one feed. */
const replays = latestOnly()

async function replay(id: string): Promise<void> {
  const isLatest = replays.begin()
  const stillShown = await selectSession(id)
  const reply = await api<{ events: PublicSessionEvent[] }>('GET', `/api/sessions/${encodeURIComponent(id)}/events`).catch((error: unknown) => {
    toast(`cannot replay ${id}: ${errorText(error)}`)
    return null
  })
  if (!reply || !stillShown() || !isLatest()) return
  const { events } = reply
  stopReplay?.()
  live.watch(null)
  feed.reset()
  log.add(`replaying ${id} (${events.length} events)`)
  stopReplay = replayEvents(events, (event) => feed.push(event), () => {
    stopReplay = null
    live.watch(id)
    log.add(`replay of ${id} finished`, 'ok')
  })
}

wireTokenForm(() => game.setTeam(team))
wireControls(log, () => current, startAsked)
applySessionStatus(null)
applyOperatorMode()
live.connect()
/** A failed start-up read: said once, as a toast, and the panel keeps its empty state. */
function startupFailed<T>(what: string, fallback: T): (error: unknown) => T {
  return (error) => {
    toast(`cannot load ${what}: ${errorText(error)}`)
    return fallback
  }
}
void (async () => {
  void checkOperatorToken(operatorToken()).then(() => game.setTeam(team))
  const [agents, profiles] = await Promise.all([
    api<{ agents: TeamMember[] }>('GET', '/api/agents').catch(startupFailed('the team', { agents: [] })),
    api<{ profiles: string[] }>('GET', '/api/profiles').catch(startupFailed('the profiles', { profiles: [] })),
  ])
  fillTeam(agents.agents)
  fillProfiles(profiles.profiles)
  // The configured team is the default: a session chosen meanwhile (a 'session' frame selects a
  // running one) showed its own team from its detail, which this late reply must not replace.
  if (!current || team.length === 0) useTeam(agents.agents)
  const list = await sessions.load().catch(startupFailed('the sessions', []))
  listRead = true
  showFeedState()
  const first = list.find((s) => s.status === 'running' || s.status === 'paused') ?? list[0]
  if (first && !current) await selectSession(first.session_id)
  await sessions.refreshOverview().catch(() => undefined)
  await game.refreshScoreboard()
  setInterval(() => {
    refreshOverview()
    void sessions.load().catch(() => undefined)
  }, 5_000)
})()
