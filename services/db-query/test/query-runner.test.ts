import { isHeistError } from '@heist/shared'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { buildSecurityDatabase } from '../src/database.js'
import { DEFAULT_SQL_FILE } from '../src/config.js'
import { createQueryRunner } from '../src/query-runner.js'

vi.setConfig({ testTimeout: 20_000 })
const built = buildSecurityDatabase(DEFAULT_SQL_FILE)
const runner = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5, maxQueued: 1 })
afterAll(() => {
  runner.close()
  built.remove()
})

const RUNAWAY = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f'
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (isHeistError(error) ? error.code : 'other'))

describe('createQueryRunner', () => {
  test('stops at the row limit and reports it', async () => {
    const reply = await runner.run('SELECT id FROM cameras ORDER BY id')
    expect(reply).toMatchObject({ ok: true, columns: ['id'], truncated: true })
    expect(reply.ok && reply.rows).toHaveLength(5)
  })

  test('refuses queries beyond the queue with DB_BUSY while a runaway one runs', async () => {
    const results = await Promise.all([codeOf(runner.run(RUNAWAY)), codeOf(runner.run('SELECT 1')), codeOf(runner.run('SELECT 2'))])
    expect(results).toEqual(['DB_QUERY_TIMEOUT', 'ok', 'DB_BUSY'])
  })

  test('a closed runner refuses work', async () => {
    const other = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5 })
    await other.start()
    other.close()
    expect(await codeOf(other.run('SELECT 1'))).toBe('DB_UNAVAILABLE')
  })

  test('closing while a query runs refuses it and the queued ones, without starting a new process', async () => {
    const other = createQueryRunner({ dbPath: built.path, timeoutMs: 5_000, maxRows: 5 })
    await other.start()
    const running = codeOf(other.run(RUNAWAY))
    const queued = codeOf(other.run('SELECT 1'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    other.close()
    expect(await Promise.all([running, queued])).toEqual(['DB_UNAVAILABLE', 'DB_UNAVAILABLE'])
  })
})
