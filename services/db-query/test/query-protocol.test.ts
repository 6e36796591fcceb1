import { describe, expect, test } from 'vitest'
import { encodeFrame, frameDecoder, type ChildReply } from '../src/query-protocol.js'

// A reply of a few hundred rows spans several reads of the pipe; a read may also end inside a header.
const reply = (id: number, text: string): ChildReply => ({ id, ok: true, columns: ['name'], rows: [[text], [id]], truncated: false, ms: 0.25 })

describe('frames on the query process pipe', () => {
  test('messages cut anywhere (every byte of the short ones) come out whole and in order', () => {
    const messages = [reply(1, 'Lisa Chen'), reply(2, 'Zoë — “night” ✓'), reply(3, 'x'.repeat(70_000))]
    const bytes = Buffer.concat(messages.map(encodeFrame))
    const decoder = frameDecoder()
    const out: unknown[] = []
    // Every byte of the first two frames and the third's header; the long third in 997-byte reads.
    const cuts = [...Array.from({ length: 200 }, (_, i) => i), ...Array.from({ length: Math.ceil((bytes.length - 200) / 997) }, (_, i) => 200 + i * 997)]
    cuts.forEach((start, i) => out.push(...decoder.push(bytes.subarray(start, cuts[i + 1] ?? bytes.length))))
    expect(out).toEqual(messages)
  })

  test('several messages in one read are all returned, a partial one waits for its rest', () => {
    const [a, b, c] = [reply(1, 'a'), reply(2, 'b'), reply(3, 'c')].map(encodeFrame) as [Buffer, Buffer, Buffer]
    const decoder = frameDecoder()
    expect(decoder.push(Buffer.concat([a, b, c.subarray(0, 6)]))).toEqual([reply(1, 'a'), reply(2, 'b')])
    expect(decoder.push(c.subarray(6))).toEqual([reply(3, 'c')])
  })
})
