import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { loadConfig } from '@heist/shared'
import { recordedLogger, stopRefusingServer } from '../../../shared/test/refusing-chat-server.js'
import { createDeps } from '../src/deps.js'
import { DetectionEnv } from '../src/env.js'
import { RESPONSE_FORMAT } from '../src/scoring/index.js'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((f) => f()))

test('the judge\'s chat client logs a refused field once in the service\'s log, then asks without it', async () => {
  // A strict proxy refusing `stop` in OpenAI's words.
  const server = await stopRefusingServer('{"scores":[]}')
  cleanups.push(server.close)
  const dir = mkdtempSync(join(tmpdir(), 'detection-deps-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const { log, lines } = recordedLogger('detection')
  const config = loadConfig(DetectionEnv, {
    LOG_LEVEL: 'silent', HEIST_DATA_DIR: dir, HEIST_SECRET_DETECTION: 'detection-secret-for-tests', HEIST_OPERATOR_TOKEN: 'operator-token-for-tests',
    LLM_BASE_URL: server.baseURL, LLM_MODEL: 'm',
  })
  const deps = createDeps(config, { log })
  cleanups.push(() => deps.db.close())
  const judge = { messages: [{ role: 'user' as const, content: 'Score the agents.' }], response_format: RESPONSE_FORMAT, temperature: 0.1, max_tokens: 100 }
  for (let i = 0; i < 2; i++) expect(await deps.chat?.(judge)).toBe('{"scores":[]}')
  expect(server.bodies.map((b) => 'stop' in b)).toEqual([true, false, false])
  expect(lines.filter((l) => l.level === 40)).toEqual([expect.objectContaining({ field: 'stop', msg: 'the model server refused stop; detection asks without it from now on' })])
})
