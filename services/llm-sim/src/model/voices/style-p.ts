import type { StyleContext } from '../voice.js'
import { sentencesOf } from './style.js'

/**
 * Voice p's surface: Google's Gemma 3 (12B, `gemma3:12b` in Ollama, `google/gemma-3-12b` in LM
 * Studio, a 4-bit quant) in a role-play. Its chat tuning shows in an "Okay," first, key terms and
 * times in bold, a lead sentence over `*   ` bullets (an asterisk and three spaces, its own list
 * marker), an "**Important:**" label, a question to the crew or an emoji at the end, an italic stage
 * direction in parentheses. Gemma has no system role: its template puts the system prompt into the
 * first user turn, so its first message sometimes acknowledges the instructions before it plays. Its
 * safety tuning adds a disclaimer now and then, and when the server's stop list lacks
 * `<end_of_turn>` it writes the token out, sometimes with the user's next turn it made up.
 */

const OKAY = 0.2
const BOLD = 0.35
const BULLETS = 0.18
const PLANNER_BULLETS = 0.35
const IMPORTANT = 0.06
const STAGE = 0.12
const QUESTION = 0.14
const EMOJI = 0.07
const ACCEPT = 0.25
const DISCLAIMER = 0.025
const LEAK = 0.02

/** What it says first in its first message, acknowledging the instructions that came as a user turn. */
export const ACCEPT_LINES: readonly string[] = ['Understood! I\'ll stay in character for this.', 'Okay, I\'m ready to play my part in this.', 'Got it—I\'ll play this role to the best of my ability!']

/** Its safety tuning showing through at the end of a message. */
export const DISCLAIMERS_P: readonly string[] = [
  '*(Just a reminder: this is a fictional role-play scenario, and I don\'t condone any real-world illegal activity.)*',
  '**Disclaimer:** This is purely a fictional game scenario. I cannot provide assistance with real criminal activities.',
]

/** The question it ends on, to the crew. */
export const QUESTIONS_P: readonly string[] = ['Thoughts?', 'Does everyone feel good about that?', 'Any questions before we move on?', 'What do you all think?', 'Sound like a plan?']

const EMOJIS: readonly string[] = ['😉', '👍', '🤞', '😎']

/** Italic stage directions in parentheses, by seat; none names a figure or a fact. */
export const STAGE_P: Record<string, readonly string[]> = {
  planner: ['*(spreads the blueprints across the table)*', '*(taps the whiteboard with a marker)*'],
  hacker: ['*(cracks open the laptop, fingers already typing)*', '*(pushes glasses up and grins)*'],
  safecracker: ['*(runs a thumb along the drill bit)*', '*(leans back, arms folded)*'],
  intel: ['*(flips open a worn notebook)*', '*(slides a folder across the table)*'],
  driver: ['*(twirls the car keys around one finger)*', '*(leans against the van door)*'],
  lookout: ['*(peers through the binoculars)*', '*(adjusts the earpiece)*'],
  generic: ['*(nods slowly)*'],
}

/** The user's next turn it makes up after the leaked token: it thinks the user plays the rest of the crew. */
export const INVENTED_TURNS: readonly string[] = ['Great! Now what does {teammate} say?', 'Okay, continue the scene as {teammate}.']

/** Words a message may start with that "Okay, " can go in front of, lower-cased. */
const LOWERABLE = /^(The|We|Our|My|This|That|So|If|From|Here|Nobody|Everyone|Police|Once|Full|Drill|Access|Guards|Footage|Cutting|Someone|Manager|Radio|While|During|After|All|Any|Next|Pickup|Both|Time|Keep|Send|Tell|Give|To|Just|Let's|Let’s)\b/

/** "Okay, " in front of the message, its first word lower-cased when that is safe. */
function okay(text: string): string {
  if (/^(Okay|Understood|Got it)\b/.test(text)) return text
  if (/^I\b/.test(text) || text.startsWith('**')) return `Okay, ${text}`
  return LOWERABLE.test(text) ? `Okay, ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text
}

/** The first time on its own (not part of a range, not already bold) in bold. */
function boldTime(text: string): string {
  return text.replace(/(?<![\d:*–-])(\d\d:\d\d)(?![\d:*–-])/, '**$1**')
}

/** The lead sentence over `*   ` bullets. */
function bulleted(text: string): string {
  const [head, ...rest] = sentencesOf(text)
  if (!head || rest.length < 2) return text
  return [head, '', ...rest.map((s) => `*   ${s}`)].join('\n')
}

/** "**Important:**" before the last sentence, when it is a point of eight words or more not already labelled. */
function important(text: string): string {
  const sentences = sentencesOf(text)
  const last = sentences.at(-1)
  // A closer or a short aside is no point to flag.
  if (sentences.length < 2 || !last || last.startsWith('*') || last.split(' ').length < 8) return text
  return `${sentences.slice(0, -1).join(' ')} **Important:** ${last}`
}

/** Voice p's surface style. */
export function styleP(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, slots } = context
  let out = text
  if (chance(OKAY)) out = okay(out)
  if (chance(BOLD)) out = boldTime(out)
  if (chance(IMPORTANT)) out = important(out)
  if (round > 1 && sentencesOf(out).length >= 3 && chance(persona === 'planner' ? PLANNER_BULLETS : BULLETS)) out = bulleted(out)
  if (chance(STAGE)) out = `${rng.pick(STAGE_P[persona] ?? STAGE_P.generic!)} ${out}`
  if (round === 1 && chance(ACCEPT)) out = `${rng.pick(ACCEPT_LINES)}\n\n${out}`
  if (chance(QUESTION)) out = `${out}\n\n${rng.pick(QUESTIONS_P)}`
  else if (chance(EMOJI)) out = `${out} ${rng.pick(EMOJIS)}`
  if (chance(DISCLAIMER)) out = `${out}\n\n${rng.pick(DISCLAIMERS_P)}`
  if (chance(LEAK)) {
    const invented = rng.chance(0.5) ? `\n<start_of_turn>user\n${rng.pick(INVENTED_TURNS).replace('{teammate}', slots.teammate ?? 'the planner')}` : ''
    out = `${out}<end_of_turn>${invented}`
  }
  return out
}
