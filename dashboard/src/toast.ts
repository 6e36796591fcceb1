import { byId, el } from './dom.js'

const SHOWN_MS = 9_000
const MAX_TOASTS = 4

/**
 * A short message in the corner of the screen, for failures the user must see whatever part of the
 * page is on screen (the activity log may be scrolled out of view, or below the fold on a phone).
 */
export function toast(text: string, level: 'error' | 'ok' = 'error', action?: Action): void {
  const box = byId('toasts')
  const close = el('button', { type: 'button', 'aria-label': 'dismiss' }, '✕')
  const item = el('div', { class: 'toast', role: level === 'error' ? 'alert' : 'status', 'data-level': level }, el('p', {}, text, action ? ' ' : null, action ? actionButton(action, () => item.remove()) : null), close)
  close.addEventListener('click', () => item.remove())
  box.append(item)
  while (box.childElementCount > MAX_TOASTS) box.firstElementChild?.remove()
  setTimeout(() => item.remove(), SHOWN_MS)
}

/** A follow-up the user may take from a message ("open heist-…"). */
export interface Action { label: string; run(): void }

function actionButton(action: Action, after: () => void = () => undefined): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'link-button', 'data-action': action.label }, action.label)
  button.addEventListener('click', () => {
    action.run()
    after()
  })
  return button
}

/** The line under a control that says how its last action went (with a follow-up, if given). */
export function fieldStatus(id: string, text: string, level: 'info' | 'ok' | 'error' = 'info', action?: Action): void {
  const line = byId(id)
  line.textContent = text
  if (action) line.append(' ', actionButton(action))
  line.dataset.level = level
}
