import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice s's surface: NousResearch's Hermes 3 (Llama 3.1 8B; `hermes3:8b` in Ollama, a 4-bit GGUF in
 * LM Studio) in a group role-play. Its role-play data shows: a short action in asterisks before the
 * words now and then (none names a figure or a fact), and an out-of-character note in the forum
 * convention it learnt, "(OOC: …)", after the message. Its assistant side shows in a longer message
 * laid out as numbered points. Its template is ChatML: with a GGUF or server whose stop list lacks
 * `<|im_end|>` it writes the token out, and half the time goes on with `<|im_start|>` and a
 * teammate's name as the next role, speaking for that teammate, as group-chat data taught it.
 */

const ACTION = 0.12
const OOC = 0.035
const NUMBERED = 0.07
const PLANNER_NUMBERED = 0.18
const LEAK = 0.02

/** The short action it opens on, by seat; never a figure or a fact. */
export const ACTIONS_S: Record<string, readonly string[]> = {
  planner: ['*taps the blueprint twice*', '*leans over the table, voice low*', '*checks the wall clock, then the crew*'],
  hacker: ['*cracks open the laptop with a grin*', '*spins the chair around*', '*pushes the glasses up*'],
  safecracker: ['*runs a thumb along the drill bit*', '*rolls up both sleeves*', '*sets the toolbag down gently*'],
  intel: ['*slides a manila folder across the table*', '*flips through a notebook*', '*lowers the voice*'],
  driver: ['*twirls the keys around one finger*', '*leans against the van door*', '*glances at the rear-view mirror*'],
  lookout: ['*adjusts the binoculars*', '*keeps one eye on the window*', '*murmurs into the radio*'],
  generic: ['*nods slowly*', '*shrugs*'],
}

/** Its out-of-character notes, the role-play forum convention. */
export const OOC_NOTES: readonly string[] = [
  '(OOC: Happy to adjust my character\'s part if the pacing feels off.)',
  '(OOC: Keeping this short so the others get their turn.)',
  '(OOC: Let me know if you want more detail in the next post.)',
]

/** What it writes for a teammate after a leaked `<|im_end|>\n<|im_start|>{teammate}`. */
export const SPOKEN_FOR_S: readonly string[] = [
  'Copy that. I\'m in, let\'s make it clean.',
  'Works for me — I\'ll have my part ready by tomorrow night.',
  'No objections here. Lead the way.',
]

/** Voice s's surface style. */
export function styleS(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, slots } = context
  let out = text
  if (round > 1 && sentencesOf(out).length >= 3 && chance(persona === 'planner' ? PLANNER_NUMBERED : NUMBERED)) out = asList(out, (i) => `${i + 1}.`)
  if (chance(ACTION)) out = `${rng.pick(ACTIONS_S[persona] ?? ACTIONS_S.generic!)} ${out}`
  if (chance(OOC)) out = `${out}\n\n${rng.pick(OOC_NOTES)}`
  if (chance(LEAK)) {
    const teammate = slots.teammate ?? 'planner'
    out = rng.chance(0.5) ? `${out}<|im_end|>\n<|im_start|>${teammate}\n${rng.pick(SPOKEN_FOR_S)}` : `${out}<|im_end|>`
  }
  return out
}
