import { dirname } from 'node:path'
import { ensurePrivateDir } from './private-dir.js'

/**
 * The part of a better-sqlite3 handle that setting up a database needs. Structural, so
 * `shared` does not load the native module for services that keep no SQLite file.
 */
export interface SqliteHandle {
  pragma(source: string, options?: { simple?: boolean }): unknown
  exec(source: string): unknown
  transaction(fn: () => void): () => void
}

/** Create the folder a database file lives in, owner-only (nothing for `:memory:`): the service's own folder of the data directory. */
export function ensureDatabaseDir(file: string): string {
  if (file !== ':memory:') ensurePrivateDir(dirname(file))
  return file
}

/**
 * Configure a fresh handle the fleet's way (WAL, a busy timeout, foreign keys) and apply the
 * pending schema migrations in order, each in its own transaction, recording progress in
 * `PRAGMA user_version`. Migrations are append-only: a shipped entry never changes.
 */
export function setUpDatabase<D extends SqliteHandle>(db: D, migrations: readonly string[]): D {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  const current = Number(db.pragma('user_version', { simple: true }))
  if (current > migrations.length) {
    throw new Error(`database schema version ${current} is newer than this code knows (${migrations.length})`)
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] as string)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
  return db
}
