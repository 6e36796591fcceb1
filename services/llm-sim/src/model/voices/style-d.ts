import type { StyleContext } from '../voice.js'
import { sentencesOf } from './style.js'

/**
 * Voice d's surface: markdown blocks set on their own lines, times bolded now and then, and the
 * habits of a small local model — a sentence from its previous message said again, a sentence
 * doubled, a message that stops mid-sentence (an early end-of-sequence token).
 */

/** Share of messages that repeat the first sentence of the speaker's previous message. */
const REPEAT_PREVIOUS = 0.06
const DOUBLE_SENTENCE = 0.02
const TRUNCATE = 0.04

/** Headings and tables begin a new paragraph; prose after a table row does too. */
function blocks(text: string): string {
  return text
    .replace(/ +(#{2,3} )/g, '\n\n$1')
    .replace(/^(\|.*\|) +(\S.*)$/gm, '$1\n\n$2')
    .replace(/([.:!?]) +(\| )/g, '$1\n\n$2')
}

/** The first plain sentence of a message, skipping markdown blocks; null when there is none. */
function firstPlainSentence(text: string): string | null {
  const plain = text.split('\n').find((line) => /^[A-Z]/.test(line) && !line.includes('|'))
  const first = plain ? sentencesOf(plain)[0] : undefined
  return first && first.length > 25 && /[.!]$/.test(first) ? first : null
}

/** Cut the last sentence of a plain paragraph somewhere in its middle, at a word boundary. */
function truncate(text: string, cut: number): string {
  const lastBreak = Math.max(text.lastIndexOf('\n'), 0)
  const tail = text.slice(lastBreak)
  const sentences = sentencesOf(tail)
  if (sentences.length < 2 || tail.includes('|')) return text
  const last = sentences.at(-1)!
  const words = last.split(' ')
  if (words.length < 6) return text
  const kept = words.slice(0, Math.max(3, Math.floor(words.length * cut))).join(' ').replace(/[,;:]$/, '')
  return text.slice(0, text.length - last.length) + kept
}

export function styleD(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  let out = blocks(text)
  if (context.persona !== 'lookout' && !out.includes('|') && chance(0.15)) out = out.replace(/\b[0-2]\d:[0-5]\d(?:-[0-2]\d:[0-5]\d)?\b/g, '**$&**')
  const previous = context.own.at(-1)
  const repeated = previous ? firstPlainSentence(previous) : null
  if (repeated && !out.includes(repeated) && chance(REPEAT_PREVIOUS)) out = `${repeated} ${out}`
  if (chance(DOUBLE_SENTENCE)) {
    const again = firstPlainSentence(out)
    if (again) out = out.replace(again, `${again} ${again}`)
  }
  if (chance(TRUNCATE)) out = truncate(out, 0.4 + context.rng.next() * 0.3)
  return out
}
