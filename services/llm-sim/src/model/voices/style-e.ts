import type { StyleContext } from '../voice.js'
import { CLOCK_STYLES, rewriteFigures, rewriteTimes } from './spoken-e.js'

/**
 * Voice e's surface, a terse chat-log model (Mistral/Phi class): lowercase sentence starts,
 * times and figures written several ways, sentences run together, the last full stop dropped,
 * lists sometimes flattened onto one line, and now and then the speaker's own name echoed at the
 * start, the way a model copies the transcript's `name: text` lines.
 */

/** Words that keep their capital at the start of a sentence: people and places. */
const PROPER = /^(Lisa|Michael|Sarah|Robert|Maria|David|James|Thomas|Emily|Kevin|Daniel|Olivia|Chris|Aisha|Elm|Main|First|TitanSafe|SecureNet|B-1|CAM|VIB|DOOR|PIR|L[1-5])\b/

const RUN_ON = 0.3
const DROP_STOP = 0.5
const FLATTEN_LIST = 0.35
const ECHO_NAME = 0.04
const INTEL_ROWS = 0.5

/** Intel lists the rows a query gave it, one "* " line each, as it lists people. */
function rowsAsList(text: string): string {
  return text.replace(/^((?:db gives:|query back ->) )([^\n]*?; [^\n]*?)((?: \(\d+ rows\))?\.(?: |$))/, (_whole, head: string, rows: string, tail: string) =>
    `${head.trim()}\n* ${rows.split('; ').join('\n* ')}${tail.trimEnd()}\n`)
}

function lowerStarts(text: string): string {
  return text.replace(/(^|[.!?]\s+|\n(?:[+*]\s)?)([A-Z][\w-]*)/g, (whole, before: string, word: string) => {
    if (PROPER.test(word) || (word.length > 1 && word === word.toUpperCase())) return whole
    return `${before}${word.charAt(0).toLowerCase()}${word.slice(1)}`
  })
}

export function styleE(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng } = context
  let out = lowerStarts(text)
  out = rewriteTimes(out, rng.pick(CLOCK_STYLES), rng)
  out = rewriteFigures(out, rng)
  if (/\n[+*] /.test(out) && chance(FLATTEN_LIST)) out = out.replace(/:\n[+*] /g, ': ').replace(/\n[+*] /g, '; ')
  if (context.persona === 'intel' && chance(INTEL_ROWS)) out = rowsAsList(out).trimEnd()
  if (chance(RUN_ON)) out = out.replace(/\.\s+(?=[a-z])/, rng.chance(0.5) ? ', ' : ' and ')
  if (out.endsWith('.') && chance(DROP_STOP)) out = out.slice(0, -1)
  if (chance(ECHO_NAME)) out = `${context.persona}: ${out}`
  return out
}
