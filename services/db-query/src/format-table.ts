import type { Cell } from './query-protocol.js'

const MAX_TEXT_CELL = 60
/** A blank other than a space, or two spaces: only then does collapsing blanks change a cell. */
const UNEVEN_BLANKS = /[^\S ]| {2}/

function show(cell: Cell): string {
  if (cell === null) return 'NULL'
  let text = typeof cell === 'string' ? cell : String(cell)
  if (UNEVEN_BLANKS.test(text)) text = text.replace(/\s+/g, ' ')
  return text.length > MAX_TEXT_CELL ? `${text.slice(0, MAX_TEXT_CELL - 1)}…` : text
}

/** Cells padded to their column's width, joined by " | ", without trailing blanks. */
function line(values: string[], widths: number[]): string {
  let text = ''
  for (let i = 0; i < values.length; i += 1) text += i === 0 ? (values[i] as string).padEnd(widths[i] ?? 0) : ` | ${(values[i] as string).padEnd(widths[i] ?? 0)}`
  return text.trimEnd()
}

/**
 * A plain-text table a model reads well: a header, a rule, one line per row, and a footer.
 * Built in the query process for every answer, so in plain loops.
 */
export function formatTable(columns: string[], rows: Cell[][], truncated: boolean): string {
  const widths = columns.map((name) => name.length)
  const cells: string[][] = []
  for (const row of rows) {
    const shown = row.map(show)
    for (let i = 0; i < shown.length; i += 1) if ((shown[i] as string).length > (widths[i] ?? 0)) widths[i] = (shown[i] as string).length
    cells.push(shown)
  }
  const header = line(columns, widths)
  if (rows.length === 0) return `${header}\n(no rows)`
  let text = `${header}\n${widths.map((w) => '-'.repeat(w)).join('-+-')}`
  for (const shown of cells) text += `\n${line(shown, widths)}`
  return `${text}\n(${rows.length} row${rows.length === 1 ? '' : 's'}${truncated ? `, truncated: only the first ${rows.length} are shown; narrow the query with WHERE or LIMIT` : ''})`
}
