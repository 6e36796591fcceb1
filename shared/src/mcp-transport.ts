import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { JSONRPCMessage, MessageExtraInfo, RequestId } from '@modelcontextprotocol/sdk/types.js'

/** A JSON-RPC message that is a request: a method and an id (the rest was validated by the SDK's schema). */
export function isRequest(message: JSONRPCMessage): message is Extract<JSONRPCMessage, { method: string; id: RequestId }> {
  return 'method' in message && 'id' in message
}

/** What `send` returns: it delivers at once. */
const SENT = Promise.resolve()

/**
 * The SDK `Transport` under an MCP server at a Fastify route, for JSON answers (Streamable HTTP
 * with `enableJsonResponse`, no SSE). The route hands it the messages of one POST, already parsed
 * and checked against the SDK's `JSONRPCMessageSchema`; it passes each to the server's `Protocol`
 * (`onmessage`, with the request's verified `authInfo`) and resolves with the answer the server
 * `send`s for each request id, in the order the requests came. The SDK's own
 * `WebStandardStreamableHTTPServerTransport` does the same through a web `Request`, a web
 * `Response` and its body stream, and parses each message several times more: 300–350 µs per call
 * against ~60 µs for the server itself (docs/notes/tools.md, MCP).
 *
 * One transport stays connected to one server for the server's life (a session's, or a pooled
 * server's): no connect or close per request. Requests under way at once must have distinct ids
 * (the caller checks; answers are routed by id, as in the SDK).
 */
export class JsonResponseTransport implements Transport {
  onmessage?: Transport['onmessage']
  onclose?: () => void
  onerror?: (error: Error) => void
  private readonly waiting = new Map<RequestId, (answer: JSONRPCMessage) => void>()
  private closed = false
  /**
   * Read by the SDK's `Protocol` (patches/) as it takes a request: true only while a POST's one
   * request is handed over, which nothing later in the same POST can cancel, so its handler runs
   * at once and a tool that answers at once is answered before `onmessage` returns (no promise
   * step; a batch keeps the step, so a `notifications/cancelled` after a request in it is seen first).
   */
  runHandlerAtOnce = false
  /** The request handed over at once, and its answer if `send` gave it meanwhile: kept out of `waiting` (no map entry made and dropped per call). */
  private atOnceId: RequestId | undefined
  private atOnceAnswer: JSONRPCMessage | undefined

  constructor(readonly sessionId?: string) {}

  async start(): Promise<void> {}

  /**
   * The server's answer to a request goes back to the POST that carried it. Notifications and
   * requests of the server's own have no stream to travel on in JSON mode (the SDK's transport
   * drops them too); these servers send none.
   */
  send(message: JSONRPCMessage): Promise<void> {
    // Not an async function: every answer is delivered here and now, so one settled promise serves them all.
    if ('method' in message) return SENT
    if (this.runHandlerAtOnce && message.id === this.atOnceId) {
      this.atOnceAnswer = message
      return SENT
    }
    const answer = this.waiting.get(message.id as RequestId)
    if (answer === undefined) return Promise.reject(new Error(`No request with id ${String(message.id)} is waiting for an answer`))
    this.waiting.delete(message.id as RequestId)
    answer(message)
    return SENT
  }

  /** A request still waiting is answered "connection closed", as the SDK's client would be told. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const [id, answer] of this.waiting) answer({ jsonrpc: '2.0', id, error: { code: -32000, message: 'Connection closed' } })
    this.waiting.clear()
    this.onclose?.()
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Requests delivered and not yet answered: none once every POST is answered (nothing is kept per request). */
  get pending(): number {
    return this.waiting.size
  }

  /**
   * Deliver one POST's messages: the answers to its requests (none for notifications and
   * responses), at once when the server answered before `onmessage` returned (one request, a tool
   * that answers at once: the route then answers the POST in the same step, as REST's route
   * does), else a promise of them.
   */
  exchange(messages: JSONRPCMessage[], extra: MessageExtraInfo): JSONRPCMessage[] | Promise<JSONRPCMessage[]> {
    if (this.closed) return Promise.reject(new Error('the MCP transport is closed'))
    const [only] = messages
    if (messages.length === 1 && only !== undefined && isRequest(only)) {
      // The common POST, one request: no arrays to gather, and no promise if the answer comes at once.
      this.atOnceId = only.id
      this.runHandlerAtOnce = true
      try {
        this.onmessage?.(only, extra)
      } finally {
        this.runHandlerAtOnce = false
        this.atOnceId = undefined
      }
      const answered = this.atOnceAnswer
      this.atOnceAnswer = undefined
      if (answered !== undefined) return [answered]
      // Closed meanwhile: `close` answered what was waiting, which this request was not yet.
      if (this.closed) return [{ jsonrpc: '2.0', id: only.id, error: { code: -32000, message: 'Connection closed' } }]
      return new Promise<JSONRPCMessage[]>((resolve) => this.waiting.set(only.id, (message) => resolve([message])))
    }
    const answers = messages.filter(isRequest).map((request) => new Promise<JSONRPCMessage>((resolve) => this.waiting.set(request.id, resolve)))
    for (const message of messages) {
      this.onmessage?.(message, extra)
      if ('method' in message && message.method === 'notifications/cancelled' && !('id' in message)) this.cancelled(message.params)
    }
    return Promise.all(answers)
  }

  /**
   * The server's `Protocol` aborts a cancelled request and sends nothing for it (MCP cancellation:
   * the receiver "SHOULD NOT send a response"). Over HTTP the POST that carried the request must
   * still end, or it would hang with its pooled server or session (whose in-flight id would also
   * keep it from expiring): so the transport answers it "cancelled" itself, once the server has
   * aborted it. A cancellation for a request already answered, or unknown, does nothing.
   */
  private cancelled(params: unknown): void {
    const { requestId, reason } = (params ?? {}) as { requestId?: unknown; reason?: unknown }
    if (typeof requestId !== 'string' && typeof requestId !== 'number') return
    const answer = this.waiting.get(requestId)
    if (answer === undefined) return
    this.waiting.delete(requestId)
    const message = typeof reason === 'string' && reason !== '' ? `Request cancelled: ${reason}` : 'Request cancelled'
    answer({ jsonrpc: '2.0', id: requestId, error: { code: REQUEST_CANCELLED, message } })
  }
}

/** `next` of a value now, or of a promise's value when it comes: the route's steps stay synchronous for a tool that answers at once. */
export function andThen<T, U>(value: T | Promise<T>, next: (value: T) => U): U | Promise<U> {
  // A promise of `U` (a Fastify reply is itself a thenable, which TypeScript's `Awaited` would unwrap).
  return value instanceof Promise ? (value.then(next) as Promise<U>) : next(value)
}

/** The JSON-RPC error code for a cancelled request (LSP's `RequestCancelled`; MCP names none). */
export const REQUEST_CANCELLED = -32800
