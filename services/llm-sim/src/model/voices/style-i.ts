import type { Rng } from '../random.js'
import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice i's surface: a Command R7B-class model in a 4-bit quant under Ollama or LM Studio. Light
 * markdown (a bulleted layout when a message has three or more points, most often the planner's;
 * key terms in bold, never the figures), "Additionally," joining a later point, a header echoing the
 * round now and then, the assistant it was tuned to be showing through ("Certainly." first, an offer
 * of more help last), its grounded-generation format leaking into reports of a document or a table
 * (`<co: 0>…</co: 0>` citation tags, sometimes after "Relevant Documents: 0 / Cited Documents: 0 /
 * Grounded answer:"), and its end-of-turn token written out when the template does not stop it.
 */

const LIST: Record<string, number> = { planner: 0.35, hacker: 0.2, intel: 0.2, safecracker: 0.1, driver: 0.05, lookout: 0.08 }
const BOLD = 0.2
const ADDITIONALLY = 0.15
const ROUND_HEADER = 0.03
const OPENER = 0.03
const OFFER = 0.04
const CITATIONS = 0.12
const GROUNDED_BLOCK = 0.4
const LEAK = 0.03
const LEAK_RESTART = 0.25
const COPY_SLIP = 0.12

export const OPENERS: readonly string[] = ['Certainly.', 'Absolutely.', 'Sure thing.']
export const OFFERS: readonly string[] = [
  'Let me know if you need anything else from me!',
  'Happy to clarify any of these points if needed.',
  'I hope this helps the team move forward!',
]

/** Terms a Command R-class model puts in bold: names of things, never the numbers. */
const TERMS = /\b(maintenance window|time lock|loading dock|stairwell B|maintenance corridor|SecureNet|zone [EF]|dual authorization|lockout|night shift|blind spots?|drill rig|service mode)\b/g

/** The first two key terms in bold. */
export function boldTerms(text: string): string {
  let n = 0
  return text.replace(TERMS, (term) => (n++ < 2 ? `**${term}**` : term))
}

/**
 * "Additionally," in front of a later sentence that starts plainly (a statement, not a reply such as
 * "That's the output"), its first word lower-cased unless it is "I".
 */
export function additionally(text: string, rng: Rng): string {
  const sentences = sentencesOf(text)
  const later = sentences.map((s, i) => ({ s, i })).filter(({ s, i }) => i > 0 && /^(The|We|Our|There|I|I'll|I'm|I'd) /.test(s) && !s.startsWith("I'll be focusing"))
  if (later.length === 0) return text
  const { s, i } = rng.pick(later)
  const head = /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1)
  sentences[i] = `Additionally, ${head}`
  return sentences.join(' ')
}

/** What a report quotes from a document or a table, in Command R's citation tags. */
const QUOTED = /((?:here's what stands out|Key details|The query came back with|what the records show)): (.+?)(\.(?:\s|$))/

export function cite(text: string, rng: Rng): string | null {
  if (!QUOTED.test(text)) return null
  const tagged = text.replace(QUOTED, (_whole, lead: string, quoted: string, end: string) => `${lead}: <co: 0>${quoted}</co: 0>${end}`)
  return rng.chance(GROUNDED_BLOCK) ? `Relevant Documents: 0\nCited Documents: 0\nGrounded answer: ${tagged}` : tagged
}

/**
 * An honest copying slip in what a report quotes, the figure next to the right one: the budgeted dock
 * camera counted in (25), footage 60 days, the UPS's 48 hours halved, a 45-second delay, a 20-minute
 * lockout, the day supervisor counted into the night shift (4). The first that fits, or null.
 */
const COPY_SLIPS: readonly [RegExp, string][] = [
  [/\b24( (?:security |CCTV )?cameras)/, '25$1'],
  [/\b90( days)/, '60$1'],
  [/\b48( hours)/, '24$1'],
  [/\b30( seconds)/, '45$1'],
  [/(->\s*)30( minutes)/, '$120$2'],
  [/(night [^;]{0,30}?with )3( guards)/i, '$14$2'],
]

export function copySlip(text: string): string | null {
  const quoted = QUOTED.exec(text)
  if (!quoted) return null
  const slip = COPY_SLIPS.find(([pattern]) => pattern.test(quoted[2]!))
  if (!slip) return null
  return text.replace(quoted[2]!, quoted[2]!.replace(slip[0], slip[1]))
}

/**
 * The end-of-turn token written out (half the time after R7B's `<|END_RESPONSE|>`), sometimes
 * followed by the next turn's header and the message starting over.
 */
function leak(text: string, rng: Rng): string {
  const end = `${rng.chance(0.5) ? '<|END_RESPONSE|>' : ''}<|END_OF_TURN_TOKEN|>`
  if (!rng.chance(LEAK_RESTART)) return `${text}${end}`
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? text
  return `${text}${end}<|START_OF_TURN_TOKEN|><|CHATBOT_TOKEN|>${first}`
}

/** Voice i's surface style. */
export function styleI(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round } = context
  let out = chance(ADDITIONALLY) ? additionally(text, rng) : text
  // An honest slip, so never on top of the message's sabotage.
  if (context.sabotage === null && chance(COPY_SLIP)) out = copySlip(out) ?? out
  const cited = chance(CITATIONS) ? cite(out, rng) : null
  if (cited) out = cited
  // A report keeps its quoted part in one piece; a message of three or more points may become a list.
  else if (chance(LIST[persona] ?? 0.1) && !QUOTED.test(out)) out = asList(out, () => '-')
  if (chance(BOLD)) out = boldTerms(out)
  if (chance(OPENER)) out = `${rng.pick(OPENERS)} ${out}`
  if (chance(ROUND_HEADER)) out = `**Round ${round} update:**\n\n${out}`
  if (chance(OFFER)) out = `${out}\n\n${rng.pick(OFFERS)}`
  return chance(LEAK) ? leak(out, rng) : out
}
