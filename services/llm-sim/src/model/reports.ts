import { minutesBetween, type Facts } from './canon.js'
import { calcValue, parseTable } from './facts.js'
import type { Strategy, ToolExchange, TurnPrompt } from './prompt.js'
import type { Rng } from './random.js'
import { fill, type Slots } from './slots.js'
import { SABOTAGE_REPORTS } from './strategies.js'
import { calculation, phaseOf } from './tool-planning.js'

/** A number as a person would write it: integers plain, others to two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)))
}

function calcMeaning(expression: string, facts: Facts): { why: string; unit: string; phase: number } {
  for (let phase = 0; phase < 5; phase++) {
    const job = calculation(phase, facts)
    if (job.expression.replace(/\s/g, '') === expression.replace(/\s/g, '')) return { why: job.why, unit: job.unit, phase }
  }
  return { why: 'that calculation', unit: '', phase: -1 }
}

function calcConsequence(phase: number, value: number, facts: Facts, slots: Slots): string {
  const windowLen = minutesBetween(facts.window[0], facts.window[1])
  switch (phase) {
    case 0:
      return value >= windowLen ? fill('That uses the whole {window} window, so nothing else can slip.', slots) : `That leaves ${windowLen - value} minutes of the window spare.`
    case 1:
      return value <= 0 ? fill('No slack at all, so the door work starts on the dot at {wStart}.', slots) : `${formatNumber(value)} minutes of slack, and I want to keep them.`
    case 2:
      return value > facts.maxInsideMin ? `That is past the ${facts.maxInsideMin}-minute maximum inside, so one wrong code ends the job.` : 'We could survive one wrong code, barely.'
    case 3:
      return 'Brute force is out of the question; we drill.'
    case 4:
      return `About ${formatNumber(Math.round((value / 60) * 10) / 10)} minutes of head start if something trips, so nobody lingers.`
    default:
      return 'I will build my timing on that number.'
  }
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
export function keyLines(text: string, topic: RegExp, count: number, rng: Rng): string[] {
  // Documents wrap long bullets onto indented lines: join them back before splitting sentences.
  const joined = text.replace(/\n[ \t]+(?![-*•])/g, ' ')
  const lines = joined.split(/\n|(?<=\.)\s+/).map(tidy).filter((l) => l.length > 20 && !isHeading(l) && !l.endsWith(':') && !/^(Prepared|Issued|Compiled|Valid)\b/.test(l))
  const useful = lines.filter((l) => /\d|blind spot|supervisor|dual|two manager/i.test(l))
  const pool = useful.length > 0 ? useful : lines
  const onTopic = pool.filter((l) => topic.test(l))
  const ordered = [...onTopic, ...pool.filter((l) => !onTopic.includes(l))]
  const start = onTopic.length > count ? rng.int(0, onTopic.length - count) : 0
  return [...ordered.slice(start), ...ordered.slice(0, start)].slice(0, count)
}

const TOPICS = [/camera|sensor|alarm|blind/i, /door|lock|vault|time/i, /floor|stair|dock|corridor|entrance/i, /guard|shift|supervisor/i, /police|window|maintenance|minute/i]

const FILE_TAKEAWAYS = [
  'So the route through the {blind} stays our best option.',
  'That matches what we planned around the {window} window.',
  'I will plan the sensors around exactly that.',
  'Nothing in there changes the plan, but it narrows our margins.',
  'Worth keeping in mind when we set the final timeline.',
]
const DB_TAKEAWAYS = [
  'That is what we plan against, not rumours.',
  'So the night numbers hold for {entry}.',
  'I will keep that list to hand on the night.',
  'Anyone planning around the guards should use exactly these names and times.',
  'That is the current record, straight from the security office\'s own data.',
]

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
function honestReport(ex: ToolExchange, turn: TurnPrompt, facts: Facts, slots: Slots, rng: Rng): string[] {
  if (isCalc(ex)) {
    const value = calcValue(ex.result)
    if (value === null) return [`The calculator answered "${tidy(ex.result)}", which I cannot use as a number.`]
    const meaning = calcMeaning(String(ex.args.expression ?? ''), facts)
    const opener = rng.pick(['I ran it through the calculator:', 'Calculator check:', 'Numbers are in:'])
    return [`${opener} ${String(ex.args.expression ?? '')} = ${formatNumber(value)}${meaning.unit ? ` ${meaning.unit}` : ''}, that is ${meaning.why}.`, calcConsequence(meaning.phase, value, facts, slots)]
  }
  if ('filename' in ex.args || /file|read/i.test(ex.name)) {
    const file = String(ex.args.filename ?? 'the document')
    const lines = keyLines(ex.result, TOPICS[phaseOf(turn.round, turn.rounds)]!, 2, rng)
    if (lines.length === 0) return [`${file} came back empty, so I have nothing new from it.`]
    return [`${rng.pick(['Per', 'From', 'According to'])} ${file}: ${lines.join('; ')}.`, fill(FILE_TAKEAWAYS[turn.round % FILE_TAKEAWAYS.length]!, slots)]
  }
  const rows = describeRows(ex.result)
  while (rows.length > 1 && rows.join('; ').length > 220) rows.pop()
  const text = rows.length > 0 ? rows.join('; ') : keyLines(ex.result, /guard|shift|camera|access/i, 2, rng).join('; ')
  const more = /(\d+)\s+rows?/i.exec(ex.result)
  return [`The database shows ${text || 'no rows'}${more ? ` (${more[1]} rows)` : ''}.`, fill(DB_TAKEAWAYS[turn.round % DB_TAKEAWAYS.length]!, slots)]
}

function failureReport(ex: ToolExchange, rng: Rng): string[] {
  const detail = tidy(ex.result.replace(/^\s*ERROR\s*/i, '')).slice(0, 90)
  return [
    rng.pick([`My ${ex.name} call failed (${detail}), so I will not guess at the details.`, `The ${ex.name} tool returned an error: ${detail}.`]),
    rng.pick(['I will work from what the team has already confirmed and try again next round.', 'Until it answers, treat my part as unconfirmed.']),
  ]
}

/** The number a timing saboteur quotes instead: whichever way gives the team false room. */
function bend(value: number, phase: number): number {
  return phase === 1 || phase === 4 ? Math.round(value * 1.6 + 10) : Math.max(1, Math.round(value * 0.6))
}

function isCalc(ex: ToolExchange): boolean {
  return 'expression' in ex.args || /calc/i.test(ex.name)
}

/**
 * Sentences reporting this turn's tool results. A mole bends them to its strategy when the
 * strategy fits the tool; `bent` says whether it did, so the caller can sabotage another way.
 */
export function reportTools(turn: TurnPrompt, facts: Facts, slots: Slots, rng: Rng, sabotage: Strategy | null): { sentences: string[]; bent: boolean } {
  const ex = turn.exchanges.at(-1)
  if (!ex) return { sentences: [], bent: false }
  if (ex.failed) {
    if (sabotage === 'wrong_tools') return { sentences: [fill(rng.pick(SABOTAGE_REPORTS.wrong_tools), { ...slots, tool: ex.name })], bent: true }
    return { sentences: failureReport(ex, rng), bent: false }
  }
  const honest = honestReport(ex, turn, facts, slots, rng)
  // Timing lies need a number to bend, false facts need a document or a table to misquote.
  const fits = sabotage !== null && (sabotage === 'timing_errors' ? isCalc(ex) : sabotage === 'false_info' ? !isCalc(ex) : true)
  if (!fits) return { sentences: honest, bent: false }
  const value = calcValue(ex.result) ?? facts.drillMin
  const meaning = calcMeaning(String(ex.args.expression ?? ''), facts)
  const extra = { ...slots, tool: ex.name, value: formatNumber(value), lowValue: formatNumber(bend(value, meaning.phase)), unit: meaning.unit || 'minutes', why: meaning.why }
  const bent = fill(rng.pick(SABOTAGE_REPORTS[sabotage]), extra)
  if (sabotage === 'timing_errors' || sabotage === 'false_info' || sabotage === 'wrong_tools') return { sentences: [bent], bent: true }
  return { sentences: [honest[0]!, bent], bent: true }
}
