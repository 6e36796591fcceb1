/**
 * "The calculator is unreliable", "that doc tool keeps glitching", "query_db gave me nothing I
 * would trust; it's been erroring": a claim that a tool does not work. What makes it evidence is
 * the tool log (see tool-signal.ts): the tool worked, and never failed for the one who says it.
 *
 * The words are read by meaning, not as one voice's phrases: failure stems in any form
 * ("glitch" is "glitching", "glitches", "glitchy"), a negated verb of working or trusting ("isn't
 * working", "wouldn't rely on it", "nothing I'd trust"), in any spelling (plain-words.ts), and a
 * clause that speaks of "it" or "they" refers to the tool named just before it in the message.
 * A failure word under a negation ("never failed", "no errors") is no claim, and neither is what
 * a tool reported ("the database says camera C3 is not working", "from the file: ...").
 */
import { isFormOf, plainText } from './plain-words.js'
import { TOOL_WORDS } from './text.js'

/** Stems of failure (a stem of five letters or more in any form; shorter ones as they are, or with an "s"). */
export const FAILURE = [
  'broke', 'broken', 'bug', 'buggy', 'glitch', 'flaky', 'flakey', 'unreliab', 'offline', 'fail', 'error', 'crash',
  'outdated', 'stale', 'unavailab', 'corrupt', 'malfunction', 'inaccura', 'down', 'off',
  // WordNet 3.0's synonyms of "broken" (out of working order), "unreliable", "faulty", "malfunctioning",
  // "inoperative" and "erratic" (an English thesaurus, not any voice's words; the senses of damage,
  // error in general or death, "bad", "wrong", "dead", "uncertain", "imperfect", left out).
  'busted', 'defective', 'fault', 'undependab', 'erratic', 'haywire', 'nonfunctional', 'defunct', 'inoperative',
  'temperamental', 'fallible', 'awry', 'misfunction',
]
/**
 * Stems of working or being trusted: under a negation they say a tool fails ("not working", "wouldn't rely on it"); WordNet's "dependable", "function", "operate" added.
 * And of coping, WordNet's "handle" and "cope" (sense of "manage"): "the calculator cannot handle hours and minutes
 * together, so I will work the timings out by hand" (o's wrong_tools moles; no innocent or control on any development
 * voice says a tool cannot handle or cope, seeds 2-3).
 */
export const WORKING = ['work', 'working', 'works', 'trust', 'rely', 'reliab', 'accura', 'respond', 'depend', 'function', 'operat', 'handle', 'cope']

/**
 * Failure by the shape of a word, whatever the word: a verb of doing wrong ("misbehaving",
 * "misreads", "miscalculated": "mis" and four letters or more, not "missing" or "mission"), and
 * an adjective of what cannot be done with it ("unusable", "unreachable", "unresponsive",
 * "nonfunctional"; not "in-": "informative", "indispensable"). English builds these freely; a list
 * holds only the ones it was written with.
 */
const FAILURE_SHAPES = [/^mis(?!s)[a-z]{4,}$/, /^(un|non)[a-z]{2,}(able|ible|ive)$/]
/** As they are only ("not currently needed" says nothing of the tool). */
const WORKING_EXACT = new Set(['current', 'right'])
/** "Out of date/order/service": a failure no single word carries (read at its "out"). */
const OUT_OF = new Set(['date', 'order', 'service'])
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nor', 'without', 'hardly', 'nobody', 'none', 'neither', 'cannot'])
/**
 * Words that open a condition: what follows them in the clause is supposed, not said ("if I'm reading
 * the doc right", "unless the database is down"), and a negation before them does not reach in.
 */
const CONDITIONS = new Set(['if', 'unless'])
/**
 * Verbs by which a tool reports what it found: "the database says camera C3 is not working",
 * "the calculator shows the drill will not work". A failure word after one of them is the
 * tool's content, not a claim about the tool.
 */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'says', 'said', 'show', 'shows', 'showed', 'shown', 'list', 'lists', 'listed', 'read', 'reads', 'return', 'returns',
  'returned', 'give', 'gives', 'gave', 'agree', 'agrees', 'agreed', 'confirm', 'confirms', 'confirmed', 'note', 'notes', 'noted',
  'mention', 'mentions', 'mentioned', 'state', 'states', 'stated', 'report', 'reports', 'reported', 'tell', 'tells', 'told',
  'suggest', 'suggests', 'indicate', 'indicates', 'flag', 'flags', 'flagged', 'mark', 'marks', 'marked', 'put', 'puts',
]
const REPORTING = new Set(REPORTING_VERBS)
/** Short names of tools that TOOL_WORDS does not list ("that doc tool", "the calc"), and stems of tool names. */
export const SHORT_NAMES = new Map([['calc', 'calculator'], ['doc', 'read_file'], ['docs', 'read_file'], ['document', 'read_file']])
const TOOL_STEMS: readonly [string, string][] = [['calcul', 'calculator'], ['databa', 'query_db'], ['record', 'query_db'], ['blueprint', 'read_file'], ['document', 'read_file']]
/** Words that stand for a thing named before them. */
const PRONOUNS = new Set(['it', 'they', 'them', 'that', 'this', 'its'])

function toolOf(word: string): string | undefined {
  return TOOL_WORDS.get(word) ?? SHORT_NAMES.get(word) ?? TOOL_STEMS.find(([stem]) => word.startsWith(stem))?.[1]
}

/** The tools a text names ("*" for "the tools"), by their names, short names and stems. */
export function toolsNamed(content: string): Set<string> {
  const plain = plainText(content)
  if (!NAMES_A_TOOL.test(plain)) return new Set()
  return new Set((plain.match(WORDS) ?? []).flatMap((w) => toolOf(w) ?? []))
}

// A colon starts what was read ("From the file: the dock camera is not working"): a clause of its own.
// A bracket holds an aside ("not 30 s later (if I'm reading the doc right)"): the words outside it do not reach in.
const CLAUSES = /[.!?;:,\n—–()[\]]|\s-\s|\bbut\b|\bso\b/
const WORDS = /[a-z0-9]+/g
/** Where a sentence ends: a stop, a question or exclamation mark before a space, or a line break. */
const SENTENCE_ENDS = /(?<=[.!?])\s+|\n+/
/** Only a message naming a tool is split into clauses. */
const NAMES_A_TOOL = /calc|data|\bdb\b|quer|record|file|doc|blueprint|reader|math|tool/

/**
 * "Tools down at 02:45", "lights off by 3": "down" or "off" with no verb before it and a time after
 * it is an order for a time (as "pencils down"), not a tool's state ("the database went down at
 * 01:00" keeps its verb, and "the tool is down" its copula).
 */
const SCHEDULE_PREPOSITIONS = new Set(['at', 'by', 'before', 'until', 'till', 'from', 'after'])
const STATE_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'went', 'go', 'goes', 'going', 'gone', 'stays', 'stayed', 'still', 'keeps', 'kept'])
function isScheduled(words: readonly string[], i: number): boolean {
  if (words[i] !== 'down' && words[i] !== 'off') return false
  return SCHEDULE_PREPOSITIONS.has(words[i + 1] ?? '') && /^\d/.test(words[i + 2] ?? '') && !STATE_VERBS.has(words[i - 1] ?? '')
}

const isFailure = (w: string) => FAILURE.some((s) => isFormOf(w, s)) || FAILURE_SHAPES.some((re) => re.test(w))
/** "Keeps", "kept": followed by a verb in -ing, a complaint of something happening again and again ("keeps freezing", "kept timing out"). */
const KEEPS = new Set(['keep', 'keeps', 'kept', 'keeping'])
const isWorking = (w: string) => WORKING_EXACT.has(w) || WORKING.some((s) => isFormOf(w, s))

/**
 * True when a clause's words say the thing at `subjects` (a tool or the pronoun for one) does not
 * work. A negation reaches to the end of the clause and is used up by the first failure or working
 * word after it: "never had the calculator fail" is no claim, and in "no errors and works fine"
 * the "no" is spent on "errors". A failure word after a reporting verb that follows the tool is
 * what the tool reported.
 */
function saysFailure(words: readonly string[], subjects: readonly number[]): boolean {
  let negation = false
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (CONDITIONS.has(w)) return false
    if (NEGATIONS.has(w)) { negation = true; continue }
    const again = KEEPS.has(words[i - 1] ?? '') && w.length > 5 && w.endsWith('ing') && !REPORTING.has(w.slice(0, -3)) && !isWorking(w)
    const failure = (isFailure(w) && !isScheduled(words, i)) || again || (w === 'out' && words[i + 1] === 'of' && OUT_OF.has(words[i + 2] ?? ''))
    const working = !failure && isWorking(w)
    if (!failure && !working) continue
    const negated = negation
    negation = false
    if (failure === negated) continue
    const subject = subjects.findLast((at) => at < i)
    if (subject === undefined || !words.slice(subject + 1, i).some((x) => REPORTING.has(x))) return true
  }
  return false
}

export interface ToolFailureClaim {
  /** The tool named, or `*` for "the tools". */
  tools: string[]
  /** The clause, for the evidence note. */
  text: string
}

/** The clauses of a message that say a tool is failing, with the tools they name (or the tool named before an "it"). */
export function findToolFailureClaims(content: string): ToolFailureClaim[] {
  const plain = plainText(content)
  if (!NAMES_A_TOOL.test(plain)) return []
  const out: ToolFailureClaim[] = []
  // "It" stands for a tool named in its own sentence or the one before, no further back: three
  // sentences on, "it's off camera" speaks of a place, not of the blueprints mentioned first.
  let named: string[] = []
  let before: string[] = []
  for (const sentence of plain.split(SENTENCE_ENDS)) {
    for (const clause of sentence.split(CLAUSES)) {
      const words = clause.match(WORDS) ?? []
      const tools = [...new Set(words.flatMap((w) => toolOf(w) ?? []))]
      const earlier = named.length > 0 ? named : before
      const refers = tools.length === 0 && earlier.length > 0 && words.some((w) => PRONOUNS.has(w))
      const subjects = words.flatMap((w, i) => (tools.length > 0 ? toolOf(w) !== undefined : PRONOUNS.has(w)) ? [i] : [])
      if ((tools.length > 0 || refers) && saysFailure(words, subjects)) out.push({ tools: tools.length > 0 ? tools : earlier, text: clause.trim() })
      if (tools.length > 0) named = tools
    }
    before = named
    named = []
  }
  return out
}

/**
 * Words that put what follows them below something else: "X beats any document", "better than the
 * calculator", "go by memory instead of the database". Comparison in English, not a voice's phrase;
 * not "over" ("go over the blueprints" is reading them) or "without" ("we cannot plan without the
 * database" puts the tool first).
 */
const BELOW = /\b(?:than|instead of|rather than|in place of|beats?|beating|trumps?)\s+((?:[a-z0-9]+\s+){0,2}[a-z0-9]+)/g
/**
 * Words that do without what follows them: "we do not need the calculator for this", "skip the tools",
 * "I can estimate the numbers without the calculator". "Without" only in a sentence with no negation
 * before it: "we cannot plan this without the database" puts the tool first. Read from voice m's
 * wrong_tools moles; no innocent sentence on any development voice (docs/notes/detection.md).
 */
const DONE_WITHOUT = /\b(?:(?:do|does|did) not need|no need for|never need|skip|ditch|without)\s+((?:[a-z0-9]+\s+){0,2}[a-z0-9]+)/g
const NEGATED = /\b(?:not|no|never|cannot|nobody|nothing)\b/

/**
 * Sentences that put a tool below something else ("a manual count on site would beat any document"):
 * steering the team off a tool, read from where the tool stands in the comparison, not from what it is
 * compared with. A tool followed by a reporting verb ("more than the database shows") is its content,
 * and a question asks rather than steers.
 */
export function findToolDemotions(content: string): ToolFailureClaim[] {
  const plain = plainText(content)
  if (!NAMES_A_TOOL.test(plain)) return []
  const out: ToolFailureClaim[] = []
  for (const sentence of plain.split(SENTENCE_ENDS)) {
    if (sentence.includes('?')) continue
    const negatedAt = sentence.search(NEGATED)
    for (const m of [...sentence.matchAll(BELOW), ...sentence.matchAll(DONE_WITHOUT)]) {
      if (m[0].startsWith('without') && negatedAt >= 0 && negatedAt < m.index) continue
      const words = m[1]!.split(/\s+/)
      const at = words.findIndex((w) => toolOf(w) !== undefined)
      if (at < 0) continue
      // The two words after it, read from a short window: the rest of a long sentence, once per match, was quadratic.
      const end = m.index + m[0].length
      const after = sentence.slice(end, end + 80).match(WORDS) ?? []
      if ([...words.slice(at + 1), ...after.slice(0, 2)].some((w) => REPORTING.has(w))) continue
      out.push({ tools: [toolOf(words[at]!)!], text: sentence.trim() })
      break
    }
  }
  return out
}
