import type { DbSchema, QueryResult } from '@heist/shared'
import { buildSecurityDatabase, openReadOnly, readSchema } from './database.js'
import { formatTable } from './format-table.js'
import { checkQuery, describeSqliteError } from './query-guard.js'
import { createQueryRunner } from './query-runner.js'
import { openForQueries, runQuery, statementCache } from './query-rows.js'

export interface SecurityDbOptions {
  sqlFile: string
  timeoutMs: number
  maxRows: number
  /**
   * Run queries in this thread instead of the query process: the same rows (the same reading
   * code), no IPC round trip, but no deadline and no memory bound. Only for callers whose queries
   * are known to finish (the evaluation harness, where simulated agents send a few fixed queries);
   * the service always uses the process.
   */
  inProcess?: boolean
  /** Query processes; default `DEFAULT_QUERY_PROCESSES`. */
  processes?: number
}

/** The bank's security database: built at start, read-only, queried with a deadline. */
export interface SecurityDb {
  schema: DbSchema
  /** Run one read-only query; `client` is whose turn it is in the fair queue. */
  query(sql: string, client?: string): Promise<{ text: string; data: QueryResult['data'] }>
  close(): void
}

/** The query process's reading code on a connection of this thread (see `SecurityDbOptions.inProcess`). */
function inProcessRunner(path: string, maxRows: number): Pick<ReturnType<typeof createQueryRunner>, 'start' | 'run' | 'close'> {
  const statements = statementCache(openForQueries(path))
  let id = 0
  return {
    start: async () => {},
    run: async (sql) => runQuery(statements, { id: ++id, sql, maxRows }),
    close: () => statements.db.close(),
  }
}

export async function openSecurityDb(options: SecurityDbOptions): Promise<SecurityDb> {
  const built = buildSecurityDatabase(options.sqlFile)
  const db = openReadOnly(built.path)
  const schema: DbSchema = { tables: readSchema(db) }
  const tables = schema.tables.map((t) => t.name)
  const runner = options.inProcess
    ? inProcessRunner(built.path, options.maxRows)
    : createQueryRunner({ dbPath: built.path, timeoutMs: options.timeoutMs, maxRows: options.maxRows, ...(options.processes !== undefined ? { processes: options.processes } : {}) })
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
      checkQuery(sql)
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
