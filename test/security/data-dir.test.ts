/**
 * Threat: another user of the machine (in scope: docs/security.md, "anyone with loopback access …
 * another user's process") reads the sealed game from the data directory: the dashboard's
 * `game_secrets` table or the orchestrator's audit log name the mole in plain text. The `.env` file
 * and the signing key were owner-only; the files holding the mole were created 0644 in 0755 folders.
 * Each service's folder is now owner-only (0700), also one an older fleet created open.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import type { SessionEvent } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb } from '../../services/dashboard/src/db.js'
import { createEventStore } from '../../services/dashboard/src/event-store.js'
import { openDatabase as openDetectionDb } from '../../services/detection/src/store.js'
import { openDatabase as openMemoryDb } from '../../services/memory/src/db.js'
import { loadOrCreateSigningKey } from '../../services/oauth/src/signing-key.js'
import { createEventLog } from '../../services/orchestrator/src/adapters/event-log.js'

/** True when a user who is neither the owner nor in the group can open `file` for reading. */
function readableByOthers(root: string, file: string): boolean {
  const folders: string[] = []
  for (let dir = dirname(file); relative(root, dir) !== '..' && dir !== dirname(dir); dir = dirname(dir)) {
    folders.push(dir)
    if (dir === root) break
  }
  return folders.every((dir) => (statSync(dir).mode & 0o001) !== 0) && (statSync(file).mode & 0o004) !== 0
}

const sealed = (seq: number): SessionEvent => ({ session_id: 'h-data1', seq, ts: new Date().toISOString(), type: 'game_sealed', mole: 'intel', strategy: 'false_info', seed: 7 })

describe('the data directory keeps the sealed game from other local users', () => {
  let dataDir: string

  beforeAll(() => {
    // As the launcher makes it (mkdir under the default umask): open to everyone.
    dataDir = mkdtempSync(join(tmpdir(), 'heist-data-'))
    chmodSync(dataDir, 0o755)
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it("the orchestrator's audit log, which holds game_sealed", () => {
    const log = createEventLog(join(dataDir, 'orchestrator', 'sessions'))
    log.append(sealed(1))
    const file = join(log.dir, 'h-data1.jsonl')
    expect(readFileSync(file, 'utf8')).toContain('"mole":"intel"')
    expect(readableByOthers(dataDir, file)).toBe(false)
  })

  it("the dashboard's database, whose game_secrets table names the mole", () => {
    const path = join(dataDir, 'dashboard', 'dashboard.db')
    const db = openDb(path)
    createEventStore(db).ingest(sealed(1))
    expect(db.prepare('SELECT mole FROM game_secrets').pluck().get()).toBe('intel')
    db.close()
    for (const file of [path, `${path}-wal`]) expect(readableByOthers(dataDir, file), file).toBe(false)
  })

  it('a folder an older fleet created open is closed at the next start', () => {
    const open = (dir: string) => {
      mkdirSync(dir, { recursive: true })
      chmodSync(dir, 0o755)
    }
    for (const service of ['dashboard', 'detection', 'memory']) open(join(dataDir, 'old', service))
    open(join(dataDir, 'old', 'orchestrator', 'sessions'))
    openDb(join(dataDir, 'old', 'dashboard', 'dashboard.db')).close()
    openDetectionDb(join(dataDir, 'old', 'detection', 'detection.db')).close()
    openMemoryDb(join(dataDir, 'old', 'memory', 'memory.db')).close()
    createEventLog(join(dataDir, 'old', 'orchestrator', 'sessions'))
    for (const dir of ['dashboard', 'detection', 'memory', 'orchestrator/sessions']) {
      expect(statSync(join(dataDir, 'old', dir)).mode & 0o777, dir).toBe(0o700)
    }
  })

  it('the signing key stays owner-only, its folder too', async () => {
    const path = join(dataDir, 'oauth', 'signing-key.json')
    await loadOrCreateSigningKey(path)
    expect(readableByOthers(dataDir, path)).toBe(false)
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700)
  })
})
