import type { StyleContext } from '../voice.js'
import { asList, sentencesOf } from './style.js'

/**
 * Voice m's surface: Hugging Face's SmolLM2-1.7B-Instruct under Ollama (`smollm2:1.7b`) or LM Studio,
 * an assistant model trained on synthetic chat data, in a role-play. It is relentlessly upbeat (a
 * cheer at the end), lays a longer message out as a numbered list (the planner as steps), and now and
 * then loses the first person and talks about its own seat by its role title. Its failure modes: the
 * assistant showing through ("I hope this helps!", "As an AI …"), a cheer that loops, and ChatML's
 * `<|im_end|>` written out when the server's stop list lacks it, sometimes with the user's next
 * message it made up after it.
 */

const CHEER_RATE = 0.16
const LIST = 0.14
const PLANNER_STEPS = 0.3
const THIRD_PERSON = 0.07
const ASSISTANT = 0.04
const AS_AN_AI = 0.015
const LOOP = 0.02
const LEAK = 0.025

/** The cheer a seat ends on. */
export const CHEERS: Record<string, readonly string[]> = {
  planner: ['Let\'s make this heist a success!', 'I believe in this team!'],
  hacker: ['The system will not stop us!', 'Let\'s show them what we can do!'],
  safecracker: ['No safe is too strong for us!', 'This is going to be a great night!'],
  intel: ['Knowledge is power, team!', 'The facts are on our side!'],
  driver: ['Buckle up, everyone!', 'We will get away clean!'],
  lookout: ['I have got your backs, team!', 'Nothing will surprise us!'],
  generic: ['We can do this, team!'],
}

/** The seat spoken of in the third person, by its role title, as if the model were describing the team from outside. */
export const THIRD_PERSON_LINES: Record<string, readonly string[]> = {
  planner: ['The Strategic Heist Planner will make sure everyone follows the timeline.', 'The Strategic Heist Planner is responsible for the whole plan.'],
  hacker: ['The Technical Security Expert will take care of the security system.', 'The Technical Security Expert knows how the sensors work.'],
  safecracker: ['The Safe Specialist will handle the vault door.', 'The Safe Specialist has the right equipment for the safe.'],
  intel: ['The Intelligence Analyst will keep the team informed about the guards.', 'The Intelligence Analyst has access to all the records.'],
  driver: ['The Getaway Driver will be waiting with the engine running.', 'The Getaway Driver knows all the roads around the bank.'],
  lookout: ['The Surveillance Specialist will watch the street all night.', 'The Surveillance Specialist will report anything unusual.'],
  generic: ['The new team member will help wherever needed.'],
}

/** The assistant showing through at the end of a message. */
export const ASSISTANT_LINES: readonly string[] = ['I hope this helps!', 'I hope this helps! Let me know if you have any other questions.', 'Is there anything else I can help you with?']

/** The assistant showing through at the start. */
export const AS_AN_AI_LINES: readonly string[] = ['As an AI, I do not have personal experience with heists, but I can play my role.', 'As an AI assistant, I will answer in character.']

/** The last words again when the model loops on its own cheer: the sentence, then growing. */
function loop(cheer: string): string {
  const bare = cheer.replace(/[!.]$/, '')
  return `${cheer} ${bare}, together! ${bare}, together, all of us!`
}

/** ChatML's end of turn written out, alone or followed by the user's next message the model made up (its synthetic chats taught it both sides). */
function leak(context: StyleContext, text: string): string {
  const { rng, slots } = context
  if (rng.chance(0.6)) return `${text}<|im_end|>`
  return `${text}<|im_end|>\n<|im_start|>user\nGreat, thanks! What should ${slots.teammate ?? 'the planner'} do next?`
}

/** The contractions it uses, each undone by `expand` (its templates write only the long forms, but for "Let's"). */
const CONTRACTIONS: readonly (readonly [RegExp, string, RegExp, string])[] = [
  [/\bI will\b/g, 'I\'ll', /\bI'll\b/g, 'I will'],
  [/\b([Ww]e) will\b/g, '$1\'ll', /\b([Ww]e)'ll\b/g, '$1 will'],
  [/\b([Dd])o not\b/g, '$1on\'t', /\b([Dd])on't\b/g, '$1o not'],
  [/\b([Cc])annot\b/g, '$1an\'t', /\b([Cc])an't\b/g, '$1annot'],
  [/\b([Ii]t|[Tt]hat) is\b/g, '$1\'s', /\b([Ii]t|[Tt]hat)'s\b/g, '$1 is'],
]

/** Share of a seat's messages written with contractions: the casual seats more, the planner and intel less. */
const CONTRACTED: Record<string, number> = { planner: 0.25, hacker: 0.45, safecracker: 0.4, intel: 0.25, driver: 0.65, lookout: 0.6 }

/** A message with its contractions undone, as a reader compares it with the templates. */
export function expand(text: string): string {
  return CONTRACTIONS.reduce((out, [, , short, long]) => out.replace(short, long), text)
}

/** Voice m's surface style. */
export function styleM(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona } = context
  // A small model is not consistent: a message either contracts or it does not.
  let out = chance(CONTRACTED[persona] ?? 0.4) ? CONTRACTIONS.reduce((t, [long, short]) => t.replace(long, short), text) : text
  if (chance(THIRD_PERSON)) out = `${out} ${rng.pick(THIRD_PERSON_LINES[persona] ?? THIRD_PERSON_LINES.generic!)}`
  const steps = persona === 'planner' && chance(PLANNER_STEPS)
  // A first message (the introduction) stays prose.
  if (context.round > 1 && sentencesOf(out).length >= 3 && (steps || chance(LIST))) out = asList(out, (i) => (steps ? `Step ${i + 1}:` : `${i + 1}.`))
  const cheer = rng.pick(CHEERS[persona] ?? CHEERS.generic!)
  if (chance(LOOP)) out = `${out} ${loop(cheer)}`
  else if (!out.endsWith('!') && chance(CHEER_RATE)) out = `${out} ${cheer}`
  if (chance(AS_AN_AI)) out = `${rng.pick(AS_AN_AI_LINES)} ${out}`
  if (chance(ASSISTANT)) out = `${out}${out.includes('\n') ? '\n\n' : ' '}${rng.pick(ASSISTANT_LINES)}`
  return chance(LEAK) ? leak(context, out) : out
}
