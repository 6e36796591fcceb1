/**
 * Messages between the db-query service and its query process, and how they travel: on a pipe
 * (the process's fd 3), each one a frame of a 4-byte big-endian length and that many bytes of
 * JSON. The query process reads its end with blocking reads and needs no event loop; Node's IPC
 * channel cost it an event-loop turn and two more system calls per query.
 */
export type Cell = string | number | null

export interface ChildRequest {
  id: number
  sql: string
  maxRows: number
}

export type ChildReply =
  /** `ms`: how long the query ran in the process (the runner hands a query that ran quickly behind another). */
  | { id: number; ok: true; columns: string[]; rows: Cell[][]; truncated: boolean; ms: number }
  | { id: number; ok: false; name: string; message: string }

/** The first frame a query process sends, once its database is open. */
export interface ChildReady {
  ready: true
}

/** The error name a query process answers with for a statement that is not a reader (a write behind WITH, say). */
export const NOT_A_READER = 'NotAReader'

/** The query process's end of the pipe. */
export const PIPE_FD = 3

const HEADER_BYTES = 4

/** One message as a frame. */
export function encodeFrame(message: ChildRequest | ChildReply | ChildReady): Buffer {
  const json = JSON.stringify(message)
  const frame = Buffer.allocUnsafe(HEADER_BYTES + Buffer.byteLength(json))
  frame.writeUInt32BE(frame.length - HEADER_BYTES, 0)
  frame.write(json, HEADER_BYTES)
  return frame
}

/**
 * Reassembles frames from a byte stream cut anywhere: `push` takes the next bytes and returns
 * the messages completed by them (parsed, not checked: both ends are this code). The caller may
 * reuse `chunk`'s memory after the call; a frame spread over many reads is joined once, when whole.
 */
export function frameDecoder(): { push(chunk: Buffer): unknown[] } {
  let held: Buffer[] = []
  let heldBytes = 0
  /** Bytes the held data must reach before a frame can be complete. */
  let needed = HEADER_BYTES
  return {
    push(chunk) {
      if (heldBytes + chunk.length < needed) {
        held.push(Buffer.from(chunk))
        heldBytes += chunk.length
        return []
      }
      const data = heldBytes === 0 ? chunk : Buffer.concat([...held, chunk])
      const messages: unknown[] = []
      let offset = 0
      while (data.length - offset >= HEADER_BYTES) {
        const end = offset + HEADER_BYTES + data.readUInt32BE(offset)
        if (end > data.length) break
        messages.push(JSON.parse(data.toString('utf8', offset + HEADER_BYTES, end)))
        offset = end
      }
      const rest = data.length - offset
      held = rest > 0 ? [Buffer.from(data.subarray(offset))] : []
      heldBytes = rest
      needed = rest >= HEADER_BYTES ? HEADER_BYTES + data.readUInt32BE(offset) : HEADER_BYTES
      return messages
    },
  }
}
