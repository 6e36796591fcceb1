import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { fleetLogger } from '../src/logger.js'

/**
 * Test helper for a service's chat client: an OpenAI-compatible server on 127.0.0.1:0 that refuses
 * `stop` in OpenAI's words (a strict proxy) and answers `content` to a request without it, recording
 * every request body; `close` when done.
 */
export async function stopRefusingServer(content: string) {
  const bodies: Record<string, unknown>[] = []
  const http = createServer(async (req, res) => {
    let raw = ''
    for await (const part of req) raw += String(part)
    const body = JSON.parse(raw) as Record<string, unknown>
    bodies.push(body)
    if (body.stop) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'Unrecognized request argument supplied: stop', type: 'invalid_request_error', param: 'stop', code: null } }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
    }))
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  return { baseURL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`, bodies, close: () => http.close() }
}

/** The fleet's logger for `service`, its lines parsed into `lines` (warn is level 40). */
export function recordedLogger(service: string) {
  const lines: { level: number; field?: string; msg: string }[] = []
  const log = fleetLogger(service, 'info', new Writable({ write: (chunk, _enc, done) => done(void lines.push(JSON.parse(String(chunk)))) }))
  return { log, lines }
}
