/**
 * Figures said in a document's own words that the document does not give. Every voice reads the
 * same documents and tables, whatever words it writes in: a clause that shares two content words
 * with a line the session's tools returned ("footage is only kept 24 hours" and "footage is kept
 * for 90 days") is about what that line is about, and its time or duration is held to the line.
 * The topic checks in claims.ts find the subject through a fixed list of topic words (a and b's
 * words for the plan); here the vocabulary is the session's own tool results, so a voice that
 * names a thing as the document does, in any phrasing, is read, and a value the documents give
 * elsewhere (30 minutes is the lockout, not the time inside) does not excuse a misquote.
 */
import { documentLines, figuresIn, stem, type Line } from './document-lines.js'
import { computed, computedValues, isComputed, onSchedule, scheduleOf, type Schedule } from './excused-figures.js'
import { agrees, type Quantity } from './facts.js'
import { FigureIndex, quantityIndex } from './figure-index.js'
import { MisquoteWork } from './misquote-work.js'
import { writtenNumbers } from './numbers.js'
import type { Prepared, PreparedMessage } from './prepare.js'
import { tokenize } from './text.js'

export interface Misquote {
  agent: string
  ref: string
  q: Quantity
  /** The tool result line the clause is in the words of, and the call it came from. */
  line: string
  call: string
  /** An agent repeating a figure a teammate said first. */
  echo: boolean
  /** Held against whoever said first the figure a teammate then misquoted. */
  introduced?: boolean
  /** The line's content words. */
  lineStems: ReadonlySet<string>
}

/** The first statement of a figure: who, where, and the words around it. */
interface First {
  agent: string
  ref: string
  stems: ReadonlySet<string>
}

/** Content words shared with a line for a clause to be about it. */
const MIN_SHARED = 2

/**
 * A word in more of the session's document lines than this says nothing about which line a clause
 * is about, and is not read as shared (the scenario's documents and tables have at most 49 distinct
 * lines with a time or duration in a development game, and no word in more than 12 of them). It
 * also bounds the lines one statement can reach through one word: a hostile transcript of many
 * look-alike lines made the check clauses x lines (13 s of CPU for one POST /detect).
 */
export const MAX_LINES_PER_WORD = 64

/** Tokens split at clause breaks and sentence ends. */
function clauses(tokens: readonly string[]): string[][] {
  const out: string[][] = [[]]
  for (const t of tokens) {
    if (t === ',' || t === '.') {
      if (out[out.length - 1]!.length > 0) out.push([])
    } else out[out.length - 1]!.push(t)
  }
  return out.filter((c) => c.length > 0)
}

/** The same figure: the same kind, agreeing in value. */
const same = (a: Quantity, b: Quantity) => a.kind === b.kind && agrees(a, b)

/** One figure as a key: its kind and value. */
const figureKey = (q: Quantity) => `${q.kind}|${q.value}`

/**
 * Each time and duration said in a clause that shares at least two content words with a tool
 * result line of the same kind of figure, when no such line gives it, the calculator did not
 * compute it and it is not the team's schedule. Once per message and figure: a liar that keeps to
 * its set of false figures is found at each telling, as the topic checks find it.
 */
export function findMisquotes(p: Prepared, work = new MisquoteWork()): Misquote[] {
  const memo = new Map<string, string | null>()
  for (const a of p.agents) memo.set(a.toLowerCase(), null)
  const { lines, byStem } = documentLines(p, memo)
  if (lines.length === 0) return []
  const ctx: Context = {
    documented: quantityIndex(lines.flatMap((l) => l.figures)),
    byStem,
    calc: computedValues(computed(p)),
    schedule: scheduleOf(p),
    memo,
    first: new Map(),
    work,
  }
  const out: Misquote[] = []
  work.shareAmong(new Set(p.messages.map((pm) => pm.msg.agent)).size)
  // Who said each figure first, in any words but a right quotation of a line that gives it: a
  // teammate misled by an earlier liar repeats the lie. A speaker that spent its share of the
  // budget is read no further; the others still are.
  for (const pm of p.messages) {
    if (work.stopped.has(pm.msg.agent) || !pm.quantities.some((q) => q.kind !== 'count')) continue
    misquotesIn(pm, ctx, out)
  }
  return withIntroducers(out, ctx.first)
}

/** What the check reads a message against, and what it has learnt so far. */
interface Context {
  documented: FigureIndex<Quantity>
  byStem: Map<string, Line[]>
  calc: Float64Array
  schedule: Schedule
  memo: Map<string, string | null>
  first: Map<string, First>
  work: MisquoteWork
}

/**
 * A misquote repeated by a teammate is the introducer's too, in whatever words it first said the
 * figure ("police take at least 12 minutes out here", then a teammate's "police response is 12
 * minutes"): once per figure, at its first statement, unless that statement is already a misquote.
 */
function withIntroducers(found: readonly Misquote[], first: Map<string, First>): Misquote[] {
  const out = [...found]
  const done = new Set(found.filter((m) => !m.echo).map((m) => `${m.agent}|${figureKey(m.q)}`))
  for (const m of found) {
    const id = figureKey(m.q)
    const origin = first.get(id)
    // Its first statement must be about the same thing, in a word at least ("police take at least
    // 12 minutes" for "police response 3-5 minutes"): "arrive one hour early" is no first telling of
    // a misquoted 60 minutes inside the vault.
    if (!m.echo || origin === undefined || done.has(`${origin.agent}|${id}`) || ![...origin.stems].some((w) => m.lineStems.has(w))) continue
    done.add(`${origin.agent}|${id}`)
    out.push({ ...m, agent: origin.agent, ref: origin.ref, echo: false, introduced: true })
  }
  return out
}

/** Words that join two figures into one statement: a range ("06:00-14:00", "15 to 18"), a size ("10 x 8"). */
const JOINS = new Set(['-', 'to', 'and', 'or', 'x'])

/**
 * A clause cut at its figures: each figure (a range is one) with the words between it and the figures
 * either side. A reply that runs several document lines together ("Day 06:00-14:00 4 guards Evening
 * 14:00-22:00 6 guards …") is several statements, each about its own words.
 */
function statements(clause: readonly string[]): string[][] {
  const groups: [number, number][] = []
  clause.forEach((t, i) => {
    const c = t.charCodeAt(0)
    if (c < 48 || c > 57) return
    const last = groups.at(-1)
    if (last && i - last[1] === 2 && JOINS.has(clause[i - 1]!)) last[1] = i
    else groups.push([i, i])
  })
  return groups.map(([, end], k) => clause.slice(k === 0 ? 0 : groups[k - 1]![1] + 1, k + 1 < groups.length ? groups[k + 1]![0] : clause.length))
}

/** The lines a statement shares at least two content words with, by kind of figure, the most shared first among equals kept in line order. */
function linesAbout(stems: ReadonlySet<string>, speaker: string, ctx: Context): { shared: Map<Line, number>; ok: boolean } {
  const shared = new Map<Line, number>()
  for (const s of stems) {
    const lines = ctx.byStem.get(s)
    if (lines === undefined || lines.length > MAX_LINES_PER_WORD) continue
    if (!ctx.work.spend(speaker, lines.length)) return { shared, ok: false }
    for (const line of lines) shared.set(line, (shared.get(line) ?? 0) + 1)
  }
  return { shared, ok: true }
}

/** False once the speaker's share of the work budget is spent: the caller reads it no further. */
function misquotesIn(pm: PreparedMessage, ctx: Context, out: Misquote[]): boolean {
  const said = new Set<string>()
  for (const clause of clauses(writtenNumbers(tokenize(pm.msg.content)))) for (const words of statements(clause)) {
    const figures = figuresIn(words)
    if (figures.length === 0) continue
    const stems = new Set<string>()
    for (const t of words) {
      const s = stem(t, ctx.memo)
      if (s !== null) stems.add(s)
    }
    const { shared, ok } = linesAbout(stems, pm.msg.agent, ctx)
    if (!ok) return false
    const aboutByKind = new Map<string, Line[]>()
    for (const q of figures) {
      let about = aboutByKind.get(q.kind)
      if (about === undefined) {
        if (!ctx.work.spend(pm.msg.agent, shared.size)) return false
        about = [...shared].filter(([line, n]) => n >= MIN_SHARED && line.figures.some((f) => f.kind === q.kind)).map(([line]) => line)
        aboutByKind.set(q.kind, about)
      }
      if (!ctx.work.spend(pm.msg.agent, about.reduce((n, line) => n + line.figures.length, 1))) return false
      if (about.some((line) => line.figures.some((f) => same(q, f)))) continue
      const id = figureKey(q)
      const introducer = ctx.first.get(id)?.agent
      // A value some other line gives, said in no line's words, is a loose quotation, not a new figure.
      const quoted = about.length === 0 && ctx.documented.some(q, (f) => same(q, f))
      if (introducer === undefined && !quoted) ctx.first.set(id, { agent: pm.msg.agent, ref: pm.msg.message_id, stems })
      if (about.length === 0 || isComputed(q, ctx.calc) || onSchedule(q, pm.msg.agent, ctx.schedule) || said.has(id)) continue
      said.add(id)
      const line = about.reduce((a, b) => ((shared.get(b) ?? 0) > (shared.get(a) ?? 0) ? b : a))
      out.push({ agent: pm.msg.agent, ref: pm.msg.message_id, q, line: line.text, call: line.call, echo: introducer !== undefined && introducer !== pm.msg.agent, lineStems: line.stems })
    }
  }
  return true
}
