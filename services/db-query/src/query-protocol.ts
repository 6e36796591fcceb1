/**
 * Messages between the db-query service and its query process, and how they travel: on a pipe
 * (the process's fd 3), each one a frame of a 4-byte big-endian length and that many bytes. The
 * query process reads its end with blocking reads and needs no event loop; Node's IPC channel
 * cost it an event-loop turn and two more system calls per query.
 *
 * The frames are binary headers and UTF-8 text, not JSON objects: a request is its id, its row
 * limit and the SQL; a reply is its id, an outcome, the run time and a body. An answered query's
 * body is the REST reply itself (`QueryResult`'s JSON, built by the process), which the service
 * sends as it is: neither side parses or re-serialises the rows.
 */
export type Cell = string | number | null

export interface ChildRequest {
  id: number
  sql: string
  maxRows: number
}

/** The tool's name, as its REST reply (built in the query process) and its definition give it. */
export const QUERY_DB_TOOL_NAME = 'query_db'

export type ChildReply =
  /** `json`: the REST reply (a `QueryResult`); `ms`: how long the query ran in the process (the runner hands a quick one behind another). */
  | { id: number; ok: true; json: Buffer; ms: number }
  | { id: number; ok: false; name: string; message: string }

/** The error name a query process answers with for a statement that is not a reader (a write behind WITH, say). */
export const NOT_A_READER = 'NotAReader'

/** The query process's end of the pipe. */
export const PIPE_FD = 3

const LENGTH_BYTES = 4
/** A request: id, row limit, then the SQL. */
const REQUEST_HEADER = 8
/** A reply: id, outcome, run time in µs, then the body. */
const REPLY_HEADER = 9
const ANSWERED = 0
const FAILED = 1
/** The first frame a query process sends, once its database is open. */
const READY = 2

/** One request as a frame, written with one write. */
export function encodeRequest(request: ChildRequest): Buffer {
  const bytes = Buffer.byteLength(request.sql)
  const frame = Buffer.allocUnsafe(LENGTH_BYTES + REQUEST_HEADER + bytes)
  frame.writeUInt32BE(REQUEST_HEADER + bytes, 0)
  frame.writeUInt32BE(request.id, 4)
  frame.writeUInt32BE(request.maxRows, 8)
  frame.write(request.sql, LENGTH_BYTES + REQUEST_HEADER)
  return frame
}

/** A request frame's payload (what `frameDecoder` returns) as the request. */
export function decodeRequest(payload: Buffer): ChildRequest {
  return { id: payload.readUInt32BE(0), maxRows: payload.readUInt32BE(4), sql: payload.toString('utf8', REQUEST_HEADER) }
}

/** What a query process answers, before it has an id: the reply's JSON text, or an error. */
export type QueryOutcome = { ok: true; json: string; ms: number } | { ok: false; name: string; message: string }

/**
 * Encodes reply frames into one buffer kept for the process's life (grown when a reply does not
 * fit), so a reply costs no allocation; the frame returned is valid until the next call.
 */
export function replyEncoder(initialBytes = 64 * 1024): { reply(id: number, outcome: QueryOutcome): Buffer; ready(): Buffer } {
  let out = Buffer.allocUnsafe(initialBytes)
  function frame(id: number, kind: number, ms: number, body: string): Buffer {
    const start = LENGTH_BYTES + REPLY_HEADER
    // Three bytes per UTF-16 unit bound its UTF-8 size; past that, measure it exactly.
    const needed = start + (body.length * 3 <= out.length - start ? 0 : Buffer.byteLength(body))
    if (needed > out.length) out = Buffer.allocUnsafe(Math.max(needed, out.length * 2))
    const bytes = out.write(body, start)
    out.writeUInt32BE(REPLY_HEADER + bytes, 0)
    out.writeUInt32BE(id, 4)
    out.writeUInt8(kind, 8)
    out.writeUInt32BE(Math.min(0xffff_ffff, Math.round(ms * 1000)), 9)
    return out.subarray(0, start + bytes)
  }
  return {
    reply: (id, outcome) => (outcome.ok ? frame(id, ANSWERED, outcome.ms, outcome.json) : frame(id, FAILED, 0, JSON.stringify({ name: outcome.name, message: outcome.message }))),
    ready: () => frame(0, READY, 0, ''),
  }
}

/**
 * A reply frame's payload as the reply, or `'ready'`. The answered body is a view of the payload, not
 * a copy: a stream's 'data' chunk owns its memory (Node gives each read its own, cut to the bytes
 * read) and nothing writes to it, nor to a frame `frameDecoder` joined.
 */
export function decodeReply(payload: Buffer): ChildReply | 'ready' {
  const id = payload.readUInt32BE(0)
  const kind = payload.readUInt8(4)
  if (kind === READY) return 'ready'
  if (kind === ANSWERED) return { id, ok: true, json: payload.subarray(REPLY_HEADER), ms: payload.readUInt32BE(5) / 1000 }
  const { name, message } = JSON.parse(payload.toString('utf8', REPLY_HEADER)) as { name: string; message: string }
  return { id, ok: false, name, message }
}

/**
 * Reassembles frames from a byte stream cut anywhere: `push` takes the next bytes and returns
 * the payloads completed by them. A payload may be a view of `chunk`: use it before `chunk`'s
 * memory is reused. A frame spread over many reads is joined once, when whole.
 */
export function frameDecoder(): { push(chunk: Buffer): Buffer[] } {
  let held: Buffer[] = []
  let heldBytes = 0
  /** Bytes the held data must reach before a frame can be complete. */
  let needed = LENGTH_BYTES
  return {
    push(chunk) {
      if (heldBytes + chunk.length < needed) {
        held.push(Buffer.from(chunk))
        heldBytes += chunk.length
        return []
      }
      const data = heldBytes === 0 ? chunk : Buffer.concat([...held, chunk])
      const payloads: Buffer[] = []
      let offset = 0
      while (data.length - offset >= LENGTH_BYTES) {
        const end = offset + LENGTH_BYTES + data.readUInt32BE(offset)
        if (end > data.length) break
        payloads.push(data.subarray(offset + LENGTH_BYTES, end))
        offset = end
      }
      const rest = data.length - offset
      held = rest > 0 ? [Buffer.from(data.subarray(offset))] : []
      heldBytes = rest
      needed = rest >= LENGTH_BYTES ? LENGTH_BYTES + data.readUInt32BE(offset) : LENGTH_BYTES
      return payloads
    },
  }
}
