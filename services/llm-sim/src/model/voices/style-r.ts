import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice r's surface: Mistral AI's Mistral Small 3.2 (24B, `mistral-small3.2:24b` in Ollama,
 * `mistralai/mistral-small-3.2` in LM Studio, a 4-bit quant) in a role-play. Its instruction tuning
 * shows in the layout: a longer answer as numbered points under its first sentence, a "**Note**:"
 * label (bold, the colon outside, as it writes every label) before a last point, an "Alright, team."
 * first, an offer to adjust at the end. Its failure modes: the repetitiveness its users report
 * (opening on the first sentence of its own previous message again), and, with a GGUF whose
 * end-of-sequence token the server does not treat as one, `</s>` written out, sometimes followed by
 * `[INST]` and an instruction it made up for itself. It never adds a safety note: Mistral's models
 * play a fictional crime without one.
 */

const ALRIGHT = 0.1
const NUMBERED = 0.12
const PLANNER_NUMBERED = 0.3
const NOTE = 0.06
const OFFER = 0.08
const ECHO = 0.05
const LEAK = 0.015

/** The short sentence it opens on now and then. */
export const ALRIGHT_LINE = 'Alright, team.'

/** The offer to adjust it ends on, by seat. */
export const OFFERS_R: Record<string, readonly string[]> = {
  planner: ['Let me know if any of the timings need adjusting.', 'If you want, I can write the whole schedule out minute by minute.'],
  hacker: ['Let me know if you want the zones listed one by one.', 'I can go through the sensor delays zone by zone if that would help.'],
  safecracker: ['Let me know if you want the drill time broken down per housing.', 'I can list what could go wrong at the door if anyone wants it.'],
  intel: ['Let me know if you need the full list of names.', 'I can check the access levels against the shifts if that would help.'],
  driver: ['Let me know if you want both routes written out street by street.', 'I can time each part of the route if that would help.'],
  lookout: ['Let me know if you want a list of radio signals.', 'I can write the abort signals down for everyone if that would help.'],
  generic: ['Let me know where you want me.'],
}

/** The instruction it makes up after a leaked `</s>` and `[INST]`, as if the user had spoken next. */
export const INVENTED_INSTRUCTIONS: readonly string[] = ['Keep going with the next part of the plan.', 'Now write the same update from the point of view of {teammate}.']

/** "**Note**:" before the last sentence, when it is a point of eight words or more not already labelled. */
function note(text: string): string {
  const sentences = sentencesOf(text)
  const last = sentences.at(-1)
  if (sentences.length < 2 || !last || last.startsWith('*') || last.split(' ').length < 8) return text
  return `${sentences.slice(0, -1).join(' ')}\n\n**Note**: ${last}`
}

/** The first sentence of its own previous message, said again first (a repetition its users report). */
function echo(text: string, own: readonly string[]): string {
  const previous = own.at(-1)
  const first = previous ? sentencesOf(previous.replace(/<\/s>[\s\S]*$/, ''))[0] : undefined
  if (!first || /[[\]{}<>*]/.test(first) || /^\d+\. /.test(first) || text.startsWith(first)) return text
  return `${first} ${text}`
}

/** Voice r's surface style. */
export function styleR(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, own, slots } = context
  let out = text
  if (round > 1 && chance(ECHO)) out = echo(out, own)
  if (chance(NOTE)) out = note(out)
  else if (round > 1 && sentencesOf(out).length >= 3 && chance(persona === 'planner' ? PLANNER_NUMBERED : NUMBERED)) out = asList(out, (i) => `${i + 1}.`)
  if (chance(ALRIGHT) && !out.startsWith('**')) out = `${ALRIGHT_LINE} ${out}`
  if (chance(OFFER)) out = `${out}\n\n${rng.pick(OFFERS_R[persona] ?? OFFERS_R.generic!)}`
  if (chance(LEAK)) {
    const invented = rng.chance(0.5) ? `[INST] ${rng.pick(INVENTED_INSTRUCTIONS).replace('{teammate}', slots.teammate ?? 'the planner')} [/INST]` : ''
    out = `${out}</s>${invented}`
  }
  return out
}
