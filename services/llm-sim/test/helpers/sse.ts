/** The `data:` payloads of a server-sent event stream, in order. */
export function sseData(body: string): string[] {
  return body.split('\n\n').map((frame) => frame.trim()).filter((frame) => frame.startsWith('data: ')).map((frame) => frame.slice('data: '.length))
}
