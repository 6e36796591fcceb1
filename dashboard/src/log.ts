import { byId, el } from './dom.js'

const MAX_ENTRIES = 200

/** Activity log, newest first. */
export function createLog() {
  const list = byId<HTMLOListElement>('activity-log')
  return {
    add(text: string, level: 'info' | 'ok' | 'error' = 'info'): void {
      const stamp = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
      list.prepend(el('li', { 'data-level': level }, el('time', {}, stamp), text))
      while (list.childElementCount > MAX_ENTRIES) list.lastElementChild?.remove()
    },
  }
}
export type Log = ReturnType<typeof createLog>
