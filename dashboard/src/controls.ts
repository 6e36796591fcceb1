import type { CommandAck, CommandPending } from '@heist/shared/contracts/control'
import { api, ApiError, forgetOperatorToken, setOperatorToken } from './api.js'
import { byId, el, latestOnly } from './dom.js'
import type { Log } from './log.js'
import { followPending } from './pending-command.js'
import { fieldStatus, toast } from './toast.js'

export interface TeamMember { name: string; role: string; colour: string; emoji?: string | undefined }

/** A line of the activity log. */
interface LogLine { text: string; level: 'info' | 'ok' }

export const errorText = (error: unknown) => (error instanceof ApiError ? `${error.code} — ${error.message}` : String(error))

/** One status line serves several controls (pause, stop, order…): it tells the outcome of the action asked last. */
const statusLines = new Map<string, ReturnType<typeof latestOnly>>()

/**
 * Run an operator action. Its outcome is written under the control that started it (`statusId`),
 * unless a later action took that line ("pause: ok" arriving after "stop: ok" would say the wrong
 * thing), and always in the activity log; a failure is also a toast, seen wherever the user looks.
 * `okText` is the line's wording for a success; `logged` the activity log's (a command the
 * orchestrator has not confirmed yet is no success to log as one).
 */
export async function act<T>(
  log: Log, label: string, run: () => Promise<T>, statusId: string, okText: (result: T) => string = () => `${label}: ok`,
  logged: (result: T) => LogLine = () => ({ text: `${label}: ok`, level: 'ok' }),
): Promise<T | null> {
  let line = statusLines.get(statusId)
  if (!line) statusLines.set(statusId, (line = latestOnly()))
  const isLatest = line.begin()
  fieldStatus(statusId, `${label}…`)
  try {
    const result = await run()
    if (isLatest()) fieldStatus(statusId, okText(result), 'ok')
    const line = logged(result)
    log.add(line.text, line.level)
    return result
  } catch (error) {
    const text = `${label} failed: ${errorText(error)}`
    if (isLatest()) fieldStatus(statusId, text, 'error')
    log.add(text, 'error')
    toast(text)
    return null
  }
}

type OperatorState = 'none' | 'checking' | 'valid' | 'rejected' | 'unchecked'
let operatorState: OperatorState = 'none'
/** The start-up check, a pasted token and "forget" may overlap: only the latest one decides. */
const tokenChecks = latestOnly()

/** Buttons that change state are enabled only once the dashboard has accepted the token. */
export function applyOperatorMode(): void {
  const has = operatorState === 'valid'
  const pill = byId('operator-status')
  const label: Record<OperatorState, [string, string]> = {
    none: ['read-only', 'warn'], checking: ['operator: checking…', 'off'], valid: ['operator', 'on'],
    rejected: ['operator token rejected', 'bad'], unchecked: ['operator: not checked (dashboard unreachable)', 'warn'],
  }
  const [text, state] = label[operatorState]
  pill.textContent = text
  pill.dataset.state = state
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-operator]')) {
    refreshButton(button)
    if (!has) button.title = 'needs the operator token (open the URL the launcher printed, or paste it under “operator token”)'
  }
}
export const isOperator = () => operatorState === 'valid'

/**
 * An operator button is enabled when the token is accepted, its request is not out (`data-busy`)
 * and the session shown is in a state it acts on (`data-not-now` holds why not): a token check
 * ending meanwhile must not re-enable a button that cannot act.
 */
export function refreshButton(button: HTMLButtonElement): void {
  button.disabled = !isOperator() || button.dataset.busy === 'true' || Boolean(button.dataset.notNow)
  if (isOperator()) button.title = button.dataset.notNow ?? ''
}

/** The states of the session shown that each session control acts on (pausing a completed session can only fail). */
const ACTS_ON = { 'btn-pause': ['running'], 'btn-resume': ['paused'], 'btn-stop': ['running', 'paused'], 'btn-order': ['running', 'paused'] } as const

/** The session controls follow the status of the session shown (null: none is). */
export function applySessionStatus(status: string | null): void {
  for (const [id, states] of Object.entries(ACTS_ON)) {
    const button = byId<HTMLButtonElement>(id)
    const acts = status !== null && (states as readonly string[]).includes(status)
    if (acts) delete button.dataset.notNow
    else button.dataset.notNow = status === null ? 'choose a session first' : `the session is ${status}`
    refreshButton(button)
  }
}

/**
 * Ask the dashboard whether `token` is the operator token before keeping it, so a wrong token is
 * refused where it was typed instead of at the first button press.
 */
export async function checkOperatorToken(token: string | null): Promise<OperatorState> {
  const isLatest = tokenChecks.begin()
  if (!token) {
    operatorState = 'none'
    applyOperatorMode()
    return operatorState
  }
  operatorState = 'checking'
  applyOperatorMode()
  try {
    await api<{ operator: true }>('GET', '/api/operator', undefined, { token })
    // A late answer must not save a token the user has since forgotten or replaced.
    if (!isLatest()) return operatorState
    setOperatorToken(token)
    operatorState = 'valid'
    fieldStatus('token-status', 'token accepted: the controls are enabled', 'ok')
  } catch (error) {
    if (!isLatest()) return operatorState
    const rejected = error instanceof ApiError && error.status === 401
    operatorState = rejected ? 'rejected' : 'unchecked'
    if (rejected) forgetOperatorToken()
    fieldStatus('token-status', rejected ? 'this is not the operator token (nothing saved)' : `could not check the token: ${errorText(error)}`, 'error')
    byId<HTMLDetailsElement>('token-box').open = true
  }
  applyOperatorMode()
  return operatorState
}

export function wireTokenForm(onChange: () => void): void {
  byId<HTMLFormElement>('token-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const input = byId<HTMLInputElement>('token-input')
    const token = input.value.trim()
    if (!token) return fieldStatus('token-status', 'paste the token first', 'error')
    void checkOperatorToken(token).then((state) => {
      if (state === 'valid') input.value = ''
      onChange()
    })
  })
  byId('token-forget').addEventListener('click', () => {
    forgetOperatorToken()
    fieldStatus('token-status', 'token forgotten: read-only')
    void checkOperatorToken(null).then(onChange)
  })
}

export function fillTeam(team: TeamMember[]): void {
  const mole = byId<HTMLSelectElement>('mole-select')
  const order = byId<HTMLSelectElement>('order-agent')
  for (const member of team) {
    mole.append(el('option', { value: member.name }, `${member.emoji ?? ''} ${member.name}`.trim()))
    order.append(el('option', { value: member.name }, `${member.emoji ?? ''} ${member.name}`.trim()))
  }
}

export function fillProfiles(profiles: string[]): void {
  const select = byId<HTMLSelectElement>('profile-select')
  for (const profile of profiles) select.append(el('option', { value: profile }, profile))
}

function startOptions(form: FormData): Record<string, unknown> {
  const options: Record<string, unknown> = { mole: form.get('mole'), strategy: form.get('strategy') }
  const rounds = Number(form.get('rounds'))
  if (rounds > 0) options.rounds = rounds
  const seed = String(form.get('seed') ?? '')
  if (seed !== '') options.seed = Number(seed)
  const profile = String(form.get('profile') ?? '')
  if (profile !== '') options.profile = profile
  return options
}

/**
 * A form's submit button is disabled while its request runs: a double click on "start heist"
 * started two heists, on "send order" sent the order twice. Enabled again after, if the operator still is.
 */
function oneAtATime<T>(buttonId: string, run: () => Promise<T>): Promise<T> {
  const button = byId<HTMLButtonElement>(buttonId)
  button.dataset.busy = 'true'
  button.disabled = true
  return run().finally(() => {
    button.dataset.busy = 'false'
    refreshButton(button)
  })
}

type Answer = CommandAck | CommandPending
/** The dashboard's 202: the command went out, and the orchestrator (busy) did not confirm it in time. */
const isPending = (answer: Answer): answer is CommandPending => 'pending' in answer
const pendingText = (label: string) => `${label}: sent, not confirmed yet (the orchestrator is busy): its answer is logged when it comes`
/** The activity log's line for a command's answer: "ok" only for one the orchestrator confirmed. */
const loggedAnswer = (label: string) => (answer: Answer): LogLine => (isPending(answer) ? { text: pendingText(label), level: 'info' } : { text: `${label}: ok`, level: 'ok' })

/** Heist control: start with options, pause, resume, stop, an order to one agent. */
export function wireControls(log: Log, current: () => string | null, startAsked: () => (sessionId: string) => void): void {
  const status = 'control-status'
  byId<HTMLFormElement>('start-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const options = startOptions(new FormData(event.currentTarget as HTMLFormElement))
    // Asked at the click: what to do with the new session depends on what the user does meanwhile.
    const started = startAsked()
    const okText = (ack: Answer) => (isPending(ack) ? pendingText('start heist') : `heist ${ack.session_id ?? ''} started`)
    void oneAtATime('btn-start', () => act(log, 'start heist', () => api<Answer>('POST', '/api/sessions', options), status, okText, loggedAnswer('start heist'))).then((ack) => {
      if (ack && !isPending(ack) && ack.session_id) started(ack.session_id)
      if (ack && isPending(ack)) followPending(log, 'start heist', ack, (late) => late.session_id && started(late.session_id))
    })
  })
  for (const action of ['pause', 'resume', 'stop'] as const) {
    byId(`btn-${action}`).addEventListener('click', () => {
      const id = current()
      if (!id) return fieldStatus(status, `${action}: choose a session first`, 'error')
      const label = `${action} ${id}`
      void act(log, label, () => api<Answer>('POST', `/api/sessions/${encodeURIComponent(id)}/${action}`), status, (answer) => (isPending(answer) ? pendingText(label) : `${label}: ok`), loggedAnswer(label)).then((answer) => {
        if (answer && isPending(answer)) followPending(log, label, answer)
      })
    })
  }
  byId<HTMLFormElement>('order-form').addEventListener('submit', (event) => {
    event.preventDefault()
    const id = current()
    const text = byId<HTMLInputElement>('order-text')
    const agent = byId<HTMLSelectElement>('order-agent').value
    if (!id) return fieldStatus(status, 'order: choose or start a session first', 'error')
    if (!text.value.trim()) return fieldStatus(status, 'order: write the order first', 'error')
    const orderId = (ack: CommandAck) => (typeof ack.result?.order_id === 'string' ? ` (${ack.result.order_id})` : '')
    void oneAtATime('btn-order', () => act(log, `order to ${agent}`, () => api<Answer>('POST', `/api/sessions/${encodeURIComponent(id)}/orders`, { agent, text: text.value }), status,
      (ack) => (isPending(ack) ? pendingText(`order to ${agent}`) : `order acknowledged${orderId(ack)}: delivered at ${agent}'s next turn`), loggedAnswer(`order to ${agent}`))).then((ack) => {
      if (!ack) return
      text.value = ''
      if (!isPending(ack)) log.add(`order acknowledged${orderId(ack)}`, 'ok')
      else followPending(log, `order to ${agent}`, ack, (late) => log.add(`order acknowledged${orderId(late)}`, 'ok'))
    })
  })
}
