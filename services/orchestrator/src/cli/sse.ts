import { PublicSessionEvent } from '@heist/shared'
import { readSse } from '@heist/shared/sse'

/**
 * Read `GET /sessions/:id/events` (Server-Sent Events) and yield parsed public events. The
 * caller resumes with `after` = the last seq it saw if the stream breaks.
 */
export async function* readEvents(url: string, token: string, signal?: AbortSignal): AsyncGenerator<PublicSessionEvent> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal })
  if (!response.ok || !response.body) throw new Error(`event stream refused: HTTP ${response.status}`)
  for await (const message of readSse(response.body)) {
    // An event of a newer server that this CLI does not know is skipped, not fatal.
    const parsed = PublicSessionEvent.safeParse(JSON.parse(message.data))
    if (parsed.success) yield parsed.data
  }
}
