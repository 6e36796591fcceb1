import type { Overview, SearchReply, SessionSummary } from '@heist/shared/contracts/browser'
import type { PublicSessionEvent } from '@heist/shared/contracts/events'
import { api } from './api.js'
import { byId, el, pct, setText, time } from './dom.js'

const STATUS_STATE: Record<SessionSummary['status'], string> = { running: 'on', paused: 'warn', stopped: 'off', completed: 'on', failed: 'bad' }

/** Session select, history list (with replay), search and the overview tiles. */
export function createSessionsPanel(handlers: { select(id: string): void; replay(id: string): void }) {
  const sessions = new Map<string, SessionSummary>()
  const select = byId<HTMLSelectElement>('session-select')
  select.addEventListener('change', () => select.value && handlers.select(select.value))

  const label = (s: SessionSummary) => `${s.session_id} · ${s.status}${s.started_at ? ` · ${time(s.started_at)}` : ''}`

  function render(): void {
    const ordered = [...sessions.values()].sort((a, b) => (b.started_at ?? b.updated_at).localeCompare(a.started_at ?? a.updated_at))
    const chosen = select.value
    select.replaceChildren(el('option', { value: '' }, '— choose a session —'), ...ordered.map((s) => el('option', { value: s.session_id }, label(s))))
    select.value = chosen
    byId('history-list').replaceChildren(...ordered.map((s) => {
      const open = el('button', { type: 'button', 'data-open': s.session_id }, 'open')
      open.addEventListener('click', () => handlers.select(s.session_id))
      const replay = el('button', { type: 'button', 'data-replay': s.session_id, disabled: s.status === 'running' || s.status === 'paused' }, 'replay')
      replay.addEventListener('click', () => handlers.replay(s.session_id))
      return el('li', { 'data-session': s.session_id },
        el('span', { class: 'sid', title: s.session_id }, s.session_id),
        el('span', { class: 'hint' }, `${s.status} · ${s.message_count} msgs · ${s.tool_call_count} tools`), el('span', {}, open, replay))
    }))
  }

  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const q = byId<HTMLInputElement>('search-input').value.trim()
    if (!q) return
    void api<SearchReply>('GET', `/api/search?q=${encodeURIComponent(q)}`).then((reply) => {
      byId('search-results').replaceChildren(...(reply.hits.length ? reply.hits.map((hit) => {
        const li = el('li', { title: hit.session_id }, el('strong', {}, `${hit.agent} `), el('span', { class: 'hint' }, `${hit.session_id} r${hit.round} `), hit.content.slice(0, 300))
        li.addEventListener('click', () => handlers.select(hit.session_id))
        return li
      }) : [el('li', { class: 'hint' }, 'no message matches')]))
    })
  })

  return {
    get: (id: string) => sessions.get(id),
    async load(): Promise<SessionSummary[]> {
      const reply = await api<{ sessions: SessionSummary[] }>('GET', '/api/sessions')
      for (const s of reply.sessions) sessions.set(s.session_id, s)
      render()
      return reply.sessions
    },
    upsert(session: SessionSummary): void {
      sessions.set(session.session_id, session)
      render()
    },
    showCurrent(id: string | null): void {
      select.value = id ?? ''
      const s = id ? sessions.get(id) : undefined
      const pill = byId('session-status')
      pill.textContent = s ? s.status : '–'
      pill.dataset.state = s ? STATUS_STATE[s.status] : 'off'
      pill.dataset.testid = 'session-status'
      setText('session-round', s && s.current_round ? `round ${s.current_round} / ${s.rounds}` : '')
    },
    async refreshOverview(): Promise<void> {
      const o = await api<Overview>('GET', '/api/analytics/overview')
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
