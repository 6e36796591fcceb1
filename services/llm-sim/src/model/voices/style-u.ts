import { fill } from '../slots.js'
import { phaseOf } from '../tool-planning.js'
import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice u's surface: TII's Falcon3-7B-Instruct (`falcon3:7b` in Ollama, a 4-bit GGUF in LM Studio) in a
 * role-play. A model trained hard on maths and code writes its arithmetic in LaTeX (`\( 3 \times 12 + 9
 * = 45 \)`, `\boxed{}` round a result) and lays a longer answer out as an assistant does: a `###` heading
 * in Title Case over bullets, a "**Note:**" line, an "In summary," sentence, now and then "Absolutely!"
 * first. The concise Falcon assistant of its function-calling system prompt shows through as an identity
 * line, and with a GGUF whose stop list misses its end token it writes `<|endoftext|>` and, in about
 * half of those, runs on into an invented `<|user|>` turn.
 */

const HEADING = 0.05
const PLANNER_HEADING = 0.2
const BULLETS_UNDER_HEADING = 0.6
const CERTAINLY = 0.03
const NOTE = 0.045
const SUMMARY = 0.04
const IDENTITY = 0.008
const LEAK = 0.016
const RUN_ON = 0.5

/** Its headings, by plan phase (0 recon … 4 final), in the Title Case it uses for them. */
const HEADINGS_U: readonly string[] = ['### Reconnaissance Overview', '### Entry Plan', '### Vault Phase', '### Escape Route', '### Final Plan Summary']

/** A "**Note:**" line per seat; `{slot}`s from the message's own slots. */
export const NOTES_U: Record<string, string> = {
  planner: '**Note:** All timings assume the {wStart}-{wEnd} window and entry at {entry}.',
  hacker: '**Note:** The blind spots only cover cameras, not the motion sensors.',
  safecracker: '**Note:** These estimates assume the drill runs without a bit change.',
  intel: '**Note:** The roster figures reflect the current schedule and may change.',
  driver: '**Note:** Travel times can vary with traffic and weather.',
  lookout: '**Note:** Visibility from the roof may be reduced if it rains.',
  generic: '**Note:** I can adjust my role if the plan changes.',
}

/** Its closing "In summary," per seat. */
export const SUMMARIES_U: Record<string, string> = {
  planner: 'In summary, the plan works as long as each step stays on schedule.',
  hacker: 'In summary, the electronic side is manageable if we stay inside the blind spots.',
  safecracker: 'In summary, the door is the bottleneck, and everything else should be planned around it.',
  intel: 'In summary, the personnel data supports a night operation.',
  driver: 'In summary, the exit is covered with two routes and a backup car.',
  lookout: 'In summary, I will have eyes on the street and the office for the whole operation.',
  generic: 'In summary, I am ready to support wherever I am needed.',
}

/** The concise Falcon assistant of its function-calling system prompt showing through the role. */
export const IDENTITY_U: readonly string[] = [
  'As a Falcon assistant, I aim to keep my answers helpful, respectful, and concise.',
  'As an AI developed by the Technology Innovation Institute, I am treating this as a fictional planning exercise.',
]

/** A user turn it invents after `<|endoftext|>`, as a base model continuing the chat would. */
export const INVENTED_USERS_U: readonly string[] = [
  'Thanks! Can you also explain how the alarm system works?',
  'Great, now summarize the whole plan in three bullet points.',
  'What would you change if the police were faster?',
]

/** Voice u's surface style. */
export function styleU(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, rounds, slots } = context
  // Arithmetic inside its LaTeX delimiters in LaTeX: `*` as `\times`.
  let out = text.replace(/\\\( ([\s\S]*?) \\\)/g, (whole) => whole.replace(/ \* /g, ' \\times '))
  if (round > 1 && chance(persona === 'planner' ? PLANNER_HEADING : HEADING)) {
    const body = sentencesOf(out).length >= 3 && chance(BULLETS_UNDER_HEADING) ? asList(out, () => '-') : out
    out = `${HEADINGS_U[phaseOf(round, rounds)]}\n\n${body}`
  } else if (round > 1 && chance(CERTAINLY)) {
    out = `Absolutely! ${out}`
  }
  if (chance(NOTE)) out = `${out}\n\n${fill(NOTES_U[persona] ?? NOTES_U.generic!, slots)}`
  else if (chance(SUMMARY)) out = `${out} ${SUMMARIES_U[persona] ?? SUMMARIES_U.generic!}`
  if (chance(IDENTITY)) out = `${out}\n\n${rng.pick(IDENTITY_U)}`
  if (chance(LEAK)) out = rng.chance(RUN_ON) ? `${out}<|endoftext|>\n<|user|>\n${rng.pick(INVENTED_USERS_U)}` : `${out}<|endoftext|>`
  return out
}
