/**
 * Reading one query's rows, shared by the query process (the service) and the in-process runner
 * (the evaluation harness), so both answer a query with the same rows.
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { HeistQueryLimits } from './query-limits.js'
import { formatTable } from './format-table.js'
import { NOT_A_READER, QUERY_DB_TOOL_NAME, type Cell, type ChildRequest, type QueryOutcome } from './query-protocol.js'

const MAX_CELL_CHARS = 1_000

/**
 * A long value's first `MAX_CELL_CHARS` characters, copied. A plain `slice` is a view that keeps
 * the whole value alive (V8's sliced strings), so 200 rows of 1 MB values held 200 MB until the
 * reply was built and ran the query process out of memory; the copy holds 2 KB a cell. The
 * UTF-16 round trip keeps every code unit as it was, a surrogate cut in half included.
 */
function cutCopy(value: string): string {
  return Buffer.from(`${value.slice(0, MAX_CELL_CHARS)}…`, 'utf16le').toString('utf16le')
}

function toCell(value: unknown): Cell {
  if (typeof value === 'bigint') {
    // safeIntegers: every INTEGER arrives as a bigint; past 2^53 it travels as exact digits.
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString()
  }
  if (typeof value === 'string' && value.length > MAX_CELL_CHARS) return cutCopy(value)
  if (value === null || typeof value === 'number' || typeof value === 'string') return value
  if (Buffer.isBuffer(value)) return `<blob ${value.length} bytes>`
  return String(value)
}

/** A blob size argument checked against the limit; SQLite's own functions would take up to 1 GB. */
function blobSize(name: string, n: unknown): number {
  const size = typeof n === 'bigint' ? Number(n) : typeof n === 'number' ? Math.trunc(n) : Number.NaN
  if (!Number.isFinite(size)) return 1
  if (size > HeistQueryLimits.maxBlobBytes) throw new RangeError(`${name}() is limited to ${HeistQueryLimits.maxBlobBytes} bytes`)
  return Math.max(size, 1)
}

/**
 * Replace SQLite's blob makers (same names, same arity, so every spelling of the call —
 * quoted, commented, any case — reaches these) with bounded ones.
 */
export function boundBlobFunctions(db: Database.Database): void {
  db.function('randomblob', { deterministic: false, safeIntegers: true }, (n: unknown) => randomBytes(blobSize('randomblob', n)))
  db.function('zeroblob', { deterministic: true, safeIntegers: true }, (n: unknown) => Buffer.alloc(blobSize('zeroblob', n)))
}

/** A compiled query ready to run again: the statement (raw rows, exact integers) and its column names. */
interface ReadyStatement {
  statement: Database.Statement
  columns: string[]
}

/** A connection's compiled queries, by their text. */
export interface StatementCache {
  db: Database.Database
  /** The statement for `sql`, or null when it returns no rows (a write or a pragma that sets). */
  prepare(sql: string): ReadyStatement | null
}

/** Compiled statements kept per connection, by SQL text: agents repeat their queries. */
const STATEMENT_CACHE_SIZE = 64

/**
 * Compiles queries on `db`, keeping the last `STATEMENT_CACHE_SIZE` by their exact text, so a
 * repeated query skips SQLite's parser and planner. A query is still compiled the first time in
 * the query process, under the deadline; a cached one is only a reader that compiled before.
 */
export function statementCache(db: Database.Database, size = STATEMENT_CACHE_SIZE): StatementCache {
  const ready = new Map<string, ReadyStatement>()
  return {
    db,
    prepare(sql) {
      const cached = ready.get(sql)
      if (cached !== undefined) {
        // Least recently used last out: a hit moves to the end.
        ready.delete(sql)
        ready.set(sql, cached)
        return cached
      }
      const prepared = db.prepare(sql)
      if (!prepared.reader) return null
      const statement = prepared.raw(true).safeIntegers(true)
      const entry = { statement, columns: statement.columns().map((c) => c.name) }
      if (ready.size >= size) ready.delete(ready.keys().next().value as string)
      ready.set(sql, entry)
      return entry
    },
  }
}

/**
 * Run one query and build its REST reply (`QueryResult`: the text table and the rows) as JSON
 * text, here rather than in the service, which sends it as it is. The keys are written in the
 * schema's order and are the schema's only (`app.test.ts` checks the reply against it).
 */
export function runQuery(statements: StatementCache, request: Pick<ChildRequest, 'sql' | 'maxRows'>): QueryOutcome {
  const started = performance.now()
  try {
    // Prepared here, under the deadline, never in the service's own thread: compiling a few hundred
    // bytes of nested CTEs can take SQLite minutes, and nothing interrupts it.
    const ready = statements.prepare(request.sql)
    if (ready === null) return { ok: false, name: NOT_A_READER, message: 'the statement does not return rows' }
    const rows: Cell[][] = []
    let truncated = false
    for (const row of ready.statement.iterate() as IterableIterator<unknown[]>) {
      if (rows.length === request.maxRows) {
        truncated = true
        break
      }
      rows.push(row.map(toCell))
    }
    const { columns } = ready
    const json = JSON.stringify({ tool: QUERY_DB_TOOL_NAME, result: formatTable(columns, rows, truncated), data: { columns, rows, row_count: rows.length, truncated } })
    return { ok: true, json, ms: performance.now() - started }
  } catch (error) {
    return { ok: false, name: error instanceof Error ? error.constructor.name : 'Error', message: error instanceof Error ? error.message : String(error) }
  }
}

/** The security database opened the way the query process opens it: read-only, blob makers bounded. */
export function openForQueries(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  db.pragma('query_only = ON')
  // The file is built once at start and never written again, so the shared lock taken by the first
  // read is held for good: each query then skips SQLite's lock, unlock and change-counter read
  // (fcntl and pread calls), about 25 of the 28 µs a three-row query took. Readers' shared locks do
  // not exclude each other, and the kernel drops a killed process's lock with it.
  db.pragma('locking_mode = EXCLUSIVE')
  boundBlobFunctions(db)
  return db
}
