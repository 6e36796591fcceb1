/**
 * Reading one query's rows, shared by the query process (the service) and the in-process runner
 * (the evaluation harness), so both answer a query with the same rows.
 */
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { HeistQueryLimits } from './query-limits.js'
import { tableAndRowsJson } from './format-table.js'
import { NOT_A_READER, QUERY_DB_TOOL_NAME, type Cell, type ChildRequest, type QueryOutcome } from './query-protocol.js'

const MAX_CELL_CHARS = 1_000
const TOOL_NAME_JSON = JSON.stringify(QUERY_DB_TOOL_NAME)

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
  // SQLite's REAL overflows to ±Infinity (1e999, 9e307 * 10), which JSON.stringify writes as null:
  // the rows said NULL where the table said Infinity. It travels as text, as a big integer does.
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (value === null || typeof value === 'string') return value
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
export interface ReadyStatement {
  statement: Database.Statement
  columns: string[]
  /** `columns` as JSON, written once: every reply holds it. */
  columnsJson: string
  /**
   * The last run fitted in a small reply (see `fitsSmall`): this run reads its rows with one
   * `all()` call instead of an iterator, whose `next()` built a `{value, done}` object through V8's
   * slow property path for every row (a third of a three-row query's instructions).
   */
  small: boolean
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
      const columns = statement.columns().map((c) => c.name)
      const entry = { statement, columns, columnsJson: JSON.stringify(columns), small: false }
      if (ready.size >= size) ready.delete(ready.keys().next().value as string)
      ready.set(sql, entry)
      return entry
    },
  }
}

/** A reply below this many characters whose rows were all kept and no cell cut lets the next run of its statement read with `all()`. */
const SMALL_REPLY_CHARS = 64 * 1024

/**
 * The rows, at most `maxRows`, and whether there were more. An iterator stops at `maxRows` and cuts
 * each long value as it comes, so a huge result is never held whole; `all()` holds every row at
 * once, so it is used only for a statement whose last run was small. A result that grew since
 * (only through random() or the clock: the file is read-only) is read whole, under the same
 * deadline and heap limit, and cut to `maxRows` after: the same reply, or 400 `DB_QUERY_TIMEOUT` /
 * `DB_TOO_LARGE` if it grew past those, where the iterator would have sent its first rows.
 */
function readRows(ready: ReadyStatement, maxRows: number): { rows: Cell[][]; truncated: boolean } {
  const rows: Cell[][] = []
  if (ready.small) {
    const all = ready.statement.all() as unknown[][]
    const kept = Math.min(all.length, maxRows)
    for (let i = 0; i < kept; i += 1) rows.push(cellsOf(all[i] as unknown[]))
    return { rows, truncated: all.length > maxRows }
  }
  for (const row of ready.statement.iterate() as IterableIterator<unknown[]>) {
    if (rows.length === maxRows) return { rows, truncated: true }
    rows.push(cellsOf(row))
  }
  return { rows, truncated: false }
}

/**
 * A row's cells in a packed array: `map` makes a holey one (it allocates the length first), which
 * `JSON.stringify` reads element by element through V8's generic property lookup.
 */
function cellsOf(row: unknown[]): Cell[] {
  const cells: Cell[] = []
  for (let i = 0; i < row.length; i += 1) cells.push(toCell(row[i]))
  return cells
}

/**
 * No cell of `rows` stood for a large value: none was cut (a cut one ends with the ellipsis
 * `cutCopy` adds, at its limit plus one) and none was a blob (`all()` would hold every blob whole,
 * where the iterator keeps only its size). Either makes the statement's next run read by iterator.
 */
function onlySmallCells(rows: Cell[][]): boolean {
  for (const row of rows) {
    for (const cell of row) if (typeof cell === 'string' && (cell.length === MAX_CELL_CHARS + 1 || cell.startsWith('<blob '))) return false
  }
  return true
}

/**
 * Run one query and build its REST reply (`QueryResult`: the text table and the rows) as JSON
 * text, here rather than in the service, which sends it as it is. The keys are written in the
 * schema's order and are the schema's only (`app.test.ts` checks the reply, byte for byte, against
 * `JSON.stringify` of the schema's parse). Written by hand: the column names' JSON is kept with the
 * statement, and the table and rows are written around each cell's JSON (`tableAndRowsJson`).
 */
export function runQuery(statements: StatementCache, request: Pick<ChildRequest, 'sql' | 'maxRows'>): QueryOutcome {
  const started = performance.now()
  try {
    // Prepared here, under the deadline, never in the service's own thread: compiling a few hundred
    // bytes of nested CTEs can take SQLite minutes, and nothing interrupts it.
    const ready = statements.prepare(request.sql)
    if (ready === null) return { ok: false, name: NOT_A_READER, message: 'the statement does not return rows' }
    const { rows, truncated } = readRows(ready, request.maxRows)
    const written = tableAndRowsJson(ready.columns, rows, truncated)
    const json = `{"tool":${TOOL_NAME_JSON},"result":${written.table},"data":{"columns":${ready.columnsJson},"rows":${written.rows},"row_count":${rows.length},"truncated":${truncated}}}`
    ready.small = !truncated && json.length < SMALL_REPLY_CHARS && onlySmallCells(rows)
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
