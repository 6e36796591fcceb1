import { describe, expect, test } from 'vitest'
import { decodeReply, decodeRequest, encodeRequest, frameDecoder, replyEncoder, type QueryOutcome } from '../src/query-protocol.js'

// A reply of a few hundred rows spans several reads of the pipe; a read may also end inside a header.
const answered = (text: string): QueryOutcome => ({ ok: true, json: JSON.stringify({ tool: 'query_db', result: text }), ms: 0.25 })

describe('frames on the query process pipe', () => {
  test('replies cut anywhere (every byte of the short ones) come out whole and in order', () => {
    const outcomes = [answered('Lisa Chen'), answered('Zoë — “night” ✓'), answered('x'.repeat(70_000)), { ok: false, name: 'SqliteError', message: 'no such table: nope' }] as const
    const encoder = replyEncoder(256) // smaller than the long reply: the encoder grows
    // Each frame is copied: the encoder reuses its buffer for the next one.
    const bytes = Buffer.concat(outcomes.map((outcome, i) => Buffer.from(encoder.reply(i + 1, outcome))))
    const decoder = frameDecoder()
    const out: unknown[] = []
    // Every byte of the first two frames and the third's header; the long third in 997-byte reads.
    const cuts = [...Array.from({ length: 200 }, (_, i) => i), ...Array.from({ length: Math.ceil((bytes.length - 200) / 997) }, (_, i) => 200 + i * 997)]
    cuts.forEach((start, i) => out.push(...decoder.push(bytes.subarray(start, cuts[i + 1] ?? bytes.length)).map(decodeReply)))
    expect(out).toEqual(outcomes.map((outcome, i) => (outcome.ok ? { id: i + 1, ok: true, json: Buffer.from(outcome.json), ms: 0.25 } : { id: i + 1, ...outcome })))
  })

  test('several frames in one read are all returned, a partial one waits for its rest', () => {
    const requests = [{ id: 1, sql: 'SELECT 1', maxRows: 200 }, { id: 2, sql: "SELECT 'Zoë ✓'", maxRows: 5 }, { id: 3, sql: 'SELECT name FROM guards', maxRows: 1 }]
    const [a, b, c] = requests.map(encodeRequest) as [Buffer, Buffer, Buffer]
    const decoder = frameDecoder()
    expect(decoder.push(Buffer.concat([a, b, c.subarray(0, 6)])).map(decodeRequest)).toEqual(requests.slice(0, 2))
    expect(decoder.push(c.subarray(6)).map(decodeRequest)).toEqual(requests.slice(2))
  })

  test('the ready frame is told apart from replies; an answered body is a view of its read, not a copy, and one joined from several reads is its own', () => {
    const encoder = replyEncoder()
    const decoder = frameDecoder()
    expect(decoder.push(encoder.ready()).map(decodeReply)).toEqual(['ready'])
    const body = Buffer.from(JSON.stringify({ tool: 'query_db', result: 'kept' }))
    // A frame in one read: the body shares the read's memory (a stream's 'data' chunk owns it; nothing writes to it).
    const frame = Buffer.from(encoder.reply(7, answered('kept')))
    const [reply] = decoder.push(frame).map(decodeReply)
    expect(reply).toEqual({ id: 7, ok: true, json: body, ms: 0.25 })
    expect(reply !== 'ready' && reply?.ok && reply.json.buffer).toBe(frame.buffer)
    // Cut in two reads: joined once, into memory of its own, so the pieces may go.
    const second = Buffer.from(encoder.reply(8, answered('kept')))
    const [first, rest] = [Buffer.from(second.subarray(0, 10)), Buffer.from(second.subarray(10))]
    expect(decoder.push(first)).toEqual([])
    const [joined] = decoder.push(rest).map(decodeReply)
    first.fill(0)
    rest.fill(0)
    expect(joined).toEqual({ id: 8, ok: true, json: body, ms: 0.25 })
  })
})
