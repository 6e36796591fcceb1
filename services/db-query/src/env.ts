import { fileURLToPath } from 'node:url'
import { toolServiceEnv } from '@heist/shared'
import { z } from 'zod'

/** `services/db-query/sql/security.sql`, from `src/` and from `dist/` alike. */
export const DEFAULT_SQL_FILE = fileURLToPath(new URL('../sql/security.sql', import.meta.url))

/** Env of the db-query service: the common tool-service fields and the query limits. */
export const DbQueryEnv = toolServiceEnv('db-query').extend({
  HEIST_SECURITY_SQL: z.string().min(1).default(DEFAULT_SQL_FILE),
  HEIST_QUERY_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1_000),
  HEIST_QUERY_MAX_ROWS: z.coerce.number().int().min(1).max(10_000).default(200),
  /** Query processes (one query at a time each); unset: one per core, at most two. */
  HEIST_QUERY_PROCESSES: z.coerce.number().int().min(1).max(8).optional(),
  /** V8's heap limit of each query process, in MB; unset: `HeistQueryLimits.defaultHeapMb`. Under the 320 MB rlimit. */
  HEIST_QUERY_HEAP_MB: z.coerce.number().int().min(16).max(256).optional(),
})
export type DbQueryConfig = z.output<typeof DbQueryEnv>
