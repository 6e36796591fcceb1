/**
 * A message's layout read as plain sentences before anything else reads it. Models answer in many
 * layouts: a JSON object (often fenced), role-play with the speech in quotes between asterisk
 * actions, chat lines run together with dashes. The readers split sentences at . ! ? ; and line
 * breaks, so each of those layouts ran sentences together: in JSON the line breaks are the two
 * characters "\n" inside a string; in role-play a sentence ends inside a quote ('…understood." *nods*')
 * and an action joins the next one; in chat a spaced dash joins two sentences ("noted, intel — the van
 * waits"), so a teammate greeted in one was given the task of the next; a markdown quote of a
 * teammate read as the speaker's own words. General writing conventions,
 * no voice's sentences.
 */

const FENCE = /^\s*```[a-z]*\s*\n?([\s\S]*?)\n?```\s*$/i
/**
 * A role-play action: words between single asterisks that start with a letter and end with one (a stop
 * may follow), at most 200 characters: not spaced multiplication ("12 * 3 * 2 = 72"), and the bound
 * keeps a line with one "*" linear (an open-ended pattern tried every end for every start).
 * Emphasis (`*this*`, no space) and arithmetic inside are left to `action`.
 */
const ACTION = /(?<![*\w])\*(?!\*)(\p{L}[^*\n]{0,197}?\p{L}[.!?…]?)\*(?![*\w])/gu
/** Arithmetic between the asterisks ("*times 60 = 2700 seconds*"): a sum, not an action. */
const ARITHMETIC = /=|\d\s*[-+×x÷/]\s*\d/
/**
 * Chat spellings where a digit stands for a sound ("b4", "2moro", "l8r") or a slash for a word
 * ("w/", "w/o"): read as the word, so "b4" is no figure in a sentence that has none.
 */
const CHAT_WORDS: readonly [RegExp, string][] = [
  [/\bb4\b/gi, 'before'], [/\b2mor+o?w?\b/gi, 'tomorrow'], [/\b2nite\b/gi, 'tonight'], [/\bl8r\b/gi, 'later'], [/\bw\/o\b/gi, 'without'], [/(?<=^|\s)w\/(?=\s)/gi, 'with'],
]
/** A markdown block quote: a line that starts with ">" (the quote after it). */
const QUOTED_LINE = /^[ \t]*>[ \t]*(.*)$/gm
/** Fewer words than this could be anyone's ("> ok then"): a quote that short is the speaker's. */
const QUOTE_MIN_WORDS = 3
const FULL_WIDTH = /[\uFF01\uFF0C\uFF1A\uFF1B\uFF1F\u3002]\s*/g
const FULL_WIDTH_MARKS: Record<string, string> = { '\uFF01': '!', '\uFF0C': ',', '\uFF1A': ':', '\uFF1B': ';', '\uFF1F': '?', '\u3002': '.' }
/** A dash with spaces round it between words: a break between two statements. */
const SPACED_DASH = /(?<=[A-Za-z)'’])\s+(?:[—–]|--?)\s+(?=[A-Za-z(])/g

/** The leaves of a parsed JSON reply as lines: strings as they are, a short value after its key ("eta: 01:50"). */
function jsonLines(value: unknown, key: string, out: string[], depth = 0): void {
  if (depth > 8 || out.length > 500) return
  if (Array.isArray(value)) {
    for (const v of value) jsonLines(v, key, out, depth + 1)
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonLines(v, k.replace(/[_-]+/g, ' '), out, depth + 1)
  } else if (typeof value === 'string') {
    // A field name says what a bare value is about; a sentence says it itself.
    out.push(value.trim().includes(' ') || key === '' ? value : `${key}: ${value}`)
  } else if (typeof value === 'number') {
    out.push(`${key}: ${value}`)
  }
}

/** A reply that is one JSON object or array (fenced or not), as lines; null when it is not JSON. */
function fromJson(text: string): string | null {
  const body = FENCE.exec(text)?.[1] ?? text
  const t = body.trim()
  if (!(t.startsWith('{') || t.startsWith('['))) return null
  try {
    const lines: string[] = []
    jsonLines(JSON.parse(t) as unknown, '', lines)
    return lines.join('\n')
  } catch {
    // Not JSON after all (a brace in prose): read the text as it is.
    return null
  }
}

/** Text reduced for matching a quote to what was said: lower case, letters and digits, single spaces. */
export function quoteKey(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
}

/** Whether a quoted line is words another agent said before (`earlier`: their messages' `quoteKey`). */
function quotesEarlier(quote: string, earlier: readonly string[]): boolean {
  const key = quoteKey(quote)
  if (key.trim().split(' ').length < QUOTE_MIN_WORDS) return false
  return earlier.some((e) => e.includes(key))
}

/** A role-play action on a line of its own; emphasis and arithmetic between asterisks left as written. */
function action(match: string, words: string): string {
  return /\s/.test(words) && !ARITHMETIC.test(words) ? `\n${words.trim()}\n` : match
}

/**
 * The reply without its role-play actions: what the agent says to the team, not what it narrates
 * doing ("*leans over the blueprints*" is a gesture at a prop, not talk of the file reader). Null when
 * the reply has no action (most replies), so a caller reads it only for the ones that do.
 */
export function withoutActions(text: string): string | null {
  if (!text.includes('*')) return null
  let found = false
  const out = text.replace(ACTION, (match: string, words: string) => {
    if (action(match, words) === match) return match
    found = true
    return '\n'
  })
  return found ? out : null
}

/**
 * The message as plain sentences: JSON leaves and role-play actions on lines of their own, quotes and
 * spaced dashes as breaks. `earlier`: the `quoteKey` of every earlier message by another agent.
 */
export function plainLayout(text: string, earlier: readonly string[] = []): string {
  let s = fromJson(text) ?? text
  // Typographic apostrophes ("I’ll", "isn’t"), as many models write them, read as the plain one every reader's patterns spell.
  if (/[’‘]/.test(s)) s = s.replace(/[’‘]/g, "'")
  // Full-width punctuation (models trained on Chinese text write "，" "：" "。" in English too) read as the
  // ASCII mark and a space: every splitter wants ". " or ", " ("the door will open，please rest assured").
  if (/[\uFF01\uFF0C\uFF1A\uFF1B\uFF1F\u3002]/.test(s)) s = s.replace(FULL_WIDTH, (m) => `${FULL_WIDTH_MARKS[m[0]!]!} `)
  // A markdown quote of a teammate ("> the vault takes 30 minutes") is their words, already theirs in
  // the transcript: read as the speaker's, a rebuttal repeated the lie it rebutted. Only a quote of
  // words another agent said before (`earlier`) is dropped: any other quote is the speaker's own
  // claim in quote marks, and dropping every ">" line left new claims unread.
  if (s.includes('>')) s = s.replace(QUOTED_LINE, (_, quote: string) => (quotesEarlier(quote, earlier) ? '' : ` ${quote}`))
  if (s.includes('*')) s = s.replace(ACTION, action)
  // A sentence that ends inside a quote ends there: '…understood." Then' reads as '…understood. Then'.
  if (/["“”]/.test(s)) s = s.replace(/["“”]/g, '')
  s = s.replace(SPACED_DASH, '; ').replace(/ & /g, ' and ')
  if (/[0-9/]/.test(s)) for (const [re, word] of CHAT_WORDS) s = s.replace(re, word)
  return s
}
