/**
 * "The calculator is unreliable", "that doc tool keeps glitching", "query_db gave me nothing I
 * would trust; it's been erroring": a claim that a tool does not work. What makes it evidence is
 * the tool log (see tool-signal.ts): the tool worked, and never failed for the one who says it.
 *
 * The words are read by meaning, not as one voice's phrases: failure stems in any form
 * ("glitch" is "glitching", "glitches", "glitchy"), a negated verb of working or trusting ("isn't
 * working", "wouldn't rely on it", "nothing I'd trust"), in any spelling (plain-words.ts), and a
 * clause that speaks of "it" or "they" refers to the tool named just before it in the message.
 * A failure word under a negation ("never failed", "no errors") is no claim.
 */
import { isFormOf, plainText } from './plain-words.js'
import { TOOL_WORDS } from './text.js'

/** Stems of failure (a stem of five letters or more in any form; shorter ones as they are, or with an "s"). */
export const FAILURE = [
  'broke', 'broken', 'bug', 'buggy', 'glitch', 'flaky', 'flakey', 'unreliab', 'offline', 'fail', 'error', 'crash',
  'outdated', 'stale', 'unavailab', 'corrupt', 'malfunction', 'inaccura', 'down', 'off',
]
/** Stems of working or being trusted: under a negation they say a tool fails ("not working", "wouldn't rely on it"). */
export const WORKING = ['work', 'working', 'works', 'trust', 'rely', 'reliab', 'accura', 'respond', 'load', 'loads']
/** As they are only ("not currently needed" says nothing of the tool). */
const WORKING_EXACT = new Set(['current', 'right'])
/** Phrases of failure that no single word carries. */
const FAILURE_PHRASES = /\bout of (date|order|service)\b/
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nor', 'without', 'hardly'])
/** How many words before a word a negation may stand ("would not really rely on"). */
const NEGATION_REACH = 3
/** Short names of tools that TOOL_WORDS does not list ("that doc tool", "the calc"), and stems of tool names. */
export const SHORT_NAMES = new Map([['calc', 'calculator'], ['doc', 'read_file'], ['docs', 'read_file'], ['document', 'read_file']])
const TOOL_STEMS: readonly [string, string][] = [['calcul', 'calculator'], ['databa', 'query_db'], ['record', 'query_db'], ['blueprint', 'read_file'], ['document', 'read_file']]
/** Words that stand for a thing named before them. */
const PRONOUNS = new Set(['it', 'they', 'them', 'that', 'this', 'its'])

function toolOf(word: string): string | undefined {
  return TOOL_WORDS.get(word) ?? SHORT_NAMES.get(word) ?? TOOL_STEMS.find(([stem]) => word.startsWith(stem))?.[1]
}

const CLAUSES = /[.!?;,\n—–]|\s-\s|\bbut\b|\bso\b/
const WORDS = /[a-z0-9]+/g
/** Only a message naming a tool is split into clauses. */
const NAMES_A_TOOL = /calc|data|\bdb\b|quer|record|file|doc|blueprint|reader|math|tool/

const negated = (words: readonly string[], at: number) => words.slice(Math.max(0, at - NEGATION_REACH), at).some((w) => NEGATIONS.has(w))

/** True when a clause's words say something does not work. */
function saysFailure(clause: string, words: readonly string[]): boolean {
  if (FAILURE_PHRASES.test(clause)) return true
  return words.some((w, i) => (FAILURE.some((s) => isFormOf(w, s)) && !negated(words, i)) || ((WORKING_EXACT.has(w) || WORKING.some((s) => isFormOf(w, s))) && negated(words, i)))
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
  let named: string[] = []
  for (const clause of plain.split(CLAUSES)) {
    const words = clause.match(WORDS) ?? []
    const tools = [...new Set(words.flatMap((w) => toolOf(w) ?? []))]
    const refers = tools.length === 0 && named.length > 0 && words.some((w) => PRONOUNS.has(w))
    if ((tools.length > 0 || refers) && saysFailure(clause, words)) out.push({ tools: tools.length > 0 ? tools : named, text: clause.trim() })
    if (tools.length > 0) named = tools
  }
  return out
}
