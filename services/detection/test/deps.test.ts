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
import { DetectionEnv } from '../src/env.js'
import { RESPONSE_FORMAT } from '../src/scoring/index.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((f) => f()))

test('the judge\'s chat client logs a refused field once in the service\'s log, then asks without it', async () => {
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
      id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: '{"scores":[]}' } }],
    }))
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  cleanups.push(() => http.close())
  const dir = mkdtempSync(join(tmpdir(), 'detection-deps-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const lines: { level: number; field?: string; msg: string }[] = []
  const log = fleetLogger('detection', 'info', new Writable({ write: (chunk, _enc, done) => done(void lines.push(JSON.parse(String(chunk)))) }))
  const config = loadConfig(DetectionEnv, {
    LOG_LEVEL: 'silent', HEIST_DATA_DIR: dir, HEIST_SECRET_DETECTION: 'detection-secret-for-tests', HEIST_OPERATOR_TOKEN: 'operator-token-for-tests',
    LLM_BASE_URL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`, LLM_MODEL: 'm',
  })
  const deps = createDeps(config, { log })
  cleanups.push(() => deps.db.close())
  const judge = { messages: [{ role: 'user' as const, content: 'Score the agents.' }], response_format: RESPONSE_FORMAT, temperature: 0.1, max_tokens: 100 }
  for (let i = 0; i < 2; i++) expect(await deps.chat?.(judge)).toBe('{"scores":[]}')
  expect(bodies.map((b) => 'stop' in b)).toEqual([true, false, false])
  expect(lines.filter((l) => l.level === 40)).toEqual([expect.objectContaining({ field: 'stop', msg: 'the model server refused stop; detection asks without it from now on' })])
})
