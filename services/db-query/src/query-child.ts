/**
 * Runs queries for the db-query service in a separate process. better-sqlite3 cannot
 * interrupt a running statement, so the parent kills this process when a query overruns.
 */
import Database from 'better-sqlite3'
import type { ChildReply, ChildRequest, Cell } from './query-protocol.js'

const MAX_CELL_CHARS = 1_000

function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'number' || typeof value === 'string') {
    return typeof value === 'string' && value.length > MAX_CELL_CHARS ? `${value.slice(0, MAX_CELL_CHARS)}…` : value
  }
  if (Buffer.isBuffer(value)) return `<blob ${value.length} bytes>`
  return String(value)
}

function run(db: Database.Database, request: ChildRequest): ChildReply {
  try {
    const statement = db.prepare(request.sql).raw(true)
    const columns = statement.columns().map((c) => c.name)
    const rows: Cell[][] = []
    let truncated = false
    for (const row of statement.iterate() as IterableIterator<unknown[]>) {
      if (rows.length === request.maxRows) {
        truncated = true
        break
      }
      rows.push(row.map(toCell))
    }
    return { id: request.id, ok: true, columns, rows, truncated }
  } catch (error) {
    return { id: request.id, ok: false, name: error instanceof Error ? error.constructor.name : 'Error', message: error instanceof Error ? error.message : String(error) }
  }
}

const path = process.argv[2]
if (!path || !process.send) process.exit(2)
const db = new Database(path, { readonly: true, fileMustExist: true })
db.pragma('query_only = ON')
process.on('message', (request: ChildRequest) => process.send?.(run(db, request)))
process.send({ ready: true })
