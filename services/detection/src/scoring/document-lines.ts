/**
 * The session's documents as the misquote check reads them (misquotes.ts): every distinct line of
 * the tools' results with a time or duration, its content words in their plainest form, and the
 * lines filed by word.
 */
import { extractQuantities, type Quantity } from './facts.js'
import { baseForms } from './plain-words.js'
import type { Prepared } from './prepare.js'
import { tokenize } from './text.js'

/**
 * Words that say nothing about what a line is about: English function words, units, numbers in
 * words and the most general nouns of time. General English, not any voice's.
 */
const EMPTY = new Set(('the a an that this these those they them their it its was were is are be been being of on in at for with and or so '
  + 'we you he she his her my our your me us will would could should have has had do does did not no nor just what which who whom whose '
  + 'about from by as if then than there here also only still into onto over under through up down out off again very really more most '
  + 'much many some any each every all both either neither other another same such own before after when while until once since '
  + 'because though although where how why yes yeah okay sure can cannot must shall may might need want keep make take give get got set '
  + 'second seconds minute minutes hour hours day days week weeks time times total about around roughly approximately exactly least '
  + 'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety hundred thousand dozen half quarter '
  + 'first last next now then today tonight night daily each per mins hrs secs sec min hr am pm clock').split(' '))

const WORD = /^[a-z][a-z'-]*$/

/** The plainest form of a word: the shortest of its base forms ("opened", "opening" → "open"), without a possessive. */
export function stem(word: string, memo: Map<string, string | null>): string | null {
  let s = memo.get(word)
  if (s !== undefined) return s
  const plain = word.endsWith("'s") ? word.slice(0, -2) : word
  s = null
  if (plain.length >= 4 && WORD.test(plain) && !EMPTY.has(plain)) {
    const forms = baseForms(plain)
    if (!forms.some((f) => EMPTY.has(f))) s = forms.reduce((a, b) => (b.length < a.length ? b : a))
  }
  memo.set(word, s)
  return s
}

export interface Line {
  text: string
  call: string
  stems: Set<string>
  figures: readonly Quantity[]
}

/**
 * Times and durations, as the lines and clauses here read them. Not counts: read by the noun after
 * a number in a tool line ("6 teller stations") they fired on nothing on a, b or j as written, and on
 * the reworded restyle's innocents through a numbered list ("Access levels: 1 public, 2 staff, 3
 * operations" made "3 security staff" a misquote), so they were dropped.
 */
export function figuresIn(tokens: readonly string[]): Quantity[] {
  return extractQuantities(tokens).filter((q) => q.kind !== 'count')
}

/** A table row as "column value" pairs, so its figures stand beside its column's words ("duration minutes 20" → "20 minutes"). */
function rowLines(result: string): string[] | null {
  const rows = result.split('\n').filter((l) => l.includes('|'))
  if (rows.length < 2) return null
  const header = rows[0]!.split('|').map((c) => c.trim().replaceAll('_', ' '))
  const unitOf = (name: string) => /\b(minutes|seconds|hours|days)\b/.exec(name)?.[1]
  return rows.slice(1).filter((r) => !/^[\s|+-]+$/.test(r)).map((r) => r.split('|').map((cell, i) => {
    const name = header[i] ?? ''
    const unit = unitOf(name)
    return `${name} ${cell.trim()}${unit && /^[\d.]+(-[\d.]+)?$/.test(cell.trim()) ? ` ${unit}` : ''}`
  }).join(', '))
}

/** Every distinct line of the session's tool results (not the calculator's: its echo is the caller's premise) with a time or duration. */
export function documentLines(p: Prepared, memo: Map<string, string | null>): { lines: Line[]; byStem: Map<string, Line[]> } {
  const lines: Line[] = []
  const byStem = new Map<string, Line[]>()
  const seen = new Set<string>()
  for (const { call } of p.calls) {
    if (!call.ok || !call.result || call.tool === 'calculator') continue
    for (const text of rowLines(call.result) ?? call.result.split('\n')) {
      const key = text.trim()
      if (key.length === 0 || seen.has(key)) continue
      seen.add(key)
      const tokens = tokenize(key)
      const figures = figuresIn(tokens)
      if (figures.length === 0) continue
      const stems = new Set<string>()
      for (const t of tokens) {
        const s = stem(t, memo)
        if (s !== null) stems.add(s)
      }
      const line = { text: key, call: call.call_id, stems, figures }
      lines.push(line)
      for (const s of stems) {
        const list = byStem.get(s) ?? []
        list.push(line)
        byStem.set(s, list)
      }
    }
  }
  return { lines, byStem }
}
