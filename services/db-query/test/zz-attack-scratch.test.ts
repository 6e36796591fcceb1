import { afterAll, expect, test, vi } from 'vitest'
import { execSync } from 'node:child_process'
import { freePort } from '../../../scripts/launch/ports.js'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_SQL_FILE } from '../src/config.js'
vi.setConfig({ testTimeout: 120_000 })
const signer = await createTestSigner()
const port = await freePort()
const url = `http://127.0.0.1:${port}`
const app = await buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: url, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 10_000, HEIST_QUERY_MAX_ROWS: 200 }, deps: { keys: signer.keys } })
await app.listen({ host: '127.0.0.1', port })
afterAll(() => app.close())
const tok = (c: string) => signer.token(c, ['database_query:use'], { audience: url })
async function q(sql: string, token: string) {
  const t = Date.now()
  const r = await fetch(`${url}/tools/query_db`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: sql }) }).catch((e) => ({ status: 'ERR ' + e.message, text: async () => '' }))
  const text = await r.text()
  return { status: r.status, len: text.length, head: text.slice(0, 160), ms: Date.now() - t }
}
const RUNAWAY = 'WITH RECURSIVE f(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM f) SELECT count(*) FROM f'
test('db attacks', async () => {
  const a = await tok('intel'), b = await tok('safecracker'), c = await tok('hacker')
  for (const sql of ["ATTACH DATABASE '/tmp/x.db' AS x", "SELECT * FROM pragma_database_list", "PRAGMA table_info(guards)", "SELECT load_extension('/tmp/x')", "INSERT INTO guards(name) VALUES('x')", "WITH x AS (SELECT 1) DELETE FROM guards", "SELECT sqlite_version()", "SELECT * FROM sqlite_master LIMIT 2", "SELECT readfile('/etc/passwd')", "VALUES(1) ; ATTACH 'x' AS y", "SELECT * FROM \"pragma_table_info\"('guards')", "SELECT * FROM pragma_table_info/**/('guards')"]) {
    const r = await q(sql, a); console.log(sql, '→', r.status, r.head)
  }
  // runaway from 3 clients + a quick one
  const t0 = Date.now()
  const rs = [] as any[]; void Promise.all; if (0) await Promise.all([q(RUNAWAY, a), q(RUNAWAY, a), q(RUNAWAY, b), q(RUNAWAY, b), q('SELECT 1', c)])
  console.log('runaways', rs.map((r) => `${r.status}/${r.ms}ms`).join(' '), 'total', Date.now() - t0)
  // huge result: many columns x many rows x long cells
  const cols = Array.from({ length: 30 }, (_, i) => `x a${i}`).join(',')
  const joins = Array.from({ length: 20 }, (_, i) => `w w${i}`).join(',')
  const huge = `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r WHERE n<200), v(x) AS (SELECT printf('%.999c','x')), w AS (SELECT ${cols} FROM v) SELECT * FROM r, ${joins}`
  console.log('huge sql len', huge.length)
  const before = process.memoryUsage().rss
  const h = await q(huge, a)
  console.log('huge →', h.status, h.len, h.ms, 'ms', h.head, 'rss delta MB', ((process.memoryUsage().rss - before) / 1e6).toFixed(0))
  console.log('after huge', (await q('SELECT 1', c)).status)
  // kill a child from outside
  const kids = execSync(`pgrep -P ${process.pid} -f query-child || true`).toString().trim().split('\n').filter(Boolean)
  console.log('children', kids)
  for (const k of kids) { try { process.kill(Number(k), 'SIGKILL') } catch {} }
  await new Promise((r) => setTimeout(r, 200))
  console.log('after kill', (await q('SELECT 1', c)).status, (await q('SELECT 2', c)).status)
})
