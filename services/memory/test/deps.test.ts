import { mkdtempSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { loadConfig } from '@heist/shared'
import { recordedLogger, stopRefusingServer } from '../../../shared/test/refusing-chat-server.js'
import { createDeps } from '../src/deps.js'
import { MemoryEnv } from '../src/env.js'
import { summarise } from '../src/summariser.js'
import { buildTestApp, message, READ, WRITE } from './helpers.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((f) => f()))

test('the summariser\'s chat client logs a refused field once in the service\'s log, then asks without it', async () => {
  // A strict proxy refusing `stop` in OpenAI's words.
  const server = await stopRefusingServer('Guards change at 02:30.')
  cleanups.push(server.close)
  const dir = mkdtempSync(join(tmpdir(), 'memory-deps-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const { log, lines } = recordedLogger('memory')
  const config = loadConfig(MemoryEnv, { LOG_LEVEL: 'silent', HEIST_DATA_DIR: dir, LLM_BASE_URL: server.baseURL, LLM_MODEL: 'm' })
  const deps = createDeps(config, { log })
  cleanups.push(() => deps.db.close())
  const messages = [0, 1, 2].map((i) => ({ ...message(i), idx: i, tokens: 10 }))
  for (let i = 0; i < 2; i++) expect(await summarise(deps.chat, null, messages, 200)).toMatchObject({ text: 'Guards change at 02:30.', method: 'model' })
  expect(server.bodies.map((b) => 'stop' in b)).toEqual([true, false, false])
  expect(lines.filter((l) => l.level === 40)).toEqual([expect.objectContaining({ field: 'stop', msg: 'the model server refused stop; the summariser asks without it from now on' })])
})

/**
 * vLLM serving a reasoning model under a name the fleet does not know: its template opens the block
 * (`/tokenize` renders it, a token a character here; `/detokenize` reads it back), and every summary
 * it writes stops at `[INST]` inside its reasoning (`stop_reason`), with no `</think>`.
 */
async function reasonerOnVllm({ downAtFirst = false } = {}) {
  const template = '<|im_start|>user\nHello.<|im_end|>\n<|im_start|>assistant\n<think>\n'
  const paths: string[] = []
  const http = createServer(async (req, res) => {
    let raw = ''
    for await (const part of req) raw += String(part)
    paths.push(req.url ?? '')
    // Not up yet at the first question (vLLM still loading its weights): the connection drops.
    if (downAtFirst && paths.length === 1) return void req.socket.destroy()
    const json = (body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (req.url === '/tokenize') return json({ count: template.length, max_model_len: 4096, tokens: [...template].map((c) => c.codePointAt(0)) })
    if (req.url === '/detokenize') return json({ prompt: String.fromCodePoint(...(JSON.parse(raw) as { tokens: number[] }).tokens) })
    json({ id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', stop_reason: '[INST]', message: { role: 'assistant', content: 'The planner is the mole, so the summary should leave out the 02:45 window and' } }] })
  })
  http.listen(0, '127.0.0.1')
  await once(http, 'listening')
  return { baseURL: `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`, paths, close: () => http.close() }
}

/**
 * Two compressions of one session (messages 0-4, then 5-9) by a memory service built as main.ts
 * builds it, against `server`; the summary the context then holds.
 */
async function twoSummariesAgainst(server: Awaited<ReturnType<typeof reasonerOnVllm>>) {
  cleanups.push(server.close)
  const dir = mkdtempSync(join(tmpdir(), 'memory-deps-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const config = loadConfig(MemoryEnv, { LOG_LEVEL: 'silent', HEIST_DATA_DIR: dir, LLM_BASE_URL: server.baseURL, LLM_MODEL: 'my-reasoner' })
  const deps = createDeps(config, { log: recordedLogger('memory').log })
  cleanups.push(() => deps.db.close())
  const app = await buildTestApp(deps.chat, {}, { templateOpensBlock: deps.templateOpensBlock })
  cleanups.push(() => void app.close())
  for (let i = 0; i < 12; i++) {
    const posted = await app.inject({ method: 'POST', url: '/memory/s1/messages?compression_threshold_messages=6&recent_messages=2', headers: WRITE, payload: message(i) })
    expect(posted.statusCode).toBe(200)
  }
  return (await app.inject({ url: '/memory/s1/context?agent=planner&budget=1500', headers: READ })).json().summary as { covers_through: number; text: string }
}

test('the summariser asks the model\'s server once whether its template opens the block: then no summary ended inside its reasoning is kept, not only the first', async () => {
  const server = await reasonerOnVllm()
  const summary = await twoSummariesAgainst(server)
  expect(summary.covers_through).toBe(9)
  expect(summary.text).not.toContain('mole')
  expect(server.paths.filter((p) => p !== '/v1/chat/completions')).toEqual(['/tokenize', '/detokenize'])
})

test('a summariser whose server gave no answer to the template question (down at the first summary) is asked again at the next one', async () => {
  const server = await reasonerOnVllm({ downAtFirst: true })
  const summary = await twoSummariesAgainst(server)
  expect(summary.covers_through).toBe(9)
  // The second summary stopped inside the reasoning too: known from the second answer, it is not kept.
  expect(summary.text).not.toContain('mole')
  expect(server.paths.filter((p) => p !== '/v1/chat/completions')).toEqual(['/tokenize', '/tokenize', '/detokenize'])
})
