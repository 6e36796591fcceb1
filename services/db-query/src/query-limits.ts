/**
 * Memory limits of the query process, by construction rather than by reading the SQL:
 * no question about the bank needs more than this, and no spelling of a query gets past it.
 */
export const HeistQueryLimits = {
  /** Largest blob `randomblob()` / `zeroblob()` make (SQLite's own bound is 1 GB). */
  maxBlobBytes: 1_000_000,
  /**
   * RLIMIT_DATA of the query process: every allocation past it fails, so SQLite answers
   * "out of memory" (a 400 `DB_TOO_LARGE`) for `printf('%.*c', 1e9, 'x')`, `x || x` doubled
   * in a CTE or a huge `group_concat` alike. Node itself needs about 80 MB of it.
   */
  maxDataBytes: 320 * 1024 * 1024,
  /**
   * V8's old-space limit of the query process by default, in MB (`HEIST_QUERY_HEAP_MB`). Below the
   * rlimit, so V8 reaches its own limit first, collects garbage at it and, if the rows still do
   * not fit, aborts (SIGABRT: the caller gets 400 `DB_TOO_LARGE`); at the rlimit an allocation
   * simply fails wherever it lands. The largest reply (200 rows of cells cut at 1,000 characters)
   * fits with room to spare unless it has hundreds of columns.
   */
  defaultHeapMb: 160,
} as const
