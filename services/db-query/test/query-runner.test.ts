import { isHeistError, type QueryResult } from '@heist/shared'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { buildSecurityDatabase } from '../src/database.js'
import { DEFAULT_SQL_FILE } from '../src/env.js'
import { QUERY_MEMORY_BOUNDED } from '../src/query-process.js'
import { createQueryRunner } from '../src/query-runner.js'

// The deadlines' time is the test's: fake setTimeout and performance.now (what the deadline reads),
// nothing else (the pipes, setImmediate and the query processes' own clocks stay real). It moves
// only when a test moves it, once the runaway is in its process: a quick query can never reach
// its deadline however slow the machine (a 300 ms deadline timed out a first SELECT on a fresh
// process at load 12-18), and a runaway is killed at its deadline exactly, not a millisecond before.
vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })

/** Records the queries handed to a process (`observe.querySent`); `handed(sql)` resolves once `sql` is. */
function handOffLog() {
  const sent: string[] = []
  const waiting: { sql: string; resolve: () => void }[] = []
  return {
    sent,
    querySent(sql: string): void {
      sent.push(sql)
      for (const waiter of waiting.filter((w) => w.sql === sql)) waiter.resolve()
    },
    handed(sql: string): Promise<void> {
      return sent.includes(sql) ? Promise.resolve() : new Promise((resolve) => waiting.push({ sql, resolve }))
    },
  }
}

const built = buildSecurityDatabase(DEFAULT_SQL_FILE)
const shared = handOffLog()
const runner = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5, maxQueued: 1, processes: 1, observe: { querySent: shared.querySent } })
afterAll(() => {
  runner.close()
  built.remove()
  vi.useRealTimers()
})

const RUNAWAY = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f'
/** Lets the runner's hand-offs (each after an await of its process) happen: they take microtasks, not time. */
const handOffs = () => new Promise((resolve) => setImmediate(resolve))
const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (isHeistError(error) ? error.code : 'other'))

/**
 * The code `query` settles with, once its deadline has passed: time moves once the query is in its
 * process, to one ms short of `timeoutMs` (it must still be running), then past it.
 */
async function overrun(query: Promise<unknown>, handed: Promise<void>, timeoutMs: number): Promise<string> {
  let settled = false
  const code = codeOf(query).finally(() => (settled = true))
  await handed
  vi.advanceTimersByTime(timeoutMs - 1)
  await handOffs()
  expect(settled).toBe(false)
  vi.advanceTimersByTime(1)
  return code
}

describe('createQueryRunner', () => {
  test('stops at the row limit and reports it', async () => {
    const reply = await runner.run('SELECT id FROM cameras ORDER BY id')
    expect(reply.ok).toBe(true)
    const { data } = JSON.parse(reply.ok ? reply.json.toString() : '{}') as QueryResult
    expect(data).toMatchObject({ columns: ['id'], row_count: 5, truncated: true })
    expect(data.rows).toHaveLength(5)
  })

  test('refuses queries beyond the queue with DB_BUSY while a runaway one runs', async () => {
    const results = await Promise.all([overrun(runner.run(RUNAWAY), shared.handed(RUNAWAY), 300), codeOf(runner.run('SELECT 1')), codeOf(runner.run('SELECT 2'))])
    expect(results).toEqual(['DB_QUERY_TIMEOUT', 'ok', 'DB_BUSY'])
  })

  test('the queue is fair per client: a flood of slow queries does not hold back another client', async () => {
    // Slow but finite, under a deadline none reaches: one process serves them all (no kill and
    // restart per query, which made this test take 15-20 s on a loaded machine). The order is
    // decided when they are queued, all in this tick, so it does not depend on any duration.
    const SLOW = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f WHERE x < 200000) SELECT count(*) FROM f'
    const started: unknown[] = []
    const fair = createQueryRunner({ dbPath: built.path, timeoutMs: 60_000, maxRows: 5, maxQueuedPerClient: 2, processes: 1, observe: { processStarted: (pid) => started.push(pid) } })
    await fair.start()
    const finished: string[] = []
    const track = (label: string, promise: Promise<unknown>) => codeOf(promise).then((code) => finished.push(`${label}:${code}`))
    const flood = [1, 2, 3, 4].map((i) => track(`flood${i}`, fair.run(SLOW, 'flooder')))
    const normal = track('normal', fair.run('SELECT 1', 'planner'))
    await Promise.all([...flood, normal])
    fair.close()
    // The flooder's 4th query finds 2 of its own waiting; the other client's runs right after the one running.
    expect(finished).toEqual(['flood4:DB_BUSY', 'flood1:ok', 'normal:ok', 'flood2:ok', 'flood3:ok'])
    expect(started).toHaveLength(1)
  })

  test('the query process\'s memory is bounded: doubling a string 9 times fails inside SQLite, whatever the deadline', async () => {
    // No allocating function in sight: 1 MB doubled to 512 MB. Unbounded, SQLite would return 512000000 (its own cap is 1 GB).
    const levels = 'abcdefghij'
    const sql = `WITH a(x) AS (SELECT zeroblob(1000000)), ${levels.slice(1).split('').map((c, i) => `${c}(x) AS (SELECT x || x FROM ${levels[i]})`).join(', ')} SELECT length(x) FROM j`
    const patient = createQueryRunner({ dbPath: built.path, timeoutMs: 60_000, maxRows: 5 })
    try {
      expect(QUERY_MEMORY_BOUNDED).toBe(true)
      expect(await patient.run(sql)).toMatchObject({ ok: false, message: 'out of memory' })
    } finally {
      patient.close()
    }
  }, 90_000)

  test('with a pool, a runaway query holds one process while the others answer', async () => {
    const started: (number | undefined)[] = []
    // A deadline no quick query comes near: the runaway is still running when they are done, however slow the machine.
    const pool = createQueryRunner({ dbPath: built.path, timeoutMs: 60_000, maxRows: 5, processes: 2, observe: { processStarted: (pid) => started.push(pid) } })
    try {
      await pool.start()
      expect(started).toHaveLength(2)
      const finished: string[] = []
      const track = (label: string, promise: Promise<unknown>) => codeOf(promise).then((code) => finished.push(`${label}:${code}`))
      const runaway = track('runaway', pool.run(RUNAWAY, 'a'))
      for (let i = 1; i <= 3; i++) await track(`quick${i}`, pool.run(`SELECT ${i}`, 'b'))
      expect(finished).toEqual(['quick1:ok', 'quick2:ok', 'quick3:ok'])
      pool.close()
      await runaway
      expect(finished.at(-1)).toBe('runaway:DB_UNAVAILABLE')
      expect(started).toHaveLength(2)
    } finally {
      pool.close()
    }
  })

  test('a closed runner refuses work', async () => {
    const other = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5 })
    await other.start()
    other.close()
    expect(await codeOf(other.run('SELECT 1'))).toBe('DB_UNAVAILABLE')
  })

  test('closing while a query runs refuses it and the queued ones, without starting a new process', async () => {
    const started: (number | undefined)[] = []
    let sent!: () => void
    const runawaySent = new Promise<void>((resolve) => { sent = resolve })
    const other = createQueryRunner({
      dbPath: built.path, timeoutMs: 60_000, maxRows: 5, processes: 1,
      observe: { processStarted: (pid) => started.push(pid), querySent: (sql) => sql === RUNAWAY && sent() },
    })
    await other.start()
    expect(started).toHaveLength(1)
    const running = codeOf(other.run(RUNAWAY))
    const queued = codeOf(other.run('SELECT 1'))
    await runawaySent // the query process has it: it is running, not waiting
    other.close()
    // Both settle with the close itself, long before the 60 s deadline could kill and replace the process.
    expect(await Promise.all([running, queued])).toEqual(['DB_UNAVAILABLE', 'DB_UNAVAILABLE'])
    expect(started).toHaveLength(1)
    expect(await codeOf(other.run('SELECT 1'))).toBe('DB_UNAVAILABLE')
    expect(started).toHaveLength(1)
  })

  test('a close that comes while the process is still starting hands it no query', async () => {
    const sent: string[] = []
    const other = createQueryRunner({ dbPath: built.path, timeoutMs: 60_000, maxRows: 5, observe: { querySent: (sql) => sent.push(sql) } })
    const first = codeOf(other.run('SELECT 1')) // starts the process; the query waits for it
    other.close()
    expect(await first).toBe('DB_UNAVAILABLE')
    expect(sent).toEqual([])
  })

  test('the query after a deadline kill runs on the spare process: no process start on its path', async () => {
    const started: (number | undefined)[] = []
    const spares: (number | undefined)[] = []
    const log = handOffLog()
    const withSpare = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5, processes: 1, observe: { querySent: log.querySent, processStarted: (pid) => started.push(pid), spareStarted: (pid) => spares.push(pid) } })
    try {
      expect(await overrun(withSpare.run(RUNAWAY), log.handed(RUNAWAY), 300)).toBe('DB_QUERY_TIMEOUT')
      expect(await codeOf(withSpare.run('SELECT 1'))).toBe('ok')
      // One process started for the slot; the replacement was the spare (started with the first query), and a new spare is behind it.
      expect(started).toHaveLength(1)
      expect(spares).toHaveLength(2)
    } finally {
      withSpare.close()
    }
  })

  test('a quick query waits in the pipe behind its client\'s running one; when a deadline kills that, it runs on the replacement', async () => {
    const started: (number | undefined)[] = []
    const log = handOffLog()
    const { sent } = log
    // Any query that answered counts as quick (however long the process took, so however loaded the host); a runaway never answers.
    const pipelining = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5, processes: 1, pipelineBelowMs: Number.MAX_SAFE_INTEGER, observe: { querySent: log.querySent, processStarted: (pid) => started.push(pid) } })
    try {
      expect(await codeOf(pipelining.run('SELECT 1', 'a'))).toBe('ok') // answered: known quick from now on
      const runaway = pipelining.run(RUNAWAY, 'a')
      const behind = codeOf(pipelining.run('SELECT 1', 'a'))
      await handOffs()
      // Handed at once, behind the runaway (an unknown query is never handed behind anything).
      expect(sent).toEqual(['SELECT 1', RUNAWAY, 'SELECT 1'])
      expect(await Promise.all([overrun(runaway, log.handed(RUNAWAY), 300), behind])).toEqual(['DB_QUERY_TIMEOUT', 'ok'])
      // It never ran in the killed process: it was handed again, to the spare that replaced it.
      expect(sent).toEqual(['SELECT 1', RUNAWAY, 'SELECT 1', 'SELECT 1'])
      expect(started).toHaveLength(1)
    } finally {
      pipelining.close()
    }
  })

  test('a quick query is not handed ahead of another client\'s query that came first', async () => {
    const log = handOffLog()
    const { sent } = log
    // Without a spare, each quick query after the kill is the first on a fresh process: under the
    // test's clock it cannot overrun, however long that process takes.
    const pipelining = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5, processes: 1, spare: false, pipelineBelowMs: Number.MAX_SAFE_INTEGER, observe: { querySent: log.querySent } })
    try {
      for (const sql of ['SELECT 1', 'SELECT 2']) expect(await codeOf(pipelining.run(sql, 'a'))).toBe('ok')
      const finished: string[] = []
      const track = (label: string, promise: Promise<unknown>) => promise.then((code) => finished.push(`${label}:${String(code)}`))
      const all = [track('a-runaway', overrun(pipelining.run(RUNAWAY, 'a'), log.handed(RUNAWAY), 300)), track('b', codeOf(pipelining.run('SELECT 2', 'b'))), track('a', codeOf(pipelining.run('SELECT 1', 'a')))]
      await handOffs()
      expect(sent.slice(2)).toEqual([RUNAWAY])
      await Promise.all(all)
      expect(finished).toEqual(['a-runaway:DB_QUERY_TIMEOUT', 'b:ok', 'a:ok'])
      expect(sent.slice(2)).toEqual([RUNAWAY, 'SELECT 2', 'SELECT 1'])
    } finally {
      pipelining.close()
    }
  })

  test('a SIGKILL while the host\'s OOM killer killed a process is DB_QUERY_OOM_KILLED (503, Retry-After); without one it stays DB_QUERY_INTERRUPTED', async () => {
    let oomKills = 41 // the host's count (/proc/vmstat oom_kill), as the test says it is
    const handed: (number | undefined)[] = []
    const killer = createQueryRunner({ dbPath: built.path, timeoutMs: 300, maxRows: 5, processes: 1, oomKills: () => oomKills, observe: { querySent: (sql, pid) => sql === RUNAWAY && handed.push(pid) } })
    /** The runaway's error once its process is SIGKILLed from outside, the OOM kill count raised by `kills` first. */
    async function killedWith(kills: number) {
      const query = killer.run(RUNAWAY).then(() => undefined, (error: unknown) => error)
      while (handed.length === 0) await handOffs()
      oomKills += kills
      process.kill(handed.shift() as number, 'SIGKILL')
      return query
    }
    try {
      expect(await killedWith(1)).toMatchObject({ code: 'DB_QUERY_OOM_KILLED', statusCode: 503, headers: { 'retry-after': '5' }, details: { oom_kills: 1 }, message: expect.stringContaining("host's out-of-memory killer killed 1 process") })
      // The next process, the next query: an operator's kill, with no OOM kill on the host meanwhile.
      expect(await killedWith(0)).toMatchObject({ code: 'DB_QUERY_INTERRUPTED', statusCode: 503 })
      expect(await codeOf(killer.run('SELECT 1'))).toBe('ok')
    } finally {
      killer.close()
    }
  })

  test('one client cannot hold every process: with two, its second runaway waits while another client is answered', async () => {
    const sent: string[] = []
    const pool = createQueryRunner({ dbPath: built.path, timeoutMs: 60_000, maxRows: 5, processes: 2, spare: false, observe: { querySent: (sql) => sent.push(sql) } })
    try {
      await pool.start()
      const runaways = [codeOf(pool.run(RUNAWAY, 'hog')), codeOf(pool.run(`${RUNAWAY} -- 2`, 'hog'))]
      expect(await codeOf(pool.run('SELECT 1', 'other'))).toBe('ok')
      // Only the hog's first runaway was ever handed to a process.
      expect(sent).toEqual([RUNAWAY, 'SELECT 1'])
      // Its waiting queries still count against the per-client limit (4): the runaway and three more wait, the next is refused.
      const more = [2, 3, 4].map((n) => codeOf(pool.run(`SELECT ${n}`, 'hog')))
      expect(await codeOf(pool.run('SELECT 5', 'hog'))).toBe('DB_BUSY')
      pool.close()
      expect(await Promise.all([...runaways, ...more])).toEqual(Array(5).fill('DB_UNAVAILABLE'))
    } finally {
      pool.close()
    }
  })
})
