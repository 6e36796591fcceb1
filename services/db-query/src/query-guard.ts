import { HeistError } from '@heist/shared'
import { NOT_A_READER } from './query-protocol.js'

const WRITE_WORDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'REPLACE', 'UPSERT', 'CREATE', 'DROP', 'ALTER', 'VACUUM', 'REINDEX', 'ANALYZE'])
const READ_WORDS = new Set(['SELECT', 'WITH', 'VALUES'])
// Table-valued pragmas would reveal internals such as the database file's path; /tools/schema covers the schema.
const PRAGMA_FUNCTIONS = /\bpragma_\w+/i

/** The first keyword of a statement, after leading blanks, comments and parentheses. */
export function firstKeyword(sql: string): string {
  const stripped = sql.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/|\()*/, '')
  return /^[A-Za-z]+/.exec(stripped)?.[0].toUpperCase() ?? ''
}

function queryError(code: string, message: string): HeistError {
  return new HeistError(code, message, 400)
}

/** Turn a SQLite message into a coded error a model can act on, with no internals. */
export function describeSqliteError(error: unknown, tables: string[]): HeistError {
  const message = error instanceof Error ? error.message : String(error)
  // Replies from the query process carry the error's name, not its class.
  const name = error instanceof Error ? error.name : ''
  if (name === NOT_A_READER) return queryError('DB_READ_ONLY', 'the security database is read-only: only queries that return rows are allowed')
  if (name === 'RangeError' && /more than one statement/.test(message)) {
    return queryError('DB_MULTIPLE_STATEMENTS', 'send exactly one statement (no ";" followed by another statement)')
  }
  if (/^no such table: /.test(message)) return queryError('DB_UNKNOWN_TABLE', `${message} (tables: ${tables.join(', ')})`)
  if (/^no such column: /.test(message)) return queryError('DB_UNKNOWN_COLUMN', `${message} (GET /tools/schema lists the columns)`)
  if (/syntax error|incomplete input|unrecognized token/.test(message)) return queryError('DB_SYNTAX', message)
  if (/readonly|read-only|query_only/i.test(message)) return queryError('DB_READ_ONLY', 'the security database is read-only')
  // SQLite's allocations under the rlimit, then the process's own: a frame buffer or a string that cannot grow.
  if (/out of memory|string or blob too big|is limited to \d+ bytes|allocation failed|Invalid string length/i.test(message)) return queryError('DB_TOO_LARGE', `the query produces values that are too large${/is limited to/.test(message) ? ` (${message})` : ''}`)
  // SQLite messages name tables, columns and functions, never files; drop anything path-like anyway.
  return queryError('DB_QUERY_ERROR', message.replace(/(?:[A-Za-z]:)?[/\\][^\s'"]+/g, '<path>').slice(0, 300))
}

/**
 * Refuse anything but a read-only query before it is queued, by its text alone: SELECT/WITH/VALUES
 * only, no pragma functions. Compiling it is left to the query process, under the deadline (a
 * prepare in this thread could block the service for minutes); there one statement only, and one
 * SQLite reports as a reader, is run.
 */
export function checkQuery(sql: string): void {
  const keyword = firstKeyword(sql)
  if (WRITE_WORDS.has(keyword)) throw queryError('DB_READ_ONLY', `the security database is read-only: ${keyword} is not allowed`)
  if (!READ_WORDS.has(keyword)) {
    throw queryError('DB_NOT_ALLOWED', `only SELECT or WITH queries are allowed${keyword ? `, not ${keyword}` : ''}`)
  }
  if (PRAGMA_FUNCTIONS.test(sql)) throw queryError('DB_NOT_ALLOWED', 'pragma functions are not allowed; GET /tools/schema lists the tables and columns')
}
