import { describe, expect, it } from 'vitest'
import { parseSse, readSse, sseData } from '../src/sse.js'

/** A stream that delivers `text` in the given pieces, as a network would. */
function streamOf(pieces: string[]): ReadableStream<Uint8Array> {
  const bytes = pieces.map((p) => new TextEncoder().encode(p))
  return new ReadableStream({ pull(controller) { const next = bytes.shift(); if (next) controller.enqueue(next); else controller.close() } })
}

describe('the one SSE reader', () => {
  it('reads \\r\\n and \\n line ends, multi-line data, ids and event names, and skips comments', () => {
    const body = ': keep-alive\r\nid: 1\r\nevent: agent_message\r\ndata: {"a":1}\r\n\r\ndata: line one\ndata: line two\n\n'
    expect(parseSse(body)).toEqual([
      { id: '1', event: 'agent_message', data: '{"a":1}' },
      { id: undefined, event: undefined, data: 'line one\nline two' },
    ])
  })

  it('drops a last event that never got its blank line (a cut stream), as a browser does', () => {
    expect(sseData('data: whole\n\ndata: cut')).toEqual(['whole'])
  })

  it('streams events split anywhere, even inside a multi-byte character', async () => {
    const text = 'data: {"x":"é"}\r\n\r\ndata: [DONE]\n\n'
    const cut = text.indexOf('é') + 1 // in bytes, 'é' is two: split between them
    const encoded = new TextEncoder().encode(text)
    const stream = new ReadableStream<Uint8Array>({ start(c) { c.enqueue(encoded.slice(0, cut)); c.enqueue(encoded.slice(cut)); c.close() } })
    const seen: string[] = []
    for await (const event of readSse(stream)) seen.push(event.data)
    expect(seen).toEqual(['{"x":"é"}', '[DONE]'])
    const pieces: string[] = []
    for await (const event of readSse(streamOf(['da', 'ta: 1\n', '\nda', 'ta: 2\n\n']))) pieces.push(event.data)
    expect(pieces).toEqual(['1', '2'])
  })
})
