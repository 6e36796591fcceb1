import { describe, expect, test } from 'vitest'
import { formatTable } from '../src/format-table.js'

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
