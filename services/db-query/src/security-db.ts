import type { DbSchema, QueryResult } from '@heist/shared'
import { buildSecurityDatabase, openReadOnly, readSchema } from './database.js'
import { formatTable } from './format-table.js'
import { checkQuery, describeSqliteError } from './query-guard.js'
import { createQueryRunner } from './query-runner.js'

export interface SecurityDbOptions {
  sqlFile: string
  timeoutMs: number
  maxRows: number
}

/** The bank's security database: built at start, read-only, queried with a deadline. */
export interface SecurityDb {
  schema: DbSchema
  /** Run one read-only query; `client` is whose turn it is in the fair queue. */
  query(sql: string, client?: string): Promise<{ text: string; data: QueryResult['data'] }>
  close(): void
}

export async function openSecurityDb(options: SecurityDbOptions): Promise<SecurityDb> {
  const built = buildSecurityDatabase(options.sqlFile)
  const db = openReadOnly(built.path)
  const schema: DbSchema = { tables: readSchema(db) }
  const tables = schema.tables.map((t) => t.name)
  const runner = createQueryRunner({ dbPath: built.path, timeoutMs: options.timeoutMs, maxRows: options.maxRows })
  try {
    await runner.start()
  } catch (error) {
    db.close()
    built.remove()
    throw error
  }
  return {
    schema,
    async query(sql, client) {
      checkQuery(db, sql, tables)
      const reply = await runner.run(sql, client)
      if (!reply.ok) throw describeSqliteError(Object.assign(new Error(reply.message), { name: reply.name }), tables)
      const data = { columns: reply.columns, rows: reply.rows, row_count: reply.rows.length, truncated: reply.truncated }
      return { text: formatTable(reply.columns, reply.rows, reply.truncated), data }
    },
    close() {
      runner.close()
      db.close()
      built.remove()
    },
  }
}
