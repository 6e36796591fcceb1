import { calculations, meaningOf } from './calculations.js'
import type { Facts } from './canon.js'
import { calcValue, parseTable } from './facts.js'
import { TOOL_ERROR, type Strategy, type ToolExchange, type TurnPrompt } from './prompt.js'
import type { Rng } from './random.js'
import { fill, type Slots } from './slots.js'
import { phaseOf, phaseVisit } from './tool-planning.js'
import type { Voice } from './voice.js'

/** A number as a person would write it: integers plain, others to two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)))
}

function tidy(line: string): string {
  const clean = line.replace(/^[\s#*>•-]+/, '').replace(/\s+/g, ' ').replace(/[.;:,]+$/, '').trim()
  if (clean.length <= 120) return clean
  // Cut at a clause boundary when there is one, so a quoted fact never stops mid-phrase.
  const head = clean.slice(0, 110)
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' ('))
  return clause > 40 ? head.slice(0, clause) : head.slice(0, head.lastIndexOf(' '))
}

function isHeading(line: string): boolean {
  const letters = line.match(/[A-Za-z]/g)?.length ?? 0
  return (line.match(/[a-z]/g)?.length ?? 0) < letters * 0.5
}

/** The most useful facts in a document: lines with numbers, times or names, preferring the phase's topic. */
export function keyLines(text: string, topic: RegExp, count: number, shift: number): string[] {
  // Documents wrap long bullets onto indented lines: join them back before splitting sentences.
  const joined = text.replace(/\n[ \t]+(?![-*•])/g, ' ')
  const lines = joined.split(/\n|(?<=\.)\s+/).map(tidy).filter((l) => l.length > 20 && !isHeading(l) && !l.endsWith(':') && !/^(Prepared|Issued|Compiled|Valid)\b/.test(l))
  const useful = lines.filter((l) => /\d|blind spot|supervisor|dual|two manager/i.test(l))
  const pool = useful.length > 0 ? useful : lines
  const onTopic = pool.filter((l) => topic.test(l))
  const ordered = [...onTopic, ...pool.filter((l) => !onTopic.includes(l))]
  // Reading the same document again, one quotes other lines of it.
  const start = ordered.length > count ? (shift * count) % ordered.length : 0
  return [...ordered.slice(start), ...ordered.slice(0, start)].slice(0, count)
}

const TOPICS = [/camera|sensor|alarm|blind/i, /door|lock|vault|time/i, /floor|stair|dock|corridor|entrance/i, /guard|shift|supervisor/i, /police|window|maintenance|minute/i]

/** A per-round index that does not come back in step with the other five-line rotations. */
export function rotation(round: number): number {
  return round + Math.floor((round - 1) / 5)
}

function describeRows(result: string): string[] {
  const { columns, rows } = parseTable(result)
  const col = (p: RegExp) => columns.findIndex((c) => p.test(c))
  const [shift, start, end, count] = [col(/^(shift|shift_name|name)$/), col(/^start/), col(/^end/), col(/guard_count|guards/)]
  return rows.slice(0, 3).map((row) => {
    if (shift >= 0 && start >= 0 && end >= 0) return `${row[shift]} ${row[start]}-${row[end]}${count >= 0 ? ` with ${row[count]} guards` : ''}`
    if (columns.length === row.length && columns.length > 0 && columns.length <= 4) return row.map((cell, i) => (i === 0 ? cell : `${columns[i]!.replace(/_/g, ' ')} ${cell}`)).join(', ')
    return row.join(', ')
  })
}

/** A follow-up that uses a successful tool result, in the speaker's voice. */
function honestReport(ex: ToolExchange, turn: TurnPrompt, facts: Facts, slots: Slots, rng: Rng, voice: Voice): string[] {
  const say = voice.report
  const pickFill = (templates: readonly string[], extra: Slots) => fill(rng.pick(templates), { ...slots, ...extra })
  if (isCalc(ex)) {
    const value = calcValue(ex.result)
    if (value === null) return [fill(say.calcUnusable, { result: tidy(ex.result) })]
    const expr = String(ex.args.expression ?? '')
    const meaning = meaningOf(expr, facts)
    const shown = formatNumber(value)
    const result = pickFill(say.calc, { expr, value: shown, meaning: meaning ? ` ${meaning.unit}, that is ${meaning.why}` : '' })
    // Voice a says what follows from the number in the canon's words; the others in their own.
    const next = voice.id === 'a' && meaning ? meaning.consequence(value) : pickFill(say.calcNext, { value: shown })
    return [result, next]
  }
  if ('filename' in ex.args || /file|read/i.test(ex.name)) {
    const file = String(ex.args.filename ?? 'the document')
    const lines = keyLines(ex.result, TOPICS[phaseOf(turn.round, turn.rounds)]!, 2, phaseVisit(turn.round, turn.rounds))
    if (lines.length === 0) return [fill(say.fileEmpty, { file })]
    return [pickFill(say.file, { file, lines: lines.join('; ') }), fill(say.fileTakeaways[rotation(turn.round) % say.fileTakeaways.length]!, slots)]
  }
  const rows = describeRows(ex.result)
  while (rows.length > 1 && rows.join('; ').length > 220) rows.pop()
  const text = rows.length > 0 ? rows.join('; ') : keyLines(ex.result, /guard|shift|camera|access/i, 2, 0).join('; ')
  const more = /(\d+)\s+rows?/i.exec(ex.result)
  return [pickFill(say.db, { rows: text || 'no rows', more: more ? ` (${more[1]} rows)` : '' }), fill(say.dbTakeaways[rotation(turn.round) % say.dbTakeaways.length]!, slots)]
}

function failureReport(ex: ToolExchange, rng: Rng, voice: Voice): string[] {
  const detail = tidy(ex.result.replace(TOOL_ERROR, '')).slice(0, 90)
  return [fill(rng.pick(voice.report.failure), { tool: ex.name, detail }), rng.pick(voice.report.failureNext)]
}

/** The number a timing saboteur quotes instead: whichever way gives the team false room. */
function bend(value: number, phase: number): number {
  return phase === 1 || phase === 4 ? Math.round(value * 1.6 + 10) : Math.max(1, Math.round(value * 0.6))
}

function isCalc(ex: ToolExchange): boolean {
  return 'expression' in ex.args || /calc/i.test(ex.name)
}

/** A document or table quoted with the liar's figures in place of the real ones; null when it quotes none. */
function misquote(sentence: string, slots: Slots): string | null {
  const swaps: [RegExp, string][] = [
    [/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.fewCameras}$1`],
    [/\b\d{1,2}(\s+guards)\b/gi, `${slots.fewGuards}$1`],
    [/\b\d{1,3}([- ]seconds?)\b/gi, `${slots.longDelay}$1`],
    [/\b\d{1,2}\s*-\s*\d{1,2}(\s*minutes?)/gi, `${slots.slowPolice}$1`],
    [/\b\d{1,3}([- ]days?)\b/gi, `${slots.shortFootage}$1`],
  ]
  let out = sentence
  for (const [pattern, replacement] of swaps) out = out.replace(pattern, replacement)
  return out === sentence ? null : out
}

export interface ReportOptions {
  sabotage: Strategy | null
  voice: Voice
  /** The wrong facts a saboteur calculated from (its report then follows them faithfully). */
  premise?: Facts
}

/**
 * Sentences reporting this turn's tool results. A mole bends them to its strategy when the
 * strategy fits the tool; `bent` says whether it did, so the caller can sabotage another way.
 */
export function reportTools(turn: TurnPrompt, facts: Facts, slots: Slots, rng: Rng, options: ReportOptions): { sentences: string[]; bent: boolean } {
  const { sabotage, voice } = options
  const ex = turn.exchanges.at(-1)
  if (!ex) return { sentences: [], bent: false }
  if (ex.failed) {
    if (sabotage === 'wrong_tools') return { sentences: [fill(rng.pick(voice.mole.reports.wrong_tools), { ...slots, tool: ex.name })], bent: true }
    return { sentences: failureReport(ex, rng, voice), bent: false }
  }
  if (options.premise && sabotage === 'timing_errors' && isCalc(ex)) return { sentences: honestReport(ex, turn, options.premise, slots, rng, voice), bent: true }
  const honest = honestReport(ex, turn, facts, slots, rng, voice)
  // Timing lies need a number to bend, false facts need a document or a table to misquote.
  const fits = sabotage !== null && (sabotage === 'timing_errors' ? isCalc(ex) : sabotage === 'false_info' ? !isCalc(ex) : true)
  if (!fits) return { sentences: honest, bent: false }
  if (sabotage === 'false_info' && voice.tactics.misquotes) {
    const quoted = (voice.falsehoods?.misquote ?? misquote)(honest[0]!, slots)
    if (quoted) return { sentences: [quoted, honest[1]!], bent: true }
  }
  const value = calcValue(ex.result) ?? facts.drillMin
  const meaning = meaningOf(String(ex.args.expression ?? ''), facts)
  const phase = meaning ? calculations(facts).indexOf(meaning) % 5 : 0
  const extra = { ...slots, tool: ex.name, value: formatNumber(value), lowValue: formatNumber(bend(value, phase)), unit: meaning?.unit ?? 'minutes', why: meaning?.why ?? 'the door' }
  const bent = fill(rng.pick(voice.mole.reports[sabotage]), extra)
  if (sabotage === 'timing_errors' || sabotage === 'false_info' || sabotage === 'wrong_tools') return { sentences: [bent], bent: true }
  return { sentences: [honest[0]!, bent], bent: true }
}
