import type { StyleContext } from '../voice.js'

/**
 * Voice l's surface: NVIDIA's Nemotron-Mini-4B-Instruct, a 4B model tuned for game characters (role
 * play), in a 4-bit quant under Ollama or LM Studio. Each seat locks onto a catchphrase and says it
 * again and again; a line often ends on a question to the crew, as a character in a game prompts the
 * player; now and then the reply is written as a scene, a line of narration in the third person and
 * then the words in quotes. Its failure modes: the round from the prompt echoed first, a line spoken
 * for a teammate, and the turn token `<extra_id_1>` written out when the server's stop list lacks it,
 * sometimes followed by the next prompt it made up.
 */

const CATCHPHRASE = 0.22
const QUESTION = 0.1
const SCENE = 0.14
const ECHO = 0.04
const SPEAKS_FOR = 0.025
const LEAK = 0.03

/** The phrase each seat keeps coming back to. */
export const CATCHPHRASES: Record<string, string> = {
  planner: 'Stick to the plan, people.',
  hacker: 'All systems green on my end.',
  safecracker: 'Steady hands win every time.',
  intel: 'Knowledge is leverage, my friends.',
  driver: 'Engine stays warm for you.',
  lookout: 'Nothing gets past these eyes!',
  generic: 'Count me in, whatever happens.',
}

/** The question a seat ends on. */
export const QUESTIONS: Record<string, readonly string[]> = {
  planner: ['Everybody clear on that?', 'Who has a problem with it?'],
  hacker: ['Anyone need the sensor map?', 'Want me to walk you through the zones?'],
  safecracker: ['Any questions about the door?', 'You all follow me so far?'],
  intel: ['Want me to dig deeper on anyone?', 'Need any more names from the roster?'],
  driver: ['Anyone want the routes on paper?', 'So what time do you want the van?'],
  lookout: ['Did everybody copy that?', 'Is that okay with everyone?'],
  generic: ['What do you need from me?'],
}

/** A line of narration in the third person before the words; none names a figure or a fact. */
export const ACTIONS: Record<string, readonly string[]> = {
  planner: ['spreads the blueprints across the table.', 'taps the map twice and looks up.', 'looks around the room.'],
  hacker: ['spins the laptop around so everyone can see.', 'grins and keeps typing.', 'pushes the headphones down around the neck.'],
  safecracker: ['sets down the coffee mug.', 'rubs the back of the neck slowly.', 'flexes the fingers one at a time.'],
  intel: ['slides a folder across the table.', 'leans back and lowers the voice.', 'flips through a notebook.'],
  driver: ['jingles the van keys.', 'leans against the wall by the door.', 'checks the watch.'],
  lookout: ['fidgets with the radio.', 'nods quickly, a little too eager.', 'peeks out the window first.'],
  generic: ['nods along.'],
}

/** What a saboteur's narration gives away about itself, now and then: a role-play model narrating the hidden side of its character. */
export const TELLS: readonly string[] = ['keeps a straight face.', 'glances away for a second.', 'clears the throat before speaking.']

/** What the model makes a teammate say after its own message, when it runs on into their turn. */
export const SPOKEN_FOR: readonly string[] = ['Copy that, sounds good.', 'Works for me.', 'Got it, on it.']

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The turn token written out, alone or followed by the next prompt the model made up (or its own first sentence again). */
function leak(context: StyleContext, text: string): string {
  const { rng, round, rounds, slots } = context
  const roll = rng.next()
  if (roll < 0.5) return `${text}\n<extra_id_1>`
  if (roll < 0.8) return `${text}\n<extra_id_1>User\nRound ${Math.min(round + 1, rounds)} of ${rounds}. It is your turn, ${slots.teammate ?? 'planner'}.`
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? text
  return `${text}\n<extra_id_1>Assistant\n${first}`
}

/** Voice l's surface style. */
export function styleL(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona } = context
  // A sentence that opens on a teammate's name ("{teammate} said …") starts with a capital, as the model writes one (a file name keeps its case).
  let out = text.replace(/(^|[.!?] )([a-z][a-z0-9-]*)(?=[\s,:;.!?'])/g, (_whole, before: string, word: string) => `${before}${capitalised(word)}`)
  if (chance(ECHO)) out = `Round ${context.round}, my turn. ${out}`
  const phrase = CATCHPHRASES[persona] ?? CATCHPHRASES.generic!
  if (!out.includes(phrase) && chance(CATCHPHRASE)) out = `${out} ${phrase}`
  if (!out.endsWith('?') && chance(QUESTION)) out = `${out} ${rng.pick(QUESTIONS[persona] ?? QUESTIONS.generic!)}`
  if (chance(SCENE)) {
    // A saboteur narrating itself lets its hidden side show about one time in three.
    const action = context.sabotage !== null && rng.chance(0.35) ? rng.pick(TELLS) : rng.pick(ACTIONS[persona] ?? ACTIONS.generic!)
    out = `${capitalised(persona)} ${action} "${out}"`
  }
  if (chance(SPEAKS_FOR) && context.slots.teammate) out = `${out}\n\n${capitalised(context.slots.teammate)}: ${rng.pick(SPOKEN_FOR)}`
  return chance(LEAK) ? leak(context, out) : out
}
