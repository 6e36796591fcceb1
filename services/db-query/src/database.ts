import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** A freshly built copy of the security database on disk, and how to remove it. */
export interface BuiltDatabase {
  path: string
  remove(): void
}

/**
 * Build the security database from its committed SQL into a private temp folder. The
 * service then opens it read-only, so nothing a query does can change it.
 */
export function buildSecurityDatabase(sqlFile: string): BuiltDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'heist-db-query-'))
  const path = join(dir, 'security.db')
  const db = new Database(path)
  try {
    db.exec(readFileSync(sqlFile, 'utf8'))
  } finally {
    db.close()
  }
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Open a database file so that no statement can write, whatever it is. */
export function openReadOnly(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  db.pragma('query_only = ON')
  return db
}

/** Tables and columns, for `GET /tools/schema` and for error hints. */
export function readSchema(db: Database.Database): { name: string; columns: { name: string; type: string }[] }[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  return tables.map((name) => ({
    name,
    columns: (db.prepare('SELECT name, type FROM pragma_table_info(?)').all(name) as { name: string; type: string }[]).map((c) => ({ name: c.name, type: c.type || 'ANY' })),
  }))
}
