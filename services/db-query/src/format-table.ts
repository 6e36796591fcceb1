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

function footer(count: number, truncated: boolean): string {
  return `(${count} row${count === 1 ? '' : 's'}${truncated ? `, truncated: only the first ${count} are shown; narrow the query with WHERE or LIMIT` : ''})`
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
  return `${text}\n${footer(rows.length, truncated)}`
}

/** What `JSON.stringify` escapes in a string: `"`, `\`, control characters, and lone surrogates (any surrogate sends the text to `JSON.stringify`). */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/

/** `JSON.stringify(text)` without its quotes: a text with nothing to escape is its own. */
function jsonInner(text: string): string {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text).slice(1, -1) : text
}

/**
 * `JSON.stringify(formatTable(columns, rows, truncated))` and `JSON.stringify(rows)`, written
 * around each cell's JSON instead. `JSON.stringify` of the finished table scanned every character
 * of it, padding and rules included, and the rows' strings were scanned again: 15 % of a
 * three-row query's instructions in the query process (issue 16). Here each cell is checked for
 * characters JSON escapes once (a cell shown unchanged lends its JSON to the rows), and the
 * padding, rules and line breaks are written as JSON directly. Same bytes: tested against both
 * `JSON.stringify`s. The table's lines are joined with the JSON escape of a line break; a row's
 * line keeps `formatTable`'s trimming (a shown cell holds no blank but single spaces, and no
 * escape ends in one, so trimming the JSON line is trimming the line); the header, whose column
 * names are not cleaned by `show`, is trimmed first and escaped after.
 */
export function tableAndRowsJson(columns: string[], rows: Cell[][], truncated: boolean): { table: string; rows: string } {
  const widths = columns.map((name) => name.length)
  const shownRows: string[][] = []
  for (const row of rows) {
    const shown: string[] = []
    for (let i = 0; i < row.length; i += 1) {
      const text = show(row[i] as Cell)
      if (text.length > (widths[i] ?? 0)) widths[i] = text.length
      shown.push(text)
    }
    shownRows.push(shown)
  }
  const header = jsonInner(line(columns, widths))
  if (rows.length === 0) return { table: `"${header}\\n(no rows)"`, rows: '[]' }
  let table = `"${header}\\n${widths.map((w) => '-'.repeat(w)).join('-+-')}`
  let rowsJson = '['
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as Cell[]
    const shown = shownRows[r] as string[]
    const last = shown.length - 1
    let text = ''
    let json = r === 0 ? '[' : ',['
    let trailingBlank = false
    for (let i = 0; i <= last; i += 1) {
      const cell = row[i] as Cell
      const view = shown[i] as string
      const inner = jsonInner(view)
      // The last cell is not padded: its padding is what trimming would take off again.
      const padded = i === last ? inner : inner.padEnd((widths[i] ?? 0) + inner.length - view.length)
      text += i === 0 ? padded : ` | ${padded}`
      if (i === last) trailingBlank = inner.length === 0 ? i > 0 : inner.charCodeAt(inner.length - 1) === 32
      if (i > 0) json += ','
      json += typeof cell === 'string' ? `"${cell === view ? inner : jsonInner(cell)}"` : cell === null ? 'null' : JSON.stringify(cell)
    }
    // Trimmed only when it ends in a blank (an empty or blank-ended last cell): trimming reads the whole line.
    table += `\\n${trailingBlank ? text.trimEnd() : text}`
    rowsJson += `${json}]`
  }
  // The footer is ASCII words, digits and punctuation with nothing JSON escapes.
  return { table: `${table}\\n${footer(rows.length, truncated)}"`, rows: `${rowsJson}]` }
}
