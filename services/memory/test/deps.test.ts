import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { loadConfig } from '@heist/shared'
import { recordedLogger, stopRefusingServer } from '../../../shared/test/refusing-chat-server.js'
import { createDeps } from '../src/deps.js'
import { MemoryEnv } from '../src/env.js'
import { summarise } from '../src/summariser.js'
import { message } from './helpers.js'

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
