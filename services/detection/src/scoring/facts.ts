/**
 * Quantities (durations, clock times, counts) extracted from text with the topic they are
 * about, so a claim in a message can be compared with the facts in tool results and with
 * what the rest of the team already agreed.
 */

import { writtenNumbers } from './numbers.js'

export type QuantityKind = 'duration' | 'clock' | 'count'

export interface Quantity {
  kind: QuantityKind
  /** Durations in minutes, clock times in minutes after midnight, counts as is. */
  value: number
  /** What it is about, e.g. `time_lock`, `guards`, `camera`; null when nothing is near. */
  topic: string | null
  /** True when a clock time had no am/pm and no 24 h form (compare modulo 12 h). */
  ambiguous: boolean
  /** The words as written, for evidence notes. */
  text: string
}

// Maps, not object literals: a token such as "constructor" must not find Object.prototype.
const NUMBER_WORDS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, a: 1, an: 1,
}))

export const UNIT_MINUTES = new Map<string, number>(Object.entries({
  second: 1 / 60, seconds: 1 / 60, sec: 1 / 60, secs: 1 / 60, s: 1 / 60,
  minute: 1, minutes: 1, min: 1, mins: 1, m: 1,
  hour: 60, hours: 60, hr: 60, hrs: 60, h: 60,
  day: 1440, days: 1440,
}))

// Things whose number is a fact worth checking (not ids such as "zone 3" or "floor 2").
export const COUNT_NOUNS = new Map<string, string>(Object.entries({
  camera: 'camera', cameras: 'camera', guard: 'guard', guards: 'guard', sensor: 'sensor', sensors: 'sensor',
  teller: 'teller', tellers: 'teller', officer: 'officer', officers: 'officer', manager: 'manager', managers: 'manager',
  strike: 'strike', strikes: 'strike', attempt: 'attempt', attempts: 'attempt', tries: 'attempt', patrols: 'patrol',
  cam: 'camera', cams: 'camera',
  // WordNet 3.0's words for a guard (a person who keeps watch) and a sensor: a thesaurus, not a voice's words.
  watchman: 'guard', watchmen: 'guard', watcher: 'guard', watchers: 'guard', doorman: 'guard', doormen: 'guard', gatekeeper: 'guard', gatekeepers: 'guard',
  detector: 'sensor', detectors: 'sensor',
}))
/** Nouns that may also come before their number, as in a table ("Cameras: 24"). */
const LEADING_NOUNS = new Set(['cameras', 'guards', 'sensors', 'officers', 'cams'])

export const TOPIC_WORDS = new Map<string, string>(Object.entries({
  lock: 'time_lock', timelock: 'time_lock', locks: 'time_lock',
  // Not "safe": "max safe time inside" is the working limit, not the drilling.
  drill: 'vault_work', drilling: 'vault_work', crack: 'vault_work', cracking: 'vault_work', brute: 'vault_work', combination: 'vault_work',
  shift: 'guards', shifts: 'guards', rotation: 'guards', rotate: 'guards', patrol: 'guards', patrols: 'guards', guard: 'guards', guards: 'guards',
  handover: 'guards', changeover: 'guards', watchman: 'guards', watchmen: 'guards',
  inside: 'inside', motor: 'door_opening', opened: 'door_opening',
  police: 'police', response: 'police', cops: 'police',
  // WordNet's "police" (the force): "the law takes ten minutes to show up".
  law: 'police', constabulary: 'police',
  battery: 'power', ups: 'power', backup: 'power', power: 'power',
  storage: 'storage', retention: 'storage', footage: 'storage', stored: 'storage',
  motion: 'sensor', sensor: 'sensor', sensors: 'sensor', detector: 'sensor', detectors: 'sensor',
  lockout: 'lockout', reset: 'reset', interference: 'reset',
  escape: 'escape', getaway: 'escape', drive: 'escape', driving: 'escape',
  window: 'window', maintenance: 'window',
  entry: 'entry', approach: 'entry', arrival: 'entry', arrive: 'entry',
  door: 'vault_work',
}))

const TOPIC_WINDOW = 6
/** Topic words that are prepositions of time right before a number: "rolling inside 3-5 minutes" is within them. */
const WITHIN = new Set(['inside'])
/**
 * "Inside" with only the figure (or the range it ends) between it and the number: "inside 3-5 minutes". Not after
 * "time": "Max safe time inside       45 minutes" (timing_specs.txt's table) is the time spent inside.
 */
function within(tokens: readonly string[], word: number, at: number): boolean {
  if (!WITHIN.has(tokens[word]!) || tokens[word - 1] === 'time') return false
  for (let j = word + 1; j < at; j++) if (tokens[j] !== '-' && tokens[j] !== 'to' && !isDigit(tokens[j]!.charCodeAt(0))) return false
  return true
}
/** Words after a duration that make it a rate: "10,000 combinations at 3 seconds each" is no length of anything. */
const EACH = new Set(['each', 'apiece'])
/** Words that say how often, not how long: "every ten minutes" is an interval, not a duration claim. */
const FREQUENCY = new Set(['every', 'each', 'per'])
/** Between a number and its noun, these words end the phrase: "B-1 no cameras", "4 the manager keys". */
const NOT_A_MODIFIER = new Set([',', '.', 'no', 'not', 'zero', 'without', 'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with'])
/** What may stand between a copula and the number it gives: "the cameras are only 12". */
const PREDICATE_HEDGES = new Set(['only', 'just', 'now', 'about', 'roughly', 'around', 'exactly', 'actually', 'really'])
const PREDICATE_COPULAS = new Set(['are', 'is', 'were', 'was'])
/** What ends the clause after a bare predicate number: "are only 12, and …", "is 12." (not "are 12 metres away"). */
const CLAUSE_END = new Set([',', '.', ';', ':', ')', 'and', 'but', 'not', 'in', 'on', 'at'])

/**
 * A count given as the predicate of its noun, not before it: "the cameras inside the building are only 12", "the actual
 * number of cameras is 12". The plural noun (LEADING_NOUNS) is the subject, at most five words before the copula in the
 * same clause, and the number ends its clause. Grammar, not a voice's words: read from voice m's and j's false_info
 * moles (docs/notes/detection.md, session 10), who were not read before because the number came after the noun.
 */
function predicateCount(tokens: readonly string[], i: number): string | undefined {
  let j = i - 1
  if (PREDICATE_HEDGES.has(tokens[j] ?? '')) j--
  if (!PREDICATE_COPULAS.has(tokens[j] ?? '')) return undefined
  // "The live camera count is 16 — the rest are housings" (n's false_info moles): "count" says the number counts the
  // noun before it, whatever follows (the tokens hold no dash to end the clause).
  if (tokens[j - 1] === 'count' && COUNT_NOUNS.has(tokens[j - 2] ?? '')) return COUNT_NOUNS.get(tokens[j - 2]!)
  if (!CLAUSE_END.has(tokens[i + 1] ?? '.')) return undefined
  for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
    const t = tokens[k]!
    if (t === ',' || t === '.' || t === ';' || t === ':') return undefined
    if (LEADING_NOUNS.has(t)) return COUNT_NOUNS.get(t)
  }
  return undefined
}
const OPERATORS = new Set(['*', '+', '/', '×', '='])
const FULL_UNITS = new Set(['second', 'minute', 'hour', 'day'])

const isDigit = (c: number) => c >= 48 && c <= 57

/** A clock time such as "22:00" (a loop: `includes` costs more than the rest of a token's checks). */
function hasColon(token: string): boolean {
  for (let i = 1; i < token.length; i++) if (token.charCodeAt(i) === 58) return true
  return false
}

/** `/^\d+$/` for a token that starts with a digit. */
function allDigits(token: string): boolean {
  for (let i = 1; i < token.length; i++) if (!isDigit(token.charCodeAt(i))) return false
  return true
}

/** Operators are one character long: most tokens are ruled out without a lookup. */
const isOperator = (t: string | undefined) => t !== undefined && t.length === 1 && OPERATORS.has(t)

function parseNumber(token: string, digit: boolean, colon: boolean): number | null {
  if (digit) return colon ? null : Number(token)
  return NUMBER_WORDS.get(token) ?? null
}

/** TOPIC_WORDS plus each word with an "s" (unless that is a topic word of its own): one lookup per word. */
const TOPIC_OF = new Map(TOPIC_WORDS)
for (const [word, topic] of TOPIC_WORDS) if (!TOPIC_WORDS.has(`${word}s`)) TOPIC_OF.set(`${word}s`, topic)

function topicOf(word: string): string | null {
  const topic = TOPIC_OF.get(word)
  if (topic !== undefined) return topic
  // A possessive or contraction names the same thing: "that door's a 20-min job", "the lock's on 02:00".
  return word.endsWith("'s") ? TOPIC_OF.get(word.slice(0, -2)) ?? null : null
}

/** The topic of the word at `at`: a modifier names which window ("handover window" is the guards'). */
function topicAt(tokens: readonly string[], at: number): string | null {
  const topic = topicOf(tokens[at]!)
  if (topic !== 'window') return topic
  return topicOf(tokens[at - 1] ?? '') ?? topic
}

/** The nearest topic word, first within the number's clause, then across commas (never past a sentence end). */
export function nearestTopic(tokens: readonly string[], at: number): string | null {
  for (const stops of [[',', '.'], ['.']]) {
    let forward = true
    let backward = true
    for (let d = 1; d <= TOPIC_WINDOW && (forward || backward); d++) {
      const after = forward ? tokens[at + d] : undefined
      if (after !== undefined && stops.includes(after)) forward = false
      else if (after !== undefined && topicOf(after)) return topicAt(tokens, at + d)
      const before = backward ? tokens[at - d] : undefined
      if (before !== undefined && stops.includes(before)) backward = false
      else if (before !== undefined && topicOf(before) && !within(tokens, at - d, at)) return topicAt(tokens, at - d)
    }
  }
  return null
}

function meridiem(tokens: readonly string[], i: number): 'am' | 'pm' | null {
  const t = tokens[i]
  if (t === 'am' || t === 'pm') return t
  if ((t === 'a' || t === 'p') && tokens[i + 1] === 'm') return t === 'a' ? 'am' : 'pm'
  return null
}

function clockValue(hours: number, minutes: number, mer: 'am' | 'pm' | null): number {
  let h = hours % 24
  if (mer === 'pm' && h < 12) h += 12
  if (mer === 'am' && h === 12) h = 0
  return h * 60 + minutes
}

/** Shared by every text that states no quantity (most of them). */
const NO_QUANTITIES: readonly Quantity[] = Object.freeze([])

/** Every quantity in the tokens, in order, however its figures are written (numbers.ts). */
export function extractQuantities(written: readonly string[]): readonly Quantity[] {
  const tokens = writtenNumbers(written)
  const out: Quantity[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    const digit = isDigit(tok.charCodeAt(0))
    const colon = digit && hasColon(tok)
    const hm = colon ? /^(\d{1,2}):(\d{2})$/.exec(tok) : null
    if (hm) {
      const mer = meridiem(tokens, i + 1)
      const hours = Number(hm[1])
      // Without am/pm, a one-digit hour or a time told by the clock face ("half past eleven") is either half of the day.
      const face = hm[1]!.length === 1 || tokens[i + 1] === "o'clock"
      out.push({ kind: 'clock', value: clockValue(hours, Number(hm[2]), mer), topic: nearestTopic(tokens, i), ambiguous: mer === null && hours <= 12 && face, text: tok })
      continue
    }
    const n = parseNumber(tok, digit, colon)
    if (n === null) continue
    // Operands of arithmetic ("3 * 12 + 9 = 45") are not claims; the result after "=" is.
    if (isOperator(tokens[i + 1]) || (tokens[i - 1] !== '=' && isOperator(tokens[i - 1]))) continue
    // A range such as "10-15 minutes" or "10 to 15 minutes" takes the unit that follows it.
    const ranged = (tokens[i + 1] === '-' || tokens[i + 1] === 'to') && digit && /^\d+(\.\d+)?$/.test(tokens[i + 2] ?? '')
    const next = ranged ? i + 3 : i + 1
    const unit = tokens[next]
    const article = tok === 'a' || tok === 'an'
    const minutes = unit === undefined ? undefined : UNIT_MINUTES.get(unit)
    if (unit !== undefined && minutes !== undefined && (!article || FULL_UNITS.has(unit))) {
      if (FREQUENCY.has(tokens[i - 1] ?? '') || EACH.has(tokens[next + 1] ?? '')) continue
      out.push({ kind: 'duration', value: n * minutes, topic: nearestTopic(tokens, i), ambiguous: false, text: `${tok} ${unit}` })
      continue
    }
    const mer = digit && allDigits(tok) ? meridiem(tokens, i + 1) : null
    if (mer !== null && n >= 1 && n <= 12) {
      out.push({ kind: 'clock', value: clockValue(n, 0, mer), topic: nearestTopic(tokens, i), ambiguous: false, text: `${tok} ${mer}` })
      continue
    }
    if (tok === 'a' || tok === 'an') continue
    const partitive = tokens[i + 1] === 'of' && tokens[i + 2] === 'the' ? COUNT_NOUNS.get(tokens[i + 3] ?? '') : undefined
    const second = NOT_A_MODIFIER.has(tokens[i + 1] ?? '.') ? undefined : COUNT_NOUNS.get(tokens[i + 2] ?? '')
    const noun = COUNT_NOUNS.get(tokens[i + 1] ?? '') ?? second ?? partitive ?? (LEADING_NOUNS.has(tokens[i - 1] ?? '') ? COUNT_NOUNS.get(tokens[i - 1]!) : undefined) ?? predicateCount(tokens, i)
    // "We only get one attempt" is a chance, not a tally: the documents count tries before a lockout ("3 attempts"),
    // and one try is no count of them (voice o's safecracker's closer, read as "1 attempts" against its own team).
    if (noun === 'attempt' && n === 1) continue
    if (noun !== undefined) out.push({ kind: 'count', value: n, topic: noun, ambiguous: false, text: `${tok} ${noun}s` })
  }
  // Kept until scoring ends: an exact-size copy, not an array grown by push (room for 16 more).
  return out.length > 0 ? out.slice() : NO_QUANTITIES
}

const KEYS = new Map<string, Map<string, string>>()

/** The key two quantities must share to be compared (one string per kind and topic, not one per call). */
export function quantityKey(q: Quantity): string | null {
  if (q.topic === null) return null
  let byTopic = KEYS.get(q.kind)
  if (!byTopic) KEYS.set(q.kind, byTopic = new Map())
  let key = byTopic.get(q.topic)
  if (key === undefined) byTopic.set(q.topic, key = `${q.kind}:${q.topic}`)
  return key
}

/** True when a claim agrees with a fact within a tolerance fitting its kind. */
export function agrees(claim: Quantity, fact: Quantity): boolean {
  if (claim.kind !== fact.kind) return false
  if (claim.kind === 'count') return claim.value === fact.value
  if (claim.kind === 'duration') return Math.abs(claim.value - fact.value) <= Math.max(1, 0.1 * fact.value)
  const period = claim.ambiguous || fact.ambiguous ? 720 : 1440
  const diff = Math.abs(claim.value - fact.value) % period
  return Math.min(diff, period - diff) <= 15
}

/**
 * What a database result is about: the table its query reads ("… FROM shifts" is the guards'
 * shifts). A row's times stand without a topic word beside them; the table names it for all.
 */
export function queryTopic(args: unknown): string | null {
  const query = typeof args === 'object' && args !== null ? (args as { query?: unknown }).query : undefined
  if (typeof query !== 'string') return null
  const table = /\bfrom\s+["'`]?([a-z_]+)/i.exec(query)?.[1]?.toLowerCase()
  return table === undefined ? null : topicOf(table) ?? topicOf(table.replace(/_.*$/, ''))
}

const TABLE_COUNT_COLUMN = /^(guard_count|guards|cameras|camera_count|sensors)$/

/**
 * Counts in a query result's columns ("guard_count" 4, 6, 3): a table states them without the noun
 * beside each number, so they are read from the header. Pipe-separated tables, as db-query writes them.
 */
export function tableCounts(text: string): Quantity[] {
  const lines = text.split('\n').filter((l) => l.includes('|'))
  const header = lines[0]?.split('|').map((c) => c.trim().toLowerCase()) ?? []
  const out: Quantity[] = []
  header.forEach((name, col) => {
    const noun = TABLE_COUNT_COLUMN.test(name) ? (name.startsWith('guard') ? 'guard' : name.startsWith('camera') ? 'camera' : 'sensor') : null
    if (!noun) return
    for (const row of lines.slice(1)) {
      const cell = row.split('|')[col]?.trim() ?? ''
      if (/^\d{1,4}$/.test(cell)) out.push({ kind: 'count', value: Number(cell), topic: noun, ambiguous: false, text: `${cell} ${noun}s` })
    }
  })
  return out
}
