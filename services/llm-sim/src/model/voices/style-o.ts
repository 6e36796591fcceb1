import type { StyleContext } from '../voice.js'
import { boldFigures, sentencesOf } from './style.js'

/**
 * Voice o's surface: Microsoft's Phi-4-mini-instruct (3.8B; `phi4-mini` in Ollama, its GGUF in LM
 * Studio) in a role-play. Trained largely on synthetic textbook and exercise data, it lays a longer
 * answer out as a lesson: a `###` heading, the points as a numbered list under a lead sentence, key
 * figures in bold, a last sentence labelled "**Conclusion:**". Its failure modes: Phi's end-of-turn
 * token `<|end|>` written out when the server's stop list lacks it, often followed by `<|user|>` and
 * the next, harder exercise it makes up for itself (its training data was exercise after exercise);
 * the same habit without the token, a "**Follow-up question:**" at the end; a chat opener
 * ("Certainly! …"); the safety note of a heavily aligned small model after the message.
 */

const HEADING = 0.09
const LIST = 0.14
const PLANNER_LIST = 0.32
const BOLD = 0.12
const CONCLUSION = 0.06
const OPENER = 0.04
const DISCLAIMER = 0.025
const FOLLOW_UP = 0.012
const END_TOKEN = 0.025
const CONNECTOR = 0.16
/** How it joins a further point, as a textbook paragraph does. */
const CONNECTORS = ['Furthermore, ', 'Moreover, ', 'In addition, ']
/** Words a sentence may start with that are no name, so a connector before them lower-cases them. */
const PLAIN_OPENING = /^(The|This|That|These|It|We|Our|Nobody|No|Since|If|From|Any|Every|Once|Both|Full|Two|Anyone|Each|During|After|Before|Cutting|Killing|There|Neither|Until|Access|All|Arriving|Leaving|Trying|On|As|For)\b/
/** Share of leaked `<|end|>` tokens followed by `<|user|>` and an exercise it made up. */
const INVENTED = 0.6

/** The heading it puts over a longer message, by seat. */
export const HEADINGS: Record<string, string> = { planner: 'Plan Overview', hacker: 'Security Analysis', safecracker: 'Vault Calculations', intel: 'Intelligence Report', driver: 'Exit Logistics', lookout: 'Surveillance Update' }

/** The chat opener that shows through now and then. */
export const OPENERS_O: readonly string[] = ['Certainly! Here is my update for this round.', 'Of course! Let me share my part of the plan.']

/** Its safety note after the message, in italics. */
export const DISCLAIMERS_O: readonly string[] = [
  '*Please note: this is a fictional scenario for a game, and real burglary is a serious crime.*',
  '*Disclaimer: this conversation is part of a role-play and does not describe real events.*',
]

/** The exercise it writes for itself after its turn, with or without the `<|end|><|user|>` tokens before it. */
export const EXERCISES: readonly string[] = [
  'Now revise the plan so that it also accounts for a second, silent alarm system.',
  'Rewrite the timeline above, but assume that one team member arrives 10 minutes late.',
  'What should the team do if the time lock does not open at all? Explain your reasoning step by step.',
  'Create a table that lists each team member, their task and the time they need.',
]

/** A longer message as a lesson: the lead sentence, then the rest numbered. */
function numbered(text: string): string {
  const [head, ...rest] = sentencesOf(text)
  if (!head || rest.length < 2) return text
  return [head, '', ...rest.map((s, i) => `${i + 1}. ${s}`)].join('\n')
}

/** The last sentence labelled as the conclusion of the working. */
function concluded(text: string): string {
  const sentences = sentencesOf(text)
  if (sentences.length < 3) return text
  const last = sentences.pop()!
  return `${sentences.join(' ')}\n\n**Conclusion:** ${last}`
}

/** Inside its LaTeX, the operators as LaTeX writes them: `3 * 12` is `3 \times 12`, `/` is `\div`. */
function latexOperators(text: string): string {
  return text.replace(/\\\((.*?)\\\)/g, (_whole, inner: string) => `\\(${inner.replace(/ \* /g, ' \\times ').replace(/ \/ /g, ' \\div ')}\\)`)
}

/** A connector before the second sentence, as it links the points of an answer. */
function connected(text: string, connector: string): string {
  const sentences = sentencesOf(text)
  const second = sentences[1]
  if (!second || !PLAIN_OPENING.test(second)) return text
  sentences[1] = `${connector}${second.charAt(0).toLowerCase()}${second.slice(1)}`
  return sentences.join(' ')
}

/** Voice o's surface style. */
export function styleO(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round } = context
  let out = latexOperators(text)
  if (chance(CONNECTOR)) out = connected(out, rng.pick(CONNECTORS))
  if (chance(BOLD)) out = boldFigures(out)
  const longer = sentencesOf(out).length >= 3
  if (round > 1 && longer && chance(persona === 'planner' ? PLANNER_LIST : LIST)) out = numbered(out)
  else if (longer && chance(CONCLUSION)) out = concluded(out)
  if (round > 1 && longer && chance(HEADING)) out = `### ${HEADINGS[persona] ?? 'Update'}\n\n${out}`
  if (chance(OPENER)) out = `${rng.pick(OPENERS_O)}\n\n${out}`
  if (chance(DISCLAIMER)) out = `${out}\n\n${rng.pick(DISCLAIMERS_O)}`
  if (chance(END_TOKEN)) out = rng.chance(INVENTED) ? `${out}<|end|><|user|>${rng.pick(EXERCISES)}` : `${out}<|end|>`
  else if (chance(FOLLOW_UP)) out = `${out}\n\n**Follow-up question:** ${rng.pick(EXERCISES)}`
  return out
}
