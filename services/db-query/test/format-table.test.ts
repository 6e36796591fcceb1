import { describe, expect, test } from 'vitest'
import { formatTable, tableAndRowsJson } from '../src/format-table.js'
import type { Cell } from '../src/query-protocol.js'

describe('formatTable', () => {
  test('a cell with a tab, a newline, a no-break space or a run of spaces reads as one line with single spaces; a plain one is left as it is', () => {
    const rows = [['a\tb\nc', 'x  y'], ['p\u00a0q\u2028r', 'one two'], [null, 42]]
    expect(formatTable(['left', 'right'], rows, false)).toBe([
      'left  | right',
      '------+--------',
      'a b c | x y',
      'p q r | one two',
      'NULL  | 42',
      '(3 rows)',
    ].join('\n'))
  })

  test('a long cell is cut at 60 characters, an empty result says so, a truncated one says how to narrow it', () => {
    const long = formatTable(['v'], [['z'.repeat(100)]], false).split('\n')[2]
    expect(long).toBe(`${'z'.repeat(59)}…`)
    expect(formatTable(['v'], [], false)).toBe('v\n(no rows)')
    expect(formatTable(['v'], [[1]], true)).toMatch(/\(1 row, truncated: only the first 1 are shown; narrow the query with WHERE or LIMIT\)$/)
  })
})

describe('tableAndRowsJson', () => {
  const both = (columns: string[], rows: Cell[][], truncated = false) => {
    const written = tableAndRowsJson(columns, rows, truncated)
    expect(written.table).toBe(JSON.stringify(formatTable(columns, rows, truncated)))
    expect(written.rows).toBe(JSON.stringify(rows))
  }

  test('gives the bytes JSON.stringify gives for the table and the rows, whatever the cells hold', () => {
    both(['name', 'post'], [['Lisa Chen', 'night supervisor'], ['James Williams', 'patrol, all floors']])
    both(['v'], [])
    both(['v'], [[1]], true)
    both(['left', 'right'], [['a\tb\nc', 'x  y'], ['p\u00a0q\u2028r', 'one two'], [null, 42]])
    // Quotes, backslashes, control characters, lone and paired surrogates, a cut cell, trailing blanks, empty cells.
    both(['a"b', 'c\\d', 'e\nf '], [['"q"', 'back\\slash', '\u0001\u001f'], ['\ud800 lone', '😀 pair', 'z'.repeat(100)], ['ends with ', '', ''], ['', ' ', 'x\u0000'], [-0, 1e21, 'é—✓']])
    // Column names are not cleaned for the table: a blank at the end of the last one is trimmed before escaping.
    both(['x', 'tab\t'], [['1', '']])
    both(['x', 'nl\n'], [])
  })

  test('matches JSON.stringify on random tables', () => {
    const alphabet = ['a', 'Z', ' ', '  ', '\t', '\n', '"', '\\', '\u0000', '\u001f', '\u00a0', '\u2028', 'é', '✓', '\ud83d', '\ude00', '😀', '…', '-', '|']
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const text = () => Array.from({ length: next(8) === 0 ? 70 : next(12) }, () => alphabet[next(alphabet.length)]).join('')
    const cell = (): Cell => (next(6) === 0 ? null : next(5) === 0 ? next(100000) / (next(3) + 1) : text())
    for (let round = 0; round < 500; round += 1) {
      const width = 1 + next(4)
      const columns = Array.from({ length: width }, text)
      const rows = Array.from({ length: next(5) }, () => Array.from({ length: width }, cell))
      both(columns, rows, next(4) === 0)
    }
  })
})
