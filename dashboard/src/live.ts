import type { DashboardToBrowser } from '@heist/shared/contracts/browser'

type Frame = DashboardToBrowser

/**
 * The frames this page understands. The server builds every frame from the typed contract and
 * stored events were validated when the orchestrator sent them, so the page checks only the
 * discriminator (a frame from a newer server is skipped); bundling zod to re-validate would be
 * two thirds of the page's script.
 */
const FRAME_TYPES: Record<Frame['type'], true> = { welcome: true, event: true, synced: true, session: true, game: true, detection: true, orchestrator: true, error: true }

function asFrame(json: unknown): Frame | null {
  if (typeof json !== 'object' || json === null) return null
  const type = (json as { type?: unknown }).type
  return typeof type === 'string' && Object.hasOwn(FRAME_TYPES, type) ? json as Frame : null
}

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
  /** Numbers each subscribe; the dashboard echoes it in the `synced` that ends that subscribe's history. */
  let ref = 0

  function subscribe(sessionId: string): void {
    socket?.send(JSON.stringify({ type: 'subscribe', session_id: sessionId, after_seq: options.lastSeq(sessionId), ref: ++ref }))
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
      const frame = asFrame(json)
      if (frame) options.onFrame(frame)
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
    /**
     * Whether a `synced` ends the history of the latest subscribe. After A → B → A the end of A's
     * first replay may arrive once A is chosen again, while its second replay is still on the way.
     */
    endsLatest: (frame: { ref?: number | undefined }) => frame.ref === undefined || frame.ref === ref,
  }
}
export type Live = ReturnType<typeof createLive>
