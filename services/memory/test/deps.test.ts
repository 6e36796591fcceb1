import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, expect, test } from 'vitest'
import { fleetLogger, loadConfig } from '@heist/shared'
import { createDeps } from '../src/deps.js'
import { MemoryEnv } from '../src/env.js'
import { summarise } from '../src/summariser.js'
import { message } from './helpers.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((f) => f()))

test('the summariser\'s chat client logs a refused field once in the service\'s log, then asks without it', async () => {
  // A strict proxy refusing `stop` in OpenAI's words.
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
      id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Guards change at 02:30.' } }],
    }))
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  cleanups.push(() => http.close())
  const dir = mkdtempSync(join(tmpdir(), 'memory-deps-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const lines: { level: number; field?: string; msg: string }[] = []
  const log = fleetLogger('memory', 'info', new Writable({ write: (chunk, _enc, done) => done(void lines.push(JSON.parse(String(chunk)))) }))
  const config = loadConfig(MemoryEnv, { LOG_LEVEL: 'silent', HEIST_DATA_DIR: dir, LLM_BASE_URL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`, LLM_MODEL: 'm' })
  const deps = createDeps(config, { log })
  cleanups.push(() => deps.db.close())
  const messages = [0, 1, 2].map((i) => ({ ...message(i), idx: i, tokens: 10 }))
  for (let i = 0; i < 2; i++) expect(await summarise(deps.chat, null, messages, 200)).toMatchObject({ text: 'Guards change at 02:30.', method: 'model' })
  expect(bodies.map((b) => 'stop' in b)).toEqual([true, false, false])
  expect(lines.filter((l) => l.level === 40)).toEqual([expect.objectContaining({ field: 'stop', msg: 'the model server refused stop; the summariser asks without it from now on' })])
})
