import type { DbSchema, QueryResult } from '@heist/shared'
import { buildSecurityDatabase, openReadOnly, readSchema } from './database.js'
import { checkQuery, describeSqliteError } from './query-guard.js'
import { createQueryRunner, type QueryRunnerOptions } from './query-runner.js'
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
  /** V8's heap limit of each query process in MB; default `HeistQueryLimits.defaultHeapMb`. */
  heapMb?: number
  /** See `QueryRunnerOptions.observe`. */
  observe?: QueryRunnerOptions['observe']
  /** See `QueryRunnerOptions.oomKills`. */
  oomKills?: QueryRunnerOptions['oomKills']
}

/** The bank's security database: built at start, read-only, queried with a deadline. */
export interface SecurityDb {
  schema: DbSchema
  /**
   * Run one read-only query; `client` is whose turn it is in the fair queue. Resolves with the
   * REST reply as the query process wrote it: a `QueryResult`'s JSON, sent as it is.
   */
  queryJson(sql: string, client?: string): Promise<Buffer>
  /** The same, parsed: the text table and the rows (MCP, the evaluation harness). */
  query(sql: string, client?: string): Promise<{ text: string; data: QueryResult['data'] }>
  close(): void
}

/** The query process's reading code on a connection of this thread (see `SecurityDbOptions.inProcess`). */
function inProcessRunner(path: string, maxRows: number): Pick<ReturnType<typeof createQueryRunner>, 'start' | 'run' | 'close'> {
  const statements = statementCache(openForQueries(path))
  let id = 0
  return {
    start: async () => {},
    run: async (sql) => {
      const outcome = runQuery(statements, { sql, maxRows })
      return outcome.ok ? { id: ++id, ok: true, json: Buffer.from(outcome.json), ms: outcome.ms } : { id: ++id, ...outcome }
    },
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
    : createQueryRunner({ dbPath: built.path, timeoutMs: options.timeoutMs, maxRows: options.maxRows, ...(options.processes !== undefined ? { processes: options.processes } : {}), ...(options.heapMb !== undefined ? { heapMb: options.heapMb } : {}), ...(options.observe ? { observe: options.observe } : {}), ...(options.oomKills ? { oomKills: options.oomKills } : {}) })
  try {
    await runner.start()
  } catch (error) {
    db.close()
    built.remove()
    throw error
  }
  async function queryJson(sql: string, client?: string): Promise<Buffer> {
    checkQuery(sql)
    const reply = await runner.run(sql, client)
    if (!reply.ok) throw describeSqliteError(Object.assign(new Error(reply.message), { name: reply.name }), tables)
    return reply.json
  }
  return {
    schema,
    queryJson,
    async query(sql, client) {
      // Built by this code's query process (`runQuery`), so parsed, not checked again.
      const { result, data } = JSON.parse((await queryJson(sql, client)).toString()) as QueryResult
      return { text: result, data }
    },
    close() {
      runner.close()
      db.close()
      built.remove()
    },
  }
}
