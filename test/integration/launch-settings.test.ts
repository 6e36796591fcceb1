import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchFleet, type RunningFleet } from '../../scripts/launch/fleet.js'
import { clientToken, ROOT } from '../support/fleet.js'

// A tuning setting written in `.env` reaches its service under `pnpm start`, as the README says and
// as docker-compose.yml passes it (compose-config.test.ts checks the compose side by name, the Docker
// test for real). HEIST_QUERY_TIMEOUT_MS=2500 in .env was dropped in silence: db-query kept its 1 s.
// The shell still wins over the file.
const QUERY_TIMEOUT_MS = 2_500
const TOKEN_TTL_S = 1_200
// Counts to a billion: far past any deadline, so the deadline decides when it ends.
const RUNAWAY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c'

describe('settings in .env reach the services under the launcher (real processes)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'heist-settings-'))
  let fleet: RunningFleet

  beforeAll(async () => {
    const envFile = join(scratch, '.env')
    // What a user adds by hand; the launcher appends the secrets below it.
    writeFileSync(envFile, `HEIST_QUERY_TIMEOUT_MS=${QUERY_TIMEOUT_MS}\nHEIST_QUERY_MAX_ROWS=7\nHEIST_TOKEN_TTL_S=${TOKEN_TTL_S}\n`)
    fleet = await launchFleet({
      root: ROOT, only: ['db-query'], dataDir: join(scratch, 'data'), envFile, autoPorts: true, graceMs: 3_000,
      // HEIST_QUERY_MAX_ROWS from the shell wins over the file's 7.
      outer: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', HEIST_QUERY_MAX_ROWS: '3' },
    })
  }, 120_000)
  afterAll(async () => {
    await fleet?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  async function query(sql: string): Promise<{ status: number; body: { data?: { rows: unknown[]; truncated: boolean }; error?: { code: string; message: string } } }> {
    const token = await clientToken(fleet, 'intel', { resource: 'db-query' })
    const reply = await fetch(`${fleet.urls['db-query']}/tools/query_db`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query: sql }),
    })
    return { status: reply.status, body: (await reply.json()) as { data?: { rows: unknown[]; truncated: boolean }; error?: { code: string; message: string } } }
  }

  test("db-query's deadline is the file's HEIST_QUERY_TIMEOUT_MS, its row limit the shell's HEIST_QUERY_MAX_ROWS", async () => {
    const runaway = await query(RUNAWAY)
    expect(runaway.status, JSON.stringify(runaway.body)).toBe(400)
    expect(runaway.body.error?.code).toBe('DB_QUERY_TIMEOUT')
    expect(runaway.body.error?.message).toContain(`longer than ${QUERY_TIMEOUT_MS} ms`)
    const many = await query('SELECT name FROM guards')
    expect(many.status, JSON.stringify(many.body)).toBe(200)
    expect(many.body.data).toMatchObject({ truncated: true })
    expect(many.body.data?.rows).toHaveLength(3)
  }, 30_000)

  test("oauth and db-query both take the file's HEIST_TOKEN_TTL_S: a 1200 s token is issued and accepted", async () => {
    const token = await clientToken(fleet, 'intel', { resource: 'db-query' })
    const [, payload] = token.split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as { iat: number; exp: number }
    expect(claims.exp - claims.iat).toBe(TOKEN_TTL_S)
    expect((await query('SELECT 1 AS one')).status).toBe(200)
  })
})
