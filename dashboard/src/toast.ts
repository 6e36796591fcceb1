import { byId, el } from './dom.js'

const SHOWN_MS = 9_000
const MAX_TOASTS = 4

/**
 * A short message in the corner of the screen, for failures the user must see whatever part of the
 * page is on screen (the activity log may be scrolled out of view, or below the fold on a phone).
 */
export function toast(text: string, level: 'error' | 'ok' = 'error'): void {
  const box = byId('toasts')
  const close = el('button', { type: 'button', 'aria-label': 'dismiss' }, '✕')
  const item = el('div', { class: 'toast', role: level === 'error' ? 'alert' : 'status', 'data-level': level }, el('p', {}, text), close)
  close.addEventListener('click', () => item.remove())
  box.append(item)
  while (box.childElementCount > MAX_TOASTS) box.firstElementChild?.remove()
  setTimeout(() => item.remove(), SHOWN_MS)
}

/** The line under a control that says how its last action went. */
export function fieldStatus(id: string, text: string, level: 'info' | 'ok' | 'error' = 'info'): void {
  const line = byId(id)
  line.textContent = text
  line.dataset.level = level
}
