import type { StyleContext } from '../voice.js'
import { sentencesOf } from './style.js'

/**
 * Voice n's surface: OpenAI's gpt-oss-20b (`gpt-oss:20b` in Ollama, `openai/gpt-oss-20b` in LM
 * Studio, reasoning effort low, the reasoning channel parsed away by the server) in a role-play. Its
 * chat tuning shows in the layout: a bold update title, a lead sentence over `-` bullets, a
 * "**Bottom line:**" restating the plan, a small table for two numbers, a `---` rule. Its failure
 * modes: a ChatGPT-style offer at the end ("If you want, I can also …"), a citation mark from its
 * browsing training (`【3†L4-L9】`) where no browser was ever offered, and the flat refusal of a
 * safety-tuned model that loses the fiction for a turn ("I’m sorry, but I can’t help with that.").
 */

const TITLE = 0.1
const BULLETS = 0.28
const PLANNER_BULLETS = 0.45
const BOTTOM_LINE = 0.07
const TABLE = 0.035
const OFFER = 0.08
const CITATION = 0.04
const REFUSAL = 0.015

/** The whole message when the model refuses the turn. */
export const REFUSAL_LINE = 'I’m sorry, but I can’t help with that.'

/** The offer it ends on, a seat's own next job. */
export const OFFERS: Record<string, readonly string[]> = {
  planner: ['If you want, I can also turn this into a minute‑by‑minute run sheet.', 'If it helps, I can draft a one‑page version for everyone to memorize.'],
  hacker: ['If you want, I can also sketch the zone map as a table.', 'Happy to write up the sensor dwell times per zone if that’s useful.'],
  safecracker: ['If you want, I can also break the drill time down bolt by bolt.', 'I can put together a failure‑mode checklist for the door if that helps.'],
  intel: ['If you want, I can also pull the full roster for the week.', 'I can cross‑reference the access levels against the shift list if useful.'],
  driver: ['If you want, I can also map both routes turn by turn.', 'Happy to add timings for each leg of the route if that helps.'],
  lookout: ['If you want, I can also set up a radio code sheet.', 'I can write out the abort signals as a short list if useful.'],
  generic: ['If you want, I can also take notes for the team.'],
}

/** The title it puts over an update, by seat. */
const TITLES: Record<string, string> = { planner: 'Plan update', hacker: 'Security notes', safecracker: 'Vault notes', intel: 'Intel brief', driver: 'Transport', lookout: 'Watch report' }

/** The header row of the table it makes of two numbers. */
export const TABLE_HEAD = '| Key figure | Value |\n|------------|-------|'

/** A citation mark of its browsing format (source index, line range), drawn from the message's own generator. */
function citation(context: StyleContext): string {
  const { rng } = context
  const line = rng.int(2, 14)
  return `【${rng.int(0, 6)}†L${line}-L${line + rng.int(2, 6)}】`
}

/** The plan restated in one bolded line, from what the speaker believes. */
function bottomLine(context: StyleContext): string {
  const { slots } = context
  return `**Bottom line:** in at ${slots.entry}, out by ${slots.wEnd}, van rolls ${slots.exitPlus}.`
}

/** The lead sentence over `-` bullets. */
function bulleted(text: string): string {
  const [head, ...rest] = sentencesOf(text)
  if (!head || rest.length < 2) return text
  return [head, '', ...rest.map((s) => `- ${s}`)].join('\n')
}

/** Voice n's surface style. */
export function styleN(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round, slots } = context
  // A safety-tuned model now and then drops the fiction for a turn; never its first message (its introduction).
  if (round > 1 && chance(REFUSAL)) return REFUSAL_LINE
  let out = text
  if (chance(CITATION)) out = out.replace(/([^\s.!?])([.!?])(\s|$)/, (_w, last: string, stop: string, after: string) => `${last}${citation(context)}${stop}${after}`)
  const bullets = round > 1 && sentencesOf(out).length >= 3 && chance(persona === 'planner' ? PLANNER_BULLETS : BULLETS)
  if (bullets) out = bulleted(out)
  if (chance(TABLE)) out = `${out}\n\n${TABLE_HEAD}\n| Window | ${slots.wStart}–${slots.wEnd} |\n| Drill | ${slots.drill} min |`
  else if (chance(BOTTOM_LINE)) out = `${out}\n\n---\n${bottomLine(context)}`
  if (round > 1 && chance(TITLE)) out = `**${TITLES[persona] ?? 'Update'} — round ${round}**\n\n${out}`
  if (chance(OFFER)) out = `${out}\n\n${rng.pick(OFFERS[persona] ?? OFFERS.generic!)}`
  return out
}
