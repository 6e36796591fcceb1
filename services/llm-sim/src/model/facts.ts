import { memoizeText } from '@heist/shared/text-memo'
import { CANON, type Facts } from './canon.js'
import type { Line } from './prompt.js'

type Shift = 'day' | 'evening' | 'night'
/** Observed facts as flat keys (`cameras`, `guards.night`, …) with string values, for voting. */
export type Observations = Map<string, string>

const RANGE = String.raw`(\d{1,2}:\d{2})\s*(?:-|–|to|until)\s*(\d{1,2}:\d{2})`

function normaliseTime(t: string): string {
  const [h, m] = t.split(':')
  return `${(h ?? '0').padStart(2, '0')}:${m ?? '00'}`
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).map((s) => s.trim()).filter(Boolean)
}

/** One roster row: a shift, its hours (in brackets or not), its count ("Night 22:00-06:00 3 guards"). */
const ROSTER_ROW = new RegExp(String.raw`\b(day|evening|night)\b(?:\s+shift)?\s*\(?${RANGE}\)?[\s:,]*(\d{1,2})\s+guards`, 'gi')

const WORD_NUMBERS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6' }

function scanSentence(s: string, out: Observations): void {
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && !out.has(key)) out.set(key, value)
  }
  set('cameras', /\b(\d{1,3})\s+(?:security\s+|cctv\s+|surveillance\s+|active\s+)?cameras?\b/i.exec(s)?.[1])
  if (/footage|retention|kept|stor/i.test(s)) set('footageDays', /(\d{1,3})[- ]days?\b/i.exec(s)?.[1])
  set('alarmDelayS', (/(\d{1,3})[- ]seconds?\s+(?:alarm\s+|sensor\s+)?delay/i.exec(s) ?? /delay[^.\d]{0,25}(\d{1,3})\s*(?:s\b|sec)/i.exec(s))?.[1])
  if (/police|response|cops/i.test(s)) {
    const range = /(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*min/i.exec(s)
    const single = /(\d{1,2})\s*min/i.exec(s)
    set('policeMin', range ? `${range[1]}-${range[2]}` : single ? `${single[1]}-${single[1]}` : undefined)
  }
  if (/maintenance|window/i.test(s) && !/18:00/.test(s)) {
    const range = new RegExp(RANGE).exec(s)
    set('window', range ? `${normaliseTime(range[1]!)}-${normaliseTime(range[2]!)}` : undefined)
  }
  set('lockoutMin', (/(\d{1,3})[- ]min(?:ute)?s?\s+(?:lockout|lock-out)/i.exec(s) ?? /lock-?out[^.]{0,30}?(\d{1,3})[- ]min/i.exec(s))?.[1])
  const tries = /\b(\d|two|three|four|five)\s+(?:wrong|failed|incorrect|bad)\s+(?:codes?|attempts?|tries|entries|pins?)/i.exec(s) ?? /\b(\d)\s+strikes/i.exec(s)
  set('wrongTries', tries ? (WORD_NUMBERS[tries[1]!.toLowerCase()] ?? tries[1]) : undefined)
  if (/inside|working time|safe working/i.test(s)) set('maxInsideMin', /max(?:imum)?[^.]{0,40}?(\d{1,3})\s*min/i.exec(s)?.[1])
  set('drillMin', (/drill[^.]{0,60}?(\d{1,3})\s*min/i.exec(s) ?? /(\d{1,3})\s*min\w*[^.]{0,30}\bdrill/i.exec(s))?.[1])
  // A roster quoted on one line ("Evening 14:00-22:00 6 guards Night 22:00-06:00 3 guards"): each row is
  // its label, its hours, its count. Read first, and a count or label a row used is not paired again, or
  // "6 guards Night" would make the evening's 6 the night's.
  const rows: [number, number][] = []
  for (const m of s.matchAll(ROSTER_ROW)) {
    set(`guards.${m[1]!.toLowerCase()}`, m[4])
    rows.push([m.index, m.index + m[0].length])
  }
  const inRow = (at: number) => rows.some(([from, to]) => at >= from && at < to)
  for (const m of s.matchAll(/\b(day|evening|night)(?:\s+shift)?[^.;:]{0,40}?\b(\d{1,2})\s+guards/gi)) set(`guards.${m[1]!.toLowerCase()}`, m[2])
  for (const m of s.matchAll(/\b(\d{1,2})\s+guards[^.;]{0,25}?\b(day|evening|night)\b/gi)) {
    if (!inRow(m.index) && !inRow(m.index + m[0].length - m[2]!.length)) set(`guards.${m[2]!.toLowerCase()}`, m[1])
  }
  for (const m of s.matchAll(new RegExp(String.raw`\b(day|evening|night)\b[^.;\d]{0,20}?${RANGE}`, 'gi'))) {
    set(`shifts.${m[1]!.toLowerCase()}`, `${normaliseTime(m[2]!)}-${normaliseTime(m[3]!)}`)
  }
}

/**
 * Facts stated in one text (a message, a summary, a document). First mention per sentence wins.
 * Every turn re-reads the whole conversation, so each text is read once and the map is shared:
 * callers only read it.
 */
export const observe: (text: string) => ReadonlyMap<string, string> = memoizeText(observeText)

function observeText(text: string): Observations {
  const out: Observations = new Map()
  for (const s of sentences(text)) {
    const local: Observations = new Map()
    scanSentence(s, local)
    for (const [k, v] of local) if (!out.has(k)) out.set(k, v)
  }
  for (const [k, v] of observeTable(text)) if (!out.has(k)) out.set(k, v)
  return out
}

/** A query result as rows of cells: pipe, tab or comma separated text, or JSON rows. */
export function parseTable(text: string): { columns: string[]; rows: string[][] } {
  const trimmed = text.trim()
  if (trimmed.startsWith('[')) {
    try {
      const rows: unknown = JSON.parse(trimmed)
      if (Array.isArray(rows) && rows.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
        const columns = Object.keys((rows[0] ?? {}) as object)
        return { columns, rows: rows.map((r) => columns.map((c) => String((r as Record<string, unknown>)[c] ?? ''))) }
      }
    } catch {
      // not JSON: fall through to text tables
    }
  }
  const lines = trimmed.split('\n').map((l) => l.trim()).filter((l) => l && !/^[-+=|\s]+$/.test(l))
  const sep = lines.some((l) => l.includes('|')) ? '|' : lines.some((l) => l.includes('\t')) ? '\t' : lines.filter((l) => l.includes(',')).length >= 2 ? ',' : null
  if (!sep) return { columns: [], rows: [] }
  const cells = lines.filter((l) => l.includes(sep)).map((l) => l.split(sep).map((c) => c.trim()).filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1)))
  const header = cells[0] ?? []
  const isHeader = header.length > 0 && header.every((c) => /^[a-z_][\w ]*$/i.test(c)) && header.some((c) => c.includes('_') || /^[a-z]+$/.test(c))
  return isHeader ? { columns: header.map((c) => c.toLowerCase()), rows: cells.slice(1) } : { columns: [], rows: cells }
}

function observeTable(text: string): Observations {
  const out: Observations = new Map()
  const { columns, rows } = parseTable(text)
  const col = (pattern: RegExp) => columns.findIndex((c) => pattern.test(c))
  const shiftCol = col(/^(shift|shift_name|name)$/)
  const startCol = col(/start/)
  const endCol = col(/end/)
  const countCol = col(/guard_count|guards|count/)
  for (const row of rows) {
    const shift = (shiftCol >= 0 ? row[shiftCol] : row.find((c) => /^(day|evening|night)$/i.test(c)))?.toLowerCase()
    if (shift !== 'day' && shift !== 'evening' && shift !== 'night') continue
    if (countCol >= 0 && /^\d+$/.test(row[countCol] ?? '')) out.set(`guards.${shift}`, row[countCol]!)
    if (startCol >= 0 && endCol >= 0) out.set(`shifts.${shift}`, `${normaliseTime(row[startCol]!)}-${normaliseTime(row[endCol]!)}`)
  }
  return out
}

function pair(value: string): [string, string] {
  const [a, b] = value.split('-')
  return [a ?? '', b ?? a ?? '']
}

/** A deep copy of facts by their shape: every turn makes one or two, and structuredClone (a serialisation) cost several times more. */
function copyFacts(f: Readonly<Facts>): Facts {
  return {
    ...f,
    blindSpots: [...f.blindSpots],
    policeMin: [...f.policeMin],
    window: [...f.window],
    guards: { ...f.guards },
    shifts: { day: [...f.shifts.day], evening: [...f.shifts.evening], night: [...f.shifts.night] },
    shiftGapMin: [...f.shiftGapMin],
  }
}

/** Facts with observations applied over a base (canon by default). */
export function applyObservations(observations: ReadonlyMap<string, string>, base: Facts = CANON as Facts): Facts {
  const facts = copyFacts(base)
  for (const [key, value] of observations) {
    const [head, sub] = key.split('.') as [string, Shift | undefined]
    if (head === 'guards' && sub) facts.guards[sub] = Number(value)
    else if (head === 'shifts' && sub) facts.shifts[sub] = pair(value)
    else if (head === 'window') facts.window = pair(value)
    else if (head === 'policeMin') facts.policeMin = pair(value).map(Number) as [number, number]
    else if (head === 'cameras' || head === 'footageDays' || head === 'alarmDelayS' || head === 'lockoutMin' || head === 'wrongTries' || head === 'maxInsideMin' || head === 'drillMin') {
      facts[head] = Number(value)
    }
  }
  return facts
}

let canonObservations: ReadonlyMap<string, string> | undefined
function canonValue(key: string): string | undefined {
  canonObservations ??= observe(describeCanon())
  return canonObservations.get(key)
}

let canonText: string | undefined
function describeCanon(): string {
  canonText ??= [`${CANON.cameras} cameras.`, `footage kept ${CANON.footageDays} days.`, `alarm delay ${CANON.alarmDelayS} seconds.`,
    `police response ${CANON.policeMin[0]}-${CANON.policeMin[1]} minutes.`, `maintenance window ${CANON.window[0]}-${CANON.window[1]}.`,
    `${CANON.lockoutMin}-minute lockout.`, `${CANON.wrongTries} wrong codes.`, `maximum working time inside ${CANON.maxInsideMin} minutes.`,
    `drill ${CANON.drillMin} minutes.`, `night shift ${CANON.guards.night} guards. evening shift ${CANON.guards.evening} guards. day shift ${CANON.guards.day} guards.`,
    `night ${CANON.shifts.night.join('-')}. evening ${CANON.shifts.evening.join('-')}. day ${CANON.shifts.day.join('-')}.`].join('\n')
  return canonText
}

/**
 * What the team has established: each fact by majority of speakers (one vote each), ties to the
 * canon. One teammate's wrong number does not overrule two who agree.
 */
export function consensus(lines: readonly Line[], summary: string): Facts {
  const votes = new Map<string, Map<string, Set<string>>>()
  const add = (speaker: string, text: string) => {
    for (const [key, value] of observe(text)) {
      const byValue = votes.get(key) ?? new Map<string, Set<string>>()
      byValue.set(value, (byValue.get(value) ?? new Set()).add(speaker))
      votes.set(key, byValue)
    }
  }
  if (summary) add('(summary)', summary)
  for (const line of lines) add(line.speaker, line.text)
  const chosen: Observations = new Map()
  for (const [key, byValue] of votes) {
    const ranked = [...byValue.entries()].sort((a, b) => b[1].size - a[1].size)
    const top = ranked[0]![1].size
    const tied = ranked.filter(([, speakers]) => speakers.size === top).map(([value]) => value)
    const canon = canonValue(key)
    chosen.set(key, canon !== undefined && tied.includes(canon) ? canon : tied[0]!)
  }
  return applyObservations(chosen)
}

/** The number a calculator result reports: the first after the last `=`, else the last one. */
export function calcValue(result: string): number | null {
  const number = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi
  const found = result.includes('=') ? result.slice(result.lastIndexOf('=') + 1).match(number)?.[0] : result.match(number)?.at(-1)
  return found === undefined ? null : Number(found)
}

/** Names of canon personnel mentioned in a text. */
export function namesIn(text: string): string[] {
  const found = text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []
  return [...new Set(found.filter((n) => !/^(First National|Main Street|Security Office|Night Shift|Stairwell B|Loading Dock)$/i.test(n)))]
}
