import { PublicSessionEvent } from '@heist/shared'

/**
 * Read `GET /sessions/:id/events` (Server-Sent Events) and yield parsed public events. The
 * caller resumes with `after` = the last seq it saw if the stream breaks.
 */
export async function* readEvents(url: string, token: string, signal?: AbortSignal): AsyncGenerator<PublicSessionEvent> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal })
  if (!response.ok || !response.body) throw new Error(`event stream refused: HTTP ${response.status}`)
  const decoder = new TextDecoder()
  let buffer = ''
  const reader = response.body.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true })
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n')
      if (data) {
        const parsed = PublicSessionEvent.safeParse(JSON.parse(data))
        if (parsed.success) yield parsed.data
      }
      end = buffer.indexOf('\n\n')
    }
  }
}
