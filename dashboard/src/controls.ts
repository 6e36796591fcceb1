import type { CommandAck } from '@heist/shared/contracts/control'
import { api, ApiError, operatorToken } from './api.js'
import { byId, el } from './dom.js'
import type { Log } from './log.js'

export interface TeamMember { name: string; role: string; colour: string; emoji?: string | undefined }

/** Run an operator action, logging its acknowledgement or its error. */
export async function act<T>(log: Log, label: string, run: () => Promise<T>): Promise<T | null> {
  try {
    const result = await run()
    log.add(`${label}: ok`, 'ok')
    return result
  } catch (error) {
    const message = error instanceof ApiError ? `${error.code} — ${error.message}` : String(error)
    log.add(`${label} failed: ${message}`, 'error')
    return null
  }
}

/** Buttons that change state are disabled without the operator token. */
export function applyOperatorMode(): void {
  const has = operatorToken() !== null
  const pill = byId('operator-status')
  pill.textContent = has ? 'operator' : 'read-only'
  pill.dataset.state = has ? 'on' : 'warn'
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-operator]')) {
    button.disabled = !has
    button.title = has ? '' : 'needs the operator token (open the URL the launcher printed)'
  }
}

export function fillTeam(team: TeamMember[]): void {
  const mole = byId<HTMLSelectElement>('mole-select')
  const order = byId<HTMLSelectElement>('order-agent')
  for (const member of team) {
    mole.append(el('option', { value: member.name }, `${member.emoji ?? ''} ${member.name}`.trim()))
    order.append(el('option', { value: member.name }, `${member.emoji ?? ''} ${member.name}`.trim()))
  }
}

/** Heist control: start with options, pause, resume, stop, an order to one agent. */
export function wireControls(log: Log, current: () => string | null, onStarted: (sessionId: string) => void): void {
  byId<HTMLFormElement>('start-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const options: Record<string, unknown> = { mole: form.get('mole'), strategy: form.get('strategy') }
    const rounds = Number(form.get('rounds'))
    if (rounds > 0) options.rounds = rounds
    const seed = String(form.get('seed') ?? '')
    if (seed !== '') options.seed = Number(seed)
    void act(log, 'start heist', () => api<CommandAck>('POST', '/api/sessions', options)).then((ack) => {
      if (ack?.session_id) onStarted(ack.session_id)
    })
  })
  for (const action of ['pause', 'resume', 'stop'] as const) {
    byId(`btn-${action}`).addEventListener('click', () => {
      const id = current()
      if (!id) return log.add(`${action}: choose a session first`, 'error')
      void act(log, `${action} ${id}`, () => api<CommandAck>('POST', `/api/sessions/${encodeURIComponent(id)}/${action}`))
    })
  }
  byId<HTMLFormElement>('order-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const id = current()
    const text = byId<HTMLInputElement>('order-text')
    const agent = byId<HTMLSelectElement>('order-agent').value
    if (!id || !text.value.trim()) return log.add('order: choose a session and write an order', 'error')
    void act(log, `order to ${agent}`, () => api<CommandAck>('POST', `/api/sessions/${encodeURIComponent(id)}/orders`, { agent, text: text.value })).then((ack) => {
      if (!ack) return
      text.value = ''
      const orderId = typeof ack.result?.order_id === 'string' ? ack.result.order_id : null
      log.add(`order acknowledged${orderId ? ` (${orderId})` : ''}`, 'ok')
    })
  })
}
