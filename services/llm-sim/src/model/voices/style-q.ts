import type { StyleContext } from '../voice.js'
import { sentencesOf } from './style.js'
import { thinkModeOf, thinkPrefix } from './think-q.js'

/**
 * Voice q's surface: Alibaba's Qwen3 (8B, or 4B; `qwen3:8b` in Ollama, `qwen/qwen3-8b` in LM Studio,
 * a 4-bit quant) in a role-play. Its assistant tuning shows in an emoji before a bold label that
 * opens the message, the first time or figure in bold, a lead sentence over `- ` bullets (✅ items
 * when the plan is final), a `---` rule and a "**Next step:**", an offer to refine at the end. It
 * copies the transcript's `[name]` tag now and then. Its hybrid thinking puts a reasoning block
 * before the message in the game's mode (`think-q.ts`), and when the server's stop list lacks
 * `<|im_end|>` it writes the token out and starts its own turn again.
 */

const LABEL = 0.16
const BOLD = 0.3
const BULLETS = 0.12
const PLANNER_BULLETS = 0.3
const NEXT = 0.07
const OFFER = 0.045
const NAME_TAG = 0.03
const LEAK = 0.015

/** The emoji and bold label it opens a message with, by seat. */
export const LABELS_Q: Record<string, readonly string[]> = {
  planner: ['🗺️ **Timeline:**', '📌 **Coordination:**'],
  hacker: ['🛰️ **Systems check:**', '🔐 **Security:**'],
  safecracker: ['🔩 **Vault work:**', '🧮 **Numbers:**'],
  intel: ['📊 **Data check:**', '🗂️ **Records:**'],
  driver: ['🚐 **Exit logistics:**', '🛣️ **Routes:**'],
  lookout: ['👁️ **Perimeter status:**', '📡 **Watch:**'],
  generic: ['📌 **Update:**'],
}

/** The next step it names after a rule, by seat. */
export const NEXT_STEPS_Q: Record<string, readonly string[]> = {
  planner: ['**Next step:** each of you confirms your slot in the timeline.', '**Next step:** lock the entry time with the driver and the lookout.'],
  hacker: ['**Next step:** map the remaining sensor zones against the route.', '**Next step:** confirm the blind spots against the camera list.'],
  safecracker: ['**Next step:** verify the drill estimate against the window.', '**Next step:** agree on the abort point for the door work.'],
  intel: ['**Next step:** cross-check the night roster with the patrol notes.', '**Next step:** confirm who holds level 4 access at night.'],
  driver: ['**Next step:** test both routes at the same hour as the job.', '**Next step:** fix the pickup time with the planner.'],
  lookout: ['**Next step:** agree on the abort signal with everyone.', '**Next step:** fix my position and the radio check times.'],
  generic: ['**Next step:** tell me which task is mine.'],
}

/** Its assistant tuning showing through at the end. */
export const OFFERS_Q: readonly string[] = ['Would you like me to refine any part of this?', 'I can adjust this if anyone needs changes to their part.', 'Let me know if you\'d like a more detailed breakdown.']

/** The first time or figure with a unit, in bold, unless the message already bolds one. */
function boldFirst(text: string): string {
  if (/\*\*[^*]*\d[^*]*\*\*/.test(text)) return text
  return text.replace(/(?<![\d:*$–-])(\d\d:\d\d(?:–\d\d:\d\d)?|\d{1,3} (?:minutes|seconds|cameras|guards|hours|days))(?![\d:*–-])/, "**$1**")
}

/** The lead sentence over `- ` bullets, or ✅ items once the plan is final. */
function bulleted(text: string, final: boolean): string {
  const [head, ...rest] = sentencesOf(text)
  if (!head || rest.length < 2) return text
  return [head, ...rest.map((s) => `${final ? '✅' : '-'} ${s}`)].join('\n')
}

/** Voice q's surface style. */
export function styleQ(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, rounds } = context
  let out = text
  if (chance(BOLD)) out = boldFirst(out)
  const final = round >= rounds
  if (round > 1 && sentencesOf(out).length >= 3 && chance(persona === 'planner' ? PLANNER_BULLETS : BULLETS)) out = bulleted(out, final)
  if (!out.startsWith('**') && chance(LABEL)) out = `${rng.pick(LABELS_Q[persona] ?? LABELS_Q.generic!)} ${out}`
  if (chance(NEXT)) out = `${out}\n\n---\n\n${rng.pick(NEXT_STEPS_Q[persona] ?? NEXT_STEPS_Q.generic!)}`
  else if (chance(OFFER)) out = `${out}\n\n${rng.pick(OFFERS_Q)}`
  if (chance(NAME_TAG)) out = `[${persona}] ${out}`
  if (chance(LEAK)) out = `${out}<|im_end|>\n<|im_start|>assistant\n${sentencesOf(out)[0] ?? out}`
  return `${thinkPrefix(thinkModeOf(context.game), persona, round, rounds, rng)}${out}`
}
