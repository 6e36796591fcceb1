import type { Overview, SearchReply, SessionSummary } from '@heist/shared/contracts/browser'
import { orchestratorUnreachable } from '@heist/shared/orchestrator-reach'
import type { PublicSessionEvent } from '@heist/shared/contracts/events'
import { api } from './api.js'
import { errorText } from './controls.js'
import { byId, el, latestOnly, pct, setText, time } from './dom.js'
import { toast } from './toast.js'

const STATUS_STATE: Record<SessionSummary['status'], string> = { running: 'on', paused: 'warn', stopped: 'off', completed: 'on', failed: 'bad' }
const HISTORY_PAGE = 8
const SEARCH_PAGE = 10

/** "11–20 of 57" for a page that starts at `offset`. */
const range = (offset: number, shown: number, total: number) => (total === 0 ? '0' : `${offset + 1}–${offset + shown} of ${total}`)

function pager(prefix: string, offset: number, shown: number, total: number, size: number): void {
  byId(`${prefix}-pager`).hidden = total <= size
  setText(`${prefix}-page`, range(offset, shown, total))
  byId<HTMLButtonElement>(`${prefix}-prev`).disabled = offset === 0
  byId<HTMLButtonElement>(`${prefix}-next`).disabled = offset + shown >= total
}

/** Session select, history list (paged, with replay), search (counted, paged) and the overview tiles. */
export function createSessionsPanel(handlers: { select(id: string): void; replay(id: string): void; shown(status: SessionSummary['status'] | null): void }) {
  const sessions = new Map<string, SessionSummary>()
  const select = byId<HTMLSelectElement>('session-select')
  select.addEventListener('change', () => select.value && handlers.select(select.value))
  let historyOffset = 0
  let search = { q: '', offset: 0 }
  let current: string | null = null
  // Paged by the user and reloaded by the 5 s refresh and by session frames; searched again while a
  // search runs: only the reply to the latest request of each may paint (a late one would undo a page turn).
  const historyReplies = latestOnly()
  const searchReplies = latestOnly()
  const overviewReplies = latestOnly()
  // The list is a snapshot that may be older than a 'session' frame received while it was asked (or
  // than a later list, on a slow server): `changedAt` says when (in `tick`s) each session's summary
  // was asked for or received, and a list skips the sessions that have a newer one.
  let tick = 0
  const changedAt = new Map<string, number>()
  // Whether the dashboard's link to the orchestrator is up, as the dashboard last said (null: unknown).
  let orchestratorConnected: boolean | null = null

  // Said next to the status, not instead of it; the REST API says it as `orchestrator_unreachable`.
  const stalled = (s: SessionSummary) => orchestratorConnected !== null && orchestratorUnreachable(s.status, orchestratorConnected)
  const statusText = (s: SessionSummary) => (stalled(s) ? `${s.status} · orchestrator unreachable` : s.status)

  const label = (s: SessionSummary) => `${s.session_id} · ${statusText(s)}${s.started_at ? ` · ${time(s.started_at)}` : ''}`
  const ordered = () => [...sessions.values()].sort((a, b) => (b.started_at ?? b.updated_at).localeCompare(a.started_at ?? a.updated_at))

  function renderSelect(): void {
    const chosen = select.value
    select.replaceChildren(el('option', { value: '' }, sessions.size ? '— choose a session —' : '— no session yet —'), ...ordered().map((s) => el('option', { value: s.session_id }, label(s))))
    select.value = chosen
  }

  function historyItem(s: SessionSummary): HTMLLIElement {
    const open = el('button', { type: 'button', 'data-open': s.session_id }, 'open')
    open.addEventListener('click', () => handlers.select(s.session_id))
    const replay = el('button', { type: 'button', 'data-replay': s.session_id, disabled: s.status === 'running' || s.status === 'paused' }, 'replay')
    replay.addEventListener('click', () => handlers.replay(s.session_id))
    return el('li', { 'data-session': s.session_id, 'aria-current': String(s.session_id === current) },
      el('span', { class: 'sid', title: s.session_id }, s.session_id),
      el('span', { class: 'actions' }, open, replay),
      el('span', { class: 'hint' }, `${statusText(s)} · ${s.message_count} msgs · ${s.tool_call_count} tools${s.started_at ? ` · ${time(s.started_at)}` : ''}`))
  }

  function showCurrent(id: string | null): void {
    current = id
    select.value = id ?? ''
    const s = id ? sessions.get(id) : undefined
    const pill = byId('session-status')
    pill.textContent = s ? statusText(s) : '–'
    pill.dataset.state = s ? (stalled(s) ? 'bad' : STATUS_STATE[s.status]) : 'off'
    pill.dataset.testid = 'session-status'
    setText('session-round', s && s.current_round ? `round ${s.current_round} / ${s.rounds}` : '')
    handlers.shown(s?.status ?? null)
    for (const li of byId('history-list').querySelectorAll<HTMLElement>('li[data-session]')) li.setAttribute('aria-current', String(li.dataset.session === id))
  }

  async function loadHistory(offset = historyOffset): Promise<void> {
    const isLatest = historyReplies.begin()
    const reply = await api<{ sessions: SessionSummary[]; total: number }>('GET', `/api/sessions?limit=${HISTORY_PAGE}&offset=${offset}`)
    if (!isLatest()) return
    if (reply.sessions.length === 0 && offset > 0) return loadHistory(Math.max(0, offset - HISTORY_PAGE))
    historyOffset = offset
    byId('history-list').replaceChildren(...reply.sessions.map(historyItem))
    pager('history', offset, reply.sessions.length, reply.total, HISTORY_PAGE)
  }

  async function runSearch(q: string, offset: number): Promise<void> {
    search = { q, offset }
    const isLatest = searchReplies.begin()
    const reply = await api<SearchReply>('GET', `/api/search?q=${encodeURIComponent(q)}&limit=${SEARCH_PAGE}&offset=${offset}`)
    if (!isLatest()) return
    setText('search-count', reply.total === 0 ? `no message contains “${q}”` : `${reply.total} message${reply.total === 1 ? '' : 's'} contain “${q}” · ${range(offset, reply.hits.length, reply.total)}`)
    byId('search-results').replaceChildren(...reply.hits.map((hit) => {
      const li = el('li', { title: `open ${hit.session_id}`, tabindex: 0 }, el('strong', {}, `${hit.agent} `), el('span', { class: 'hint' }, `${hit.session_id} r${hit.round} `), hit.content.slice(0, 300))
      li.addEventListener('click', () => handlers.select(hit.session_id))
      return li
    }))
    pager('search', offset, reply.hits.length, reply.total, SEARCH_PAGE)
  }
  const searchOrSay = (q: string, offset: number) => void runSearch(q, offset).catch((error: unknown) => {
    if (search.q !== q || search.offset !== offset) return // a newer search is shown, or on its way
    // The hits below are the previous query's, and its pager would page this failed one: clear both.
    byId('search-results').replaceChildren()
    byId('search-pager').hidden = true
    setText('search-count', `search failed: ${errorText(error)}`)
    toast(`search failed: ${errorText(error)}`)
  })
  const historyOrSay = (offset: number) => void loadHistory(offset).catch((error: unknown) => toast(`history: ${errorText(error)}`))

  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const q = byId<HTMLInputElement>('search-input').value.trim()
    if (!q) return setText('search-count', 'type a word or phrase to search every message')
    searchOrSay(q, 0)
  })
  byId('search-prev').addEventListener('click', () => searchOrSay(search.q, Math.max(0, search.offset - SEARCH_PAGE)))
  byId('search-next').addEventListener('click', () => searchOrSay(search.q, search.offset + SEARCH_PAGE))
  byId('history-prev').addEventListener('click', () => historyOrSay(Math.max(0, historyOffset - HISTORY_PAGE)))
  byId('history-next').addEventListener('click', () => historyOrSay(historyOffset + HISTORY_PAGE))

  return {
    get: (id: string) => sessions.get(id),
    count: () => sessions.size,
    /** The newest sessions for the select; the history list pages on its own. */
    async load(): Promise<SessionSummary[]> {
      const askedAt = ++tick
      const reply = await api<{ sessions: SessionSummary[] }>('GET', '/api/sessions?limit=200')
      for (const s of reply.sessions) {
        if ((changedAt.get(s.session_id) ?? 0) > askedAt) continue
        sessions.set(s.session_id, s)
        changedAt.set(s.session_id, askedAt)
      }
      renderSelect()
      // The 5 s refresh is also how the status shown catches up on frames missed while the live link was down.
      if (current) showCurrent(current)
      await loadHistory()
      return reply.sessions
    },
    upsert(session: SessionSummary): void {
      const known = sessions.has(session.session_id)
      sessions.set(session.session_id, session)
      changedAt.set(session.session_id, ++tick)
      renderSelect()
      // A new session lands on the first page; a status change redraws the page shown.
      historyOrSay(known ? historyOffset : 0)
    },
    showCurrent,
    /** The dashboard's word on its orchestrator link (null: the page's own link is down, so unknown). */
    setOrchestrator(connected: boolean | null): void {
      if (connected === orchestratorConnected) return
      orchestratorConnected = connected
      renderSelect()
      showCurrent(current)
      historyOrSay(historyOffset)
    },
    async refreshOverview(): Promise<void> {
      const isLatest = overviewReplies.begin()
      const o = await api<Overview>('GET', '/api/analytics/overview')
      if (!isLatest()) return
      setText('tile-sessions', String(o.sessions))
      setText('tile-running', String(o.running))
      setText('tile-messages', String(o.messages))
      setText('tile-tools', String(o.tool_calls))
      setText('tile-success', pct(o.tool_success_rate))
      setText('tile-browsers', String(o.browsers))
    },
  }
}
export type SessionsPanel = ReturnType<typeof createSessionsPanel>

/** Plays stored events back at a readable pace (the whole session within about 15 seconds). */
export function replayEvents(events: PublicSessionEvent[], push: (e: PublicSessionEvent) => void, done: () => void): () => void {
  const step = Math.max(15, Math.min(250, 15_000 / Math.max(1, events.length)))
  let i = 0
  const timer = setInterval(() => {
    const event = events[i++]
    if (event) push(event)
    if (i >= events.length) {
      clearInterval(timer)
      done()
    }
  }, step)
  return () => clearInterval(timer)
}
