import { fill } from '../slots.js'
import type { StyleContext } from '../voice.js'
import { CLOSERS_K } from './lines-k-support.js'
import { sentencesOf } from './style.js'

/**
 * Voice k's surface: an IBM Granite 3.x 8B-class model in a 4-bit quant under Ollama or LM Studio.
 * Enterprise writing habits: "It is important to note that" in front of a later point, a closing
 * "In summary," / "Overall," sentence that restates the message, numbered lists (most often the
 * planner's), no bold and no headings. Its failure modes: the sign-off of its own previous message
 * repeated (a small model copying itself), a safety note after the message (IBM's alignment showing
 * through the role-play), and Granite 3.3's reasoning format when the server turns thinking on —
 * `<think>…</think>` (the orchestrator cuts it) and then the answer in `<response>` tags, which stay.
 */

const IMPORTANT = 0.1
const LIST: Record<string, number> = { planner: 0.3, intel: 0.2, hacker: 0.1, safecracker: 0.1, driver: 0.06, lookout: 0.06 }
const SUMMARY = 0.1
const SIGNOFF = 0.25
const SAFETY = 0.025
const REASONING = 0.03
const TYPICAL = 0.15

/** The closing restatement, from what the speaker believes (`{slot}`s). */
export const SUMMARIES: Record<string, readonly string[]> = {
  planner: ['In summary, the team enters at {entry}, works within the {window} window, and leaves by {wEnd}.', 'Overall, the success of the plan depends on staying within the {window} window.'],
  hacker: ['In summary, the route remains within the blind spots and the sensor delay is {alarm} seconds.', 'Overall, the technical risk is manageable if the team follows the planned route.'],
  safecracker: ['In summary, the door requires {drill} minutes and the window allows {windowLen}.', 'Overall, the drilling fits within the window with a limited margin.'],
  intel: ['In summary, the night shift has {nightGuards} guards and no one with vault authority.', 'Overall, the records support the current version of the plan.'],
  driver: ['In summary, the vehicles are staged and both exit routes are defined.', 'Overall, the getaway is planned around a police response of {police} minutes.'],
  lookout: ['In summary, I will monitor the street and report every relevant change.', 'Overall, the observation plan is in place and ready.'],
  generic: ['In summary, I am prepared for the tasks assigned to me.'],
}

export const SAFETY_NOTES: readonly string[] = [
  'Note: This response is part of a fictional role-play scenario. Bank robbery is a serious crime, and this information should not be used in real life.',
  'Please note that this scenario is entirely fictional and is intended for entertainment purposes only.',
  'Disclaimer: The actions described above are illegal in real life, and this discussion is limited to the context of the game.',
]

/** What Granite 3.3 writes in its `<think>` block before a role-play turn: about the request, never the plan. */
export const THOUGHTS: readonly string[] = [
  'The user is asking me to respond as the {persona} in round {round}. I should stay in character and keep the answer focused on my role.',
  'I need to provide an update from the perspective of the {persona}. The response should be concise and professional.',
]

/** "It is important to note that" in front of a later sentence that states a fact plainly, its first word lower-cased. */
export function importantNote(text: string, pick: <T>(items: readonly T[]) => T): string {
  const sentences = sentencesOf(text)
  // A thank-you or an acknowledgement ("The figure of … has been noted.") is no point to stress.
  const later = sentences.map((s, i) => ({ s, i })).filter(({ s, i }) => i > 0 && /^(The|There|No|Police|Every|All|Each|This|Footage|Zone) /.test(s) && !/^The (figure|assessment) /.test(s))
  if (later.length === 0) return text
  const { s, i } = pick(later)
  sentences[i] = `It is important to note that ${s.charAt(0).toLowerCase()}${s.slice(1)}`
  return sentences.join(' ')
}

/**
 * Granite's layout for a message of several points: an opening sentence (with a greeting or a thank-you
 * before it), the points numbered, and with three points or more the last as a closing paragraph.
 * Null when fewer than two points follow the opening.
 */
export function numbered(text: string): string | null {
  const sentences = sentencesOf(text)
  const lead = sentences[0] && sentences[0].split(' ').length < 6 ? 2 : 1
  const rest = sentences.slice(lead)
  if (rest.length < 2) return null
  const points = rest.length >= 3 ? rest.slice(0, -1) : rest
  const list = points.map((p, i) => `${i + 1}. ${p}`).join('\n')
  return [sentences.slice(0, lead).join(' '), list, ...(rest.length >= 3 ? [rest.at(-1)!] : [])].join('\n\n')
}

/** What a report quotes from a document or a table (voice k's `report.file` and `report.db` lead-ins). */
const QUOTED = /((?:the key points are as follows|the relevant details are|returned the following results|database records)): (.+?)(\.(?:\s|$))/

/**
 * An honest slip in what a report quotes: a value typical of such systems in place of the document's,
 * as a model's training overrides the text in front of it — footage kept 30 days, a 15-second delay,
 * a 24-hour UPS, five wrong codes, a 5-ton door, 40 minutes inside. The first that fits, or null.
 */
const TYPICAL_VALUES: readonly [RegExp, string][] = [
  [/\b90( days)/, '30$1'],
  [/\b30( seconds)/, '15$1'],
  [/\b48( hours)/, '24$1'],
  [/\b3( wrong codes| times)/, '5$1'],
  [/\b3(-ton)/, '5$1'],
  [/(inside the vault: )45/, '$140'],
]

export function typicalValue(text: string): string | null {
  const quoted = QUOTED.exec(text)
  if (!quoted) return null
  const slip = TYPICAL_VALUES.find(([pattern]) => pattern.test(quoted[2]!))
  if (!slip) return null
  return text.replace(quoted[2]!, quoted[2]!.replace(slip[0], slip[1]))
}

/** The last sentence of the speaker's previous message, when it was one of its sign-offs. */
function lastSignoff(persona: string, own: readonly string[]): string | null {
  const previous = own.at(-1)
  if (!previous) return null
  const paragraphs = previous.replace(/<think>[\s\S]*?<\/think>\s*/g, '').replace(/<\/?response>/g, '').split('\n\n').filter((p) => !SAFETY_NOTES.includes(p))
  const last = sentencesOf(paragraphs.at(-1) ?? '').at(-1) ?? ''
  return (CLOSERS_K[persona] ?? CLOSERS_K.generic!).includes(last) ? last : null
}

/** Voice k's surface style. */
export function styleK(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona } = context
  // An honest slip, so never on top of the message's sabotage.
  const slipped = context.sabotage === null && chance(TYPICAL) ? typicalValue(text) : null
  let out = slipped ?? text
  out = chance(IMPORTANT) ? importantNote(out, (items) => rng.pick(items)) : out
  // A report keeps its quoted part and what follows in one paragraph.
  if (chance(LIST[persona] ?? 0.05) && !QUOTED.test(out)) out = numbered(out) ?? out
  // After a list, what closes the message is a paragraph of its own.
  const after = out.includes('\n') ? '\n\n' : ' '
  if (chance(SUMMARY) && sentencesOf(out).length >= 2) out = `${out}${after}${fill(rng.pick(SUMMARIES[persona] ?? SUMMARIES.generic!), context.slots)}`
  const signoff = lastSignoff(persona, context.own)
  if (signoff && !out.includes(signoff) && chance(SIGNOFF)) out = `${out}${after}${signoff}`
  if (chance(SAFETY)) out = `${out}\n\n${rng.pick(SAFETY_NOTES)}`
  if (!chance(REASONING)) return out
  const thought = fill(rng.pick(THOUGHTS), { persona, round: String(context.round) })
  // A third of the time the reply is cut before the closing tag, as a token limit or a stop string leaves it.
  return `<think>${thought}</think>\n<response>${out}${rng.chance(0.33) ? '' : '</response>'}`
}
