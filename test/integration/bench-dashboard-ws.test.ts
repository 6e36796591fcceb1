import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'

// A bench that cannot run is a defect nobody sees until someone wants its figures: this one once
// signed its orchestrator's token for the test app's fixed issuer and audience while its dashboard
// ran on a random port, and every run died with "upgrade refused: HTTP 401". The smallest run
// (a few seconds) still goes through every step: fake oauth, dashboard process, orchestrator link,
// browsers, storage.
test('bench/dashboard-ws.ts runs end to end at its smallest size', async () => {
  const args = ['--conditions=heist-source', '--import', 'tsx', join(ROOT, 'bench/dashboard-ws.ts'),
    '--clients', '2', '--events', '1', '--rounds', '1', '--workers', '1', '--gap', '1', '--store', '20']
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, timeout: 90_000 })
  expect(stdout).toMatch(/^ {2}dashboard +p50 [\d.]+ ms/m)
  expect(stdout).toMatch(/dashboard \d+\/s vs raw better-sqlite3/)
})
