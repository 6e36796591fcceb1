import { DashboardToBrowser } from '@heist/shared/contracts/browser'

type Frame = DashboardToBrowser

export interface LiveOptions {
  onFrame(frame: Frame): void
  onState(state: 'open' | 'closed'): void
  /** The seq the page already shows for a session, to resume from after a reconnect. */
  lastSeq(sessionId: string): number
}

/**
 * The browser socket: reconnects with backoff and, on every (re)connect, resubscribes to
 * the watched session from the last seq the page has, so nothing is shown twice or missed.
 */
export function createLive(options: LiveOptions) {
  let socket: WebSocket | null = null
  let watched: string | null = null
  let retry = 500

  function subscribe(sessionId: string): void {
    socket?.send(JSON.stringify({ type: 'subscribe', session_id: sessionId, after_seq: options.lastSeq(sessionId) }))
  }

  function connect(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`
    const ws = new WebSocket(url)
    socket = ws
    ws.addEventListener('open', () => {
      retry = 500
      options.onState('open')
      if (watched) subscribe(watched)
    })
    ws.addEventListener('message', (message) => {
      let json: unknown
      try {
        json = JSON.parse(String(message.data))
      } catch {
        return
      }
      const frame = DashboardToBrowser.safeParse(json)
      if (frame.success) options.onFrame(frame.data)
    })
    ws.addEventListener('close', () => {
      if (socket !== ws) return
      options.onState('closed')
      setTimeout(connect, retry)
      retry = Math.min(retry * 2, 8_000)
    })
  }

  return {
    connect,
    /** Watch one session (history first, then live). */
    watch(sessionId: string | null): void {
      if (watched && socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'unsubscribe', session_id: watched }))
      watched = sessionId
      if (sessionId && socket?.readyState === WebSocket.OPEN) subscribe(sessionId)
    },
    watched: () => watched,
  }
}
export type Live = ReturnType<typeof createLive>
