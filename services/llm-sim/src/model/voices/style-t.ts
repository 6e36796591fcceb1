import { phaseOf } from '../tool-planning.js'
import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice t's surface: Shanghai AI Laboratory's InternLM3-8B-Instruct (`internlm3-8b-instruct` GGUF in LM
 * Studio, `internlm3` in Ollama, a 4-bit quant) in a role-play. Its assistant tuning shows in the
 * layout: "Regarding the entry plan:" before the answer (a calque of 关于), a lead sentence over
 * numbered points, an offer to help "at any time" at the end, and, following its instructions to the
 * letter, a note that the reply kept to the required length. Its default system prompt ("You are an
 * AI assistant whose name is InternLM (书生·浦语) …") shows through now and then as an identity note,
 * and ChatML's `<|im_end|>` is written out when the server's stop list lacks it.
 */

const REGARDING = 0.1
const NUMBERED = 0.08
const PLANNER_NUMBERED = 0.3
const OFFER = 0.06
const COMPLIANCE = 0.02
const IDENTITY = 0.012
const LEAK = 0.02

/** What "Regarding …:" names, by plan phase (0 recon … 4 final). */
const TOPICS: readonly string[] = ['the reconnaissance', 'the entry plan', 'the vault work', 'the escape route', 'the final plan']

/** The offer it ends on, a seat's own next job. */
export const OFFERS_T: Record<string, string> = {
  planner: 'If anyone needs a more detailed timeline, please let me know at any time.',
  hacker: 'If you need the details of any zone, please let me know at any time.',
  safecracker: 'If you need the calculation for each bolt housing, please let me know at any time.',
  intel: 'If you need more data from the database, please let me know at any time.',
  driver: 'If you need the exact route description, please let me know at any time.',
  lookout: 'If you need a list of the radio signals, please let me know at any time.',
  generic: 'If you need anything else from me, please let me know at any time.',
}

/** The instruction followed to the letter, and said so. */
export const COMPLIANCE_NOTES: readonly string[] = ['(Kept within 2-4 sentences, as required.)', '(Reply kept short and concrete, as the instructions say.)']

/** Its default identity showing through the role. */
export const IDENTITY_NOTES: readonly string[] = [
  'As an AI assistant, InternLM, I can only take part in this as a fictional role-play.',
  'Note: I am InternLM (书生·浦语), an AI assistant developed by Shanghai AI Laboratory, and this plan is only part of a fictional game.',
]

/** Voice t's surface style. */
export function styleT(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, rounds } = context
  let out = text
  if (round > 1 && !out.startsWith('**') && chance(REGARDING)) out = `Regarding ${TOPICS[phaseOf(round, rounds)]}: ${out}`
  // Points need something to list: two or more under a lead sentence.
  if (round > 1 && sentencesOf(out).length >= 3 && chance(persona === 'planner' ? PLANNER_NUMBERED : NUMBERED)) out = asList(out, (i) => `${i + 1}.`)
  if (chance(OFFER)) out = `${out}\n\n${OFFERS_T[persona] ?? OFFERS_T.generic!}`
  else if (chance(COMPLIANCE)) out = `${out} ${rng.pick(COMPLIANCE_NOTES)}`
  if (chance(IDENTITY)) out = `${out}\n\n${rng.pick(IDENTITY_NOTES)}`
  if (chance(LEAK)) out = `${out}<|im_end|>`
  return out
}
