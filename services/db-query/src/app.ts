import { createServiceApp, toolAuth, type ToolAppConfig, type ToolServiceDeps } from '@heist/shared'
import { toolMcp } from '@heist/shared/mcp-server'
import { queryRoutes } from './routes/query.js'
import { QUERY_MEMORY_BOUNDED } from './query-process.js'
import type { QueryRunnerOptions } from './query-runner.js'
import { openSecurityDb } from './security-db.js'
import { queryDbTool } from './tool.js'

export type DbQueryDeps = ToolServiceDeps & {
  /** Told when a query process starts and a query is handed to it (tests that kill a process find it by this). */
  observeQueries?: QueryRunnerOptions['observe']
  /** The host's OOM kill count (default /proc/vmstat's; see `QueryRunnerOptions.oomKills`). */
  oomKills?: QueryRunnerOptions['oomKills']
}

type AppConfig = ToolAppConfig & {
  HEIST_SECURITY_SQL: string
  HEIST_QUERY_TIMEOUT_MS: number
  HEIST_QUERY_MAX_ROWS: number
  HEIST_QUERY_PROCESSES?: number | undefined
  HEIST_QUERY_HEAP_MB?: number | undefined
}

/** The db-query tool service: the bank's security database, read-only, over REST and MCP, behind `database_query:use`. */
export async function buildApp({ config, deps = {} }: { config: AppConfig; deps?: DbQueryDeps }) {
  const db = await openSecurityDb({ sqlFile: config.HEIST_SECURITY_SQL, timeoutMs: config.HEIST_QUERY_TIMEOUT_MS, maxRows: config.HEIST_QUERY_MAX_ROWS, ...(config.HEIST_QUERY_PROCESSES !== undefined ? { processes: config.HEIST_QUERY_PROCESSES } : {}), ...(config.HEIST_QUERY_HEAP_MB !== undefined ? { heapMb: config.HEIST_QUERY_HEAP_MB } : {}), ...(deps.observeQueries ? { observe: deps.observeQueries } : {}), ...(deps.oomKills ? { oomKills: deps.oomKills } : {}) })
  const app = await createServiceApp({
    name: 'db-query',
    logLevel: config.LOG_LEVEL, hosts: config,
    bodyLimit: 16 * 1024,
    healthChecks: {
      database: () => `${db.schema.tables.length} tables`,
      // Without util-linux's prlimit (say, on macOS) a query's memory is bounded only by SQLite's 1 GB value cap.
      query_memory: () => (QUERY_MEMORY_BOUNDED ? 'bounded (rlimit)' : 'unbounded: prlimit not found'),
    },
  })
  app.addHook('onClose', async () => db.close())
  // serveTools without its REST route: queryRoutes serves POST /tools/query_db with the query process's JSON.
  await toolAuth(app, config, deps)
  queryRoutes(app, db)
  await toolMcp(app, config, deps, 'db-query', [queryDbTool(db)])
  return app
}
