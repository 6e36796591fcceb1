import { createParser, type EventSourceMessage } from 'eventsource-parser'

// The fleet's one reader of Server-Sent Events, over eventsource-parser (the WHATWG parsing rules:
// `\r\n`, `\r` and `\n` line ends, multi-line `data:`, comments and `retry:` handled), so no caller
// splits on "\n\n" by hand. Kept out of the package index: only clients and tests read streams.

export type { EventSourceMessage as SseMessage }

/** Every event of a complete SSE body, in order (a last event without its blank line is dropped, as a browser does). */
export function parseSse(body: string): EventSourceMessage[] {
  const events: EventSourceMessage[] = []
  const parser = createParser({ onEvent: (event) => events.push(event) })
  parser.feed(body)
  return events
}

/** The `data` of every event of a complete SSE body, in order. */
export function sseData(body: string): string[] {
  return parseSse(body).map((event) => event.data)
}

/** The events of a streamed SSE body (a fetch `Response.body`) as they arrive. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const arrived: EventSourceMessage[] = []
  const parser = createParser({ onEvent: (event) => arrived.push(event) })
  const decoder = new TextDecoder()
  const reader = body.getReader()
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      parser.feed(decoder.decode(read.value, { stream: true }))
      yield* arrived.splice(0)
    }
  } finally {
    reader.releaseLock()
  }
}
