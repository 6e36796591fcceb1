import type { PublicSessionEvent } from '@heist/shared/contracts/events'
import { byId, el, frameBatcher, time } from './dom.js'

interface Bubble { li: HTMLLIElement; text: HTMLElement; tools: HTMLElement; streamed: string; final: boolean }
/** The one-line notice for a session-level event, or null for events drawn elsewhere. */
function statusLine(event: PublicSessionEvent): string | null {
  switch (event.type) {
    case 'memory_compressed': return `memory compressed (${event.method}) through seq ${event.covers_through}`
    case 'session_paused': return `⏸ paused (${event.reason})${event.message ? `: ${event.message}` : ''}`
    case 'session_resumed': return `▶ resumed${event.message ? `: ${event.message}` : ''}`
    case 'session_stopped': return `⏹ stopped: ${event.reason}`
    case 'session_completed': return `✔ completed after ${event.rounds} rounds`
    case 'session_error': return `⚠ ${event.code}: ${event.message}`
    default: return null
  }
}

export interface AgentLook { colour: string; emoji?: string | undefined; role?: string }

/** Most characters of a streaming answer kept on screen; the final message replaces them. */
const STREAM_CAP = 6_000

/**
 * The conversation feed. Events are queued and applied once per animation frame, so a burst
 * of token deltas or a long history costs one layout, not hundreds.
 */
export function createFeed() {
  const list = byId<HTMLOListElement>('feed')
  let queue: PublicSessionEvent[] = []
  let seen = new Set<number>()
  let maxSeq = 0
  let bubbles = new Map<string, Bubble>()
  let toolLines = new Map<string, HTMLElement>()
  let orders = new Map<string, HTMLElement>()
  const looks = new Map<string, AgentLook>()
  /**
   * Whether the feed keeps the newest event in view: true until the user scrolls up, again once they
   * scroll back to the bottom. Kept from scroll events, not measured at each batch: a resize that makes
   * the feed shorter (a window made narrower, a phone turned) moves no scrollbar, but measured after it
   * the feed looked scrolled up and stopped following for good.
   */
  let following = true
  const atBottom = () => list.scrollHeight - list.scrollTop - list.clientHeight < 80
  list.addEventListener('scroll', () => {
    following = atBottom()
  }, { passive: true })

  const schedule = frameBatcher(flush)

  function look(agent: string): AgentLook {
    return looks.get(agent) ?? { colour: '#22d3ee' }
  }

  function system(text: string, cls = 'system'): HTMLLIElement {
    const li = el('li', { class: cls, 'data-testid': 'system' }, text)
    list.append(li)
    return li
  }

  function bubble(turn: number, agent: string, seq: number): Bubble {
    const key = `${turn}:${agent}`
    const existing = bubbles.get(key)
    if (existing) return existing
    const { colour, emoji, role } = look(agent)
    const text = el('div', { class: 'text' })
    const tools = el('div', { class: 'tools' })
    const li = el('li', { class: 'msg', 'data-testid': 'msg', 'data-agent': agent, 'data-seq': seq, 'data-streaming': 'true' },
      el('header', {}, el('span', { class: 'who' }, `${emoji ?? ''} ${agent}`.trim()), el('span', { class: 'meta' }, `${role ?? ''} · turn ${turn}`)),
      text, tools)
    li.style.setProperty('--agent', colour)
    list.append(li)
    const created: Bubble = { li, text, tools, streamed: '', final: false }
    bubbles.set(key, created)
    return created
  }

  function toolLine(event: Extract<PublicSessionEvent, { type: 'tool_call' | 'tool_result' }>): HTMLElement {
    let line = toolLines.get(event.call_id)
    if (!line) {
      line = el('div', { class: 'tool', 'data-testid': 'tool', 'data-call-id': event.call_id, 'data-tool': event.tool })
      line.append(el('span', { class: 'tool-call' }, `⚙ ${event.tool}`))
      bubble(event.turn, event.agent, event.seq).tools.append(line)
      toolLines.set(event.call_id, line)
    }
    return line
  }

  function finish(event: Extract<PublicSessionEvent, { type: 'message' }>): void {
    const b = bubble(event.turn, event.agent, event.seq)
    b.final = true
    b.text.textContent = event.content
    b.li.dataset.streaming = 'false'
    b.li.dataset.seq = String(event.seq)
    b.li.dataset.messageId = event.message_id
    const meta = b.li.querySelector('.meta')
    if (meta) meta.textContent = `${look(event.agent).role ?? ''} · round ${event.round} · turn ${event.turn}${event.reply_to ? ` · ↩ ${event.reply_to}` : ''} · ${time(event.ts)}`
  }

  function apply(event: PublicSessionEvent): void {
    switch (event.type) {
      case 'session_started':
        for (const agent of event.agents) looks.set(agent.name, { colour: agent.colour, emoji: agent.emoji, role: agent.role })
        system(`session ${event.session_id} started · ${event.rounds} rounds · model ${event.model} · ${time(event.ts)}`)
        break
      case 'round_started':
        system(`— round ${event.round} —`)
        break
      case 'turn_started': {
        // Also sent when a turn starts over (after the model failed mid-stream, or a restart):
        // what was streamed of it is dropped, so no text shows twice.
        const b = bubble(event.turn, event.agent, event.seq)
        if (!b.final) b.text.textContent = b.streamed = ''
        break
      }
      case 'token_delta': {
        const b = bubble(event.turn, event.agent, event.seq)
        if (!b.final && b.streamed.length < STREAM_CAP) b.streamed = (b.streamed + event.delta).slice(0, STREAM_CAP)
        if (!b.final) b.text.textContent = b.streamed
        break
      }
      case 'tool_call': {
        const line = toolLine(event)
        const call = line.querySelector('.tool-call')
        if (call) call.textContent = `⚙ ${event.tool}(${JSON.stringify(event.args ?? {})})`
        break
      }
      case 'tool_result': {
        const line = toolLine(event)
        line.dataset.ok = String(event.ok)
        line.querySelector('.tool-result')?.remove()
        const body = event.ok ? (event.result ?? '') : `✖ ${event.error?.code ?? 'error'}: ${event.error?.message ?? ''}`
        line.append(el('span', { class: 'tool-result', 'data-testid': 'tool-result' }, `${body.slice(0, 2_000)}  (${Math.round(event.duration_ms)} ms)`))
        break
      }
      case 'message':
        finish(event)
        break
      case 'order_received': {
        const li = system(`📨 order to ${event.agent}: “${event.text}” — pending`, 'system order')
        li.dataset.orderId = event.order_id
        li.dataset.testid = 'order'
        orders.set(event.order_id, li)
        break
      }
      case 'order_delivered': {
        const li = orders.get(event.order_id) ?? system('', 'system order')
        li.textContent = `${li.textContent?.replace(/ — pending$/, '') ?? ''} — delivered to ${event.agent} at turn ${event.turn}`
        li.dataset.delivered = 'true'
        break
      }
      default: {
        const line = statusLine(event)
        if (line !== null) system(line)
        // A stop cuts the running answer off: it stays visible but is not a message (none was stored).
        if (event.type === 'session_stopped') for (const b of bubbles.values()) if (!b.final) b.li.dataset.streaming = 'interrupted'
      }
    }
  }

  function flush(): void {
    if (queue.length === 0) return
    const batch = queue.sort((a, b) => a.seq - b.seq)
    queue = []
    for (const event of batch) apply(event)
    if (following) list.scrollTop = list.scrollHeight
  }

  return {
    push(event: PublicSessionEvent): void {
      if (seen.has(event.seq)) return
      seen.add(event.seq)
      maxSeq = Math.max(maxSeq, event.seq)
      queue.push(event)
      schedule()
    },
    lastSeq: () => maxSeq,
    setLooks(agents: { name: string; colour: string; emoji?: string | undefined; role?: string }[]): void {
      for (const a of agents) looks.set(a.name, { colour: a.colour, emoji: a.emoji, role: a.role })
    },
    reset(): void {
      queue = []
      seen = new Set()
      maxSeq = 0
      bubbles = new Map()
      toolLines = new Map()
      orders = new Map()
      list.replaceChildren()
      following = true
    },
  }
}
export type Feed = ReturnType<typeof createFeed>
