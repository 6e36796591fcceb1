import type { Rng } from '../random.js'
import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice j's surface: a GLM-4 9B-class chat model in a 4-bit quant under Ollama or LM Studio. Numbered
 * lists when a message has three or more points (most often the planner's and intel's), "In summary,"
 * in front of a last point, "As the planner," in front of a first one, a seat's own tic (the
 * safecracker's sayings, the hacker's bravado) or a slogan to finish ("Everyone, come on!"), a stage
 * note in parentheses first ("(Opens the laptop and types quickly)"), and the habits of a model
 * trained mostly on Chinese: full-width punctuation now and then, a Chinese word or "好的，" slipping in, a role-play note or a "(Waiting for …)" stage
 * note at the end, a rare refusal, and GLM's next-turn token `<|user|>` written out when the server's
 * template does not stop on it, sometimes followed by the next teammate's line it made up.
 */

const LIST: Record<string, number> = { planner: 0.4, intel: 0.3, hacker: 0.2, safecracker: 0.1, driver: 0.05, lookout: 0.1 }
const ROLE_OPENER = 0.1
const SUMMARY = 0.12
const SLOGAN = 0.08
const FULL_WIDTH = 0.03
const CHINESE = 0.02
const FICTION_NOTE = 0.025
const WAITING = 0.03
const LEAK = 0.025
const LEAK_GOES_ON = 0.4
const REFUSAL = 0.006
const UNIT_SLIP = 0.03
const SEAT_TIC = 0.15
const ACTION = 0.04

export const SLOGANS: readonly string[] = [
  'I believe that as long as we cooperate closely, this operation will definitely succeed!',
  'Let us make full use of the maintenance window and complete the task smoothly!',
  'Safety first, success is the goal!',
  'Everyone, come on!',
]
export const NOTES: readonly string[] = [
  '(Note: the above content is only a fictional role-play setting, please do not imitate it in reality.)',
  '(Note: this is a fictional game scenario, and robbery is a serious crime in reality.)',
]
export const WAITING_NOTES: readonly string[] = ['(Waiting for the replies of the other members...)', '(Waiting for feedback from the team)']
export const REFUSALS: readonly string[] = [
  'I\'m sorry, but I can\'t help with planning a robbery, even as part of a role-play. If you are interested, I can talk about how banks protect their vaults from the perspective of security.',
]
/**
 * What each seat adds of its own now and then, as the model keeps to the character it was given:
 * the safecracker's sayings, the hacker's bravado, intel's word on its sources, the driver's and the
 * lookout's reassurance, the planner's call to order. None states a figure or a fact of the plan.
 */
export const SEAT_TICS: Record<string, readonly string[]> = {
  planner: ['Everyone, please take this seriously.', 'Time is tight, so let us be efficient.', 'Details determine success or failure.'],
  hacker: ['This kind of system is not difficult for me.', 'Technically speaking, this is not a problem.', 'Trust the technology.'],
  safecracker: ['As the saying goes, slow and steady wins the race.', 'Old craftsmen say: measure twice, drill once.', 'A steady hand is more important than a fast drill.'],
  intel: ['I have cross-checked this with several records.', 'Information is the foundation of the whole plan.', 'Please do not rely on rumors, only on the records.'],
  driver: ['Leave it to me.', 'Safety on the road is my responsibility.', 'I know these streets like the back of my hand.'],
  lookout: ['My eyes will not leave the street.', 'Please rest assured about the outside.', 'I will stay alert the whole time.'],
}
/** A stage note in parentheses before the message, the way a role-playing model sets the scene. */
export const ACTIONS: Record<string, readonly string[]> = {
  planner: ['(Spreads the plan on the table)', '(Looks at everyone seriously)'],
  hacker: ['(Opens the laptop and types quickly)', '(Pushes up the glasses)'],
  safecracker: ['(Touches the drill gently)', '(Nods slowly)'],
  intel: ['(Opens the folder of documents)', '(Takes out a notebook)'],
  driver: ['(Spins the car keys on one finger)', '(Leans against the van)'],
  lookout: ['(Raises the binoculars)', '(Checks the radio)'],
}

/** What the model writes for a teammate after the leaked `<|user|>`: the next transcript line, made up. */
export const INVENTED_REPLIES: readonly string[] = ['Received, I agree with this arrangement.', 'No problem, I will prepare according to this plan.', 'I have a question, can you explain this part again?']
const ROLE_NAMES: Record<string, string> = { planner: 'the planner', hacker: 'the hacker', safecracker: 'the safecracker', intel: 'the intelligence officer', driver: 'the driver', lookout: 'the lookout' }
/** Words a reply may switch to Chinese for: confirm, plan, safety, time. */
const CHINESE_WORDS: readonly [RegExp, string][] = [[/\bconfirm\b/, '确认'], [/\bplan\b/, '计划'], [/\bsafety\b/, '安全'], [/\btime\b/, '时间']]

/** Capitalised words that start a sentence of voice j and must keep their capital: people, places, products. */
const PROPER = new Set(['I', 'Lisa', 'Michael', 'Sarah', 'Robert', 'Maria', 'David', 'James', 'Thomas', 'Main', 'SecureNet', 'TitanSafe', 'First', 'Elm', 'Harbor', 'Market', 'Oak', 'Zone', 'PIR', 'UTC', 'NVR'])

/** A sentence's first word lower-cased when it is an ordinary word (never a name, "I", a place or a product). */
function lowerFirst(sentence: string): string {
  const first = /^[A-Za-z]+/.exec(sentence)?.[0] ?? ''
  return /^[A-Z][a-z]+$/.test(first) && !PROPER.has(first) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence
}

/** "As the planner," in front of the first sentence, unless the message already says who it is. */
export function roleOpener(text: string, persona: string): string {
  const role = ROLE_NAMES[persona]
  if (!role || /^(As |Hello|Received)/.test(text) || text.includes("team's")) return text
  return `As ${role}, ${lowerFirst(text)}`
}

/** "In summary," in front of the last of three or more sentences. */
export function inSummary(text: string, bold: boolean): string {
  const sentences = sentencesOf(text)
  if (sentences.length < 3) return text
  const last = sentences.at(-1)!
  if (/^(In |To summarize|As |Also|It is also|\()/.test(last)) return text
  sentences[sentences.length - 1] = `${bold ? '**In summary**' : 'In summary'}, ${lowerFirst(last)}`
  return sentences.join(' ')
}

/** Colons and commas in full width, as a model trained mostly on Chinese slips into (never inside a time). */
export function fullWidth(text: string): string {
  return text.replace(/([A-Za-z)]): /g, '$1：').replace(/([A-Za-z]), /g, '$1，')
}

/** One Chinese slip: "好的，" first, the last full stop as "。", or one word in Chinese. */
export function chineseSlip(text: string, rng: Rng): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `好的，${text}`
  if (roll === 1 && /\.$/.test(text)) return `${text.slice(0, -1)}。`
  const word = CHINESE_WORDS.find(([pattern]) => pattern.test(text))
  return word ? text.replace(word[0], word[1]) : `好的，${text}`
}

/** An honest unit slip: the first delay in seconds said in minutes ("30 minutes of delay"); null when there is none. */
export function unitSlip(text: string): string | null {
  const out = text.replace(/\b(\d{1,3})( seconds\b|-second\b)/, (_whole, n: string, unit: string) => `${n}${unit === ' seconds' ? ' minutes' : '-minute'}`)
  return out === text ? null : out
}

/** GLM's next-turn token written out; sometimes the made-up next line of a teammate after it. */
function leak(text: string, teammate: string, rng: Rng): string {
  if (!teammate || !rng.chance(LEAK_GOES_ON)) return `${text}\n<|user|>`
  return `${text}\n<|user|>\n[${teammate}] ${rng.pick(INVENTED_REPLIES)}`
}

/** Voice j's surface style. */
export function styleJ(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona, round } = context
  if (chance(REFUSAL)) return rng.pick(REFUSALS)
  let out = text
  // An honest slip, so never on top of the message's sabotage.
  if (context.sabotage === null && chance(UNIT_SLIP)) out = unitSlip(out) ?? out
  if (round > 1 && chance(ROLE_OPENER)) out = roleOpener(out, persona)
  if (chance(SUMMARY)) out = inSummary(out, rng.chance(0.5))
  if (chance(LIST[persona] ?? 0.1)) out = asList(out, (i) => `${i + 1}.`)
  if (chance(SEAT_TIC) && SEAT_TICS[persona]) out = `${out} ${rng.pick(SEAT_TICS[persona]!)}`
  else if (chance(SLOGAN)) out = `${out} ${rng.pick(SLOGANS)}`
  if (round > 1 && chance(ACTION) && ACTIONS[persona]) out = `${rng.pick(ACTIONS[persona]!)} ${out}`
  if (chance(FULL_WIDTH)) out = fullWidth(out)
  if (chance(CHINESE)) out = chineseSlip(out, rng)
  if (chance(FICTION_NOTE)) out = `${out}\n\n${rng.pick(NOTES)}`
  else if (chance(WAITING)) out = `${out}\n\n${rng.pick(WAITING_NOTES)}`
  return chance(LEAK) ? leak(out, context.slots.teammate ?? '', rng) : out
}
