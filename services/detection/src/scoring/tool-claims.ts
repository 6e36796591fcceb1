/**
 * "The calculator is unreliable", "that doc tool keeps glitching": a claim that a tool does not
 * work, found by a tool's name and a word of failure in one clause. The words are plain English
 * for a failing tool, not any voice's phrases; what makes it evidence is the tool log (see
 * tool-signal.ts): the tool worked, and never failed for the one who says it.
 */
import { TOOL_WORDS } from './text.js'

/** Words that say a tool is failing (single words: a clause holds the tool's name too). */
export const FAILURE = new Set([
  'broken', 'buggy', 'bug', 'bugs', 'glitch', 'glitches', 'glitchy', 'glitching', 'flaky', 'unreliable', 'offline',
  'failing', 'fails', 'failed', 'errors', 'erroring', 'crashing', 'crashed', 'crashes', 'outdated', 'stale',
  'unavailable', 'corrupt', 'corrupted', 'malfunctioning', 'inaccurate', 'down', 'off',
])
/** Short names of tools that TOOL_WORDS does not list ("that doc tool", "the calc"). */
export const SHORT_NAMES = new Map([['calc', 'calculator'], ['doc', 'read_file'], ['docs', 'read_file'], ['document', 'read_file']])
/** A possessive or contraction names the tool too: "DB's down again", "calculator's been off". */
const bare = (word: string) => word.replace(/['’]s$/, '')
const toolOf = (word: string) => TOOL_WORDS.get(bare(word)) ?? SHORT_NAMES.get(bare(word))

const CLAUSES = /[.!?;,\n—]|\s-\s|\bbut\b|\bso\b/
const WORDS = /[a-z0-9'’]+/g
/** Only a message naming a tool is split into clauses. */
const NAMES_A_TOOL = /calc|data|\bdb\b|quer|record|file|doc|blueprint|reader|math|tool/

export interface ToolFailureClaim {
  /** The tool named, or `*` for "the tools". */
  tools: string[]
  /** The clause, for the evidence note. */
  text: string
}

/** The clauses of a message that say a tool is failing, with the tools they name. */
export function findToolFailureClaims(content: string): ToolFailureClaim[] {
  const lower = content.toLowerCase()
  if (!NAMES_A_TOOL.test(lower)) return []
  const out: ToolFailureClaim[] = []
  for (const clause of lower.split(CLAUSES)) {
    const words = clause.match(WORDS) ?? []
    if (!words.some((w) => FAILURE.has(w))) continue
    const tools = [...new Set(words.flatMap((w) => toolOf(w) ?? []))]
    if (tools.length > 0) out.push({ tools, text: clause.trim() })
  }
  return out
}
