import type { Cell } from './query-protocol.js'

const MAX_TEXT_CELL = 60

function show(cell: Cell): string {
  const text = cell === null ? 'NULL' : String(cell).replace(/\s+/g, ' ')
  return text.length > MAX_TEXT_CELL ? `${text.slice(0, MAX_TEXT_CELL - 1)}…` : text
}

/** A plain-text table a model reads well: a header, a rule, one line per row, and a footer. */
export function formatTable(columns: string[], rows: Cell[][], truncated: boolean): string {
  const cells = rows.map((row) => row.map(show))
  const widths = columns.map((name, i) => Math.max(name.length, ...cells.map((row) => row[i]?.length ?? 0)))
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ').trimEnd()
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)]
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'}${truncated ? `, truncated: only the first ${rows.length} are shown; narrow the query with WHERE or LIMIT` : ''})`
  return rows.length === 0 ? `${line(columns)}\n(no rows)` : `${out.join('\n')}\n${count}`
}
