import type { StyleContext } from '../voice.js'
import type { Rng } from '../random.js'
import { rewriteFiguresH, rewriteTimesH } from './spoken-h.js'

/**
 * Voice h's surface: a 3B-class model quantised to 4 bits and served with a chat template that
 * does not quite match it. Times and counts in each seat's way (`spoken-h.ts`); now and then the
 * end-of-turn token leaks into the text (`<|eot_id|>`, sometimes with the next header and the
 * message starting over), a safety disclaimer opens a message, a question goes to the wrong
 * teammate (the drill time asked of the driver), the model falls into a loop on its last words
 * until the token limit cuts it mid-word, or it reads the shifts table one row off. No markdown.
 */

const LEAK = 0.04
const LEAK_HEADER = 0.25
const DISCLAIMER = 0.03
const WRONG_NAME = 0.03
const LOOP = 0.015
const MISREAD = 0.15

export const DISCLAIMERS: readonly string[] = [
  'Just to be clear, this is a fictional scenario for a game.',
  'I can\'t help with a real robbery, but staying in character for the game:',
  'Note: this is a fictional heist for a role-play exercise.',
]

/** Questions that belong to one seat; the quirk puts one to a seat it does not belong to. */
const QUESTIONS: readonly { owner: string; ask: string }[] = [
  { owner: 'safecracker', ask: 'can you confirm the drill time?' },
  { owner: 'intel', ask: 'which guard covers the basement?' },
  { owner: 'hacker', ask: 'are the blind spots confirmed?' },
  { owner: 'driver', ask: 'is the second vehicle sorted?' },
  { owner: 'lookout', ask: 'when does the patrol car come past?' },
  { owner: 'planner', ask: 'is the timetable final now?' },
]
const SEATS = QUESTIONS.map((q) => q.owner)

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A question for one seat put to another: the role mix-up small models make in a team chat. */
function misaddressed(persona: string, rng: Rng): string {
  const question = rng.pick(QUESTIONS.filter((q) => q.owner !== persona))
  const to = rng.pick(SEATS.filter((s) => s !== question.owner && s !== persona))
  return `${capitalise(to)}, ${question.ask}`
}

/** A degenerate repetition loop on the last words, cut mid-word where the token limit falls. */
function loop(text: string, rng: Rng): string {
  const body = text.replace(/[.!?]+$/, '')
  const phrase = body.split(/\s+/).slice(-rng.pick([2, 3, 4])).join(' ').replace(/^[,;:]+|[,;:.]+$/g, '')
  const cut = phrase.slice(0, Math.max(2, Math.floor(phrase.length * rng.pick([0.3, 0.5, 0.7]))))
  return `${body}${`, ${phrase}`.repeat(rng.pick([3, 4, 5]))}, ${cut}`
}

/** The end-of-turn token written out, sometimes followed by a new assistant header and a restart. */
function leak(text: string, rng: Rng): string {
  if (!rng.chance(LEAK_HEADER)) return `${text}<|eot_id|>`
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? text
  return `${text}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n${first}`
}

/** First-person verbs the lookout turns into its third person, with their third-person form. */
const VERBS: Record<string, string> = {
  am: 'is', "'m": ' is', have: 'has', "'ve": ' has', would: 'would', "'d": ' would', will: 'will', "'ll": ' will', can: 'can', "can't": "can't",
  do: 'does', want: 'wants', need: 'needs', keep: 'keeps', take: 'takes', call: 'calls', see: 'sees', think: 'thinks', trust: 'trusts',
  know: 'knows', say: 'says', stay: 'stays', watch: 'watches', go: 'goes', leave: 'leaves', like: 'likes', mean: 'means',
}

/**
 * The lookout speaks of itself in the third person in every line, its sabotage and hedges too:
 * "I would rather wait" → "the lookout would rather wait", "my notes" → "the lookout's notes".
 * A first person it has no rule for stays, as a small model's persona slips now and then.
 */
export function thirdPerson(text: string): string {
  return text
    // Past tenses read the same in any person.
    .replace(/\bI( (?:[a-z]+ed|thought|told|had|heard|saw|sat|went|could|should|might)\b)/g, 'the lookout$1')
    .replace(/\bI('m|'ve|'d|'ll| [a-z']+)\b/g, (whole, verb: string) => {
      const bare = verb.trim()
      const form = VERBS[verb] ?? VERBS[bare]
      return form === undefined ? whole : `the lookout${form.startsWith(' ') ? form : ` ${form}`}`
    })
    .replace(/\bmyself\b/g, 'the lookout').replace(/\b(my|mine)\b/g, "the lookout's").replace(/\bMy\b/g, "The lookout's").replace(/\bme\b/g, 'the lookout')
}

/** The shifts table read one row off: the night shift given the evening's head count, as a model skimming rows does. */
export function misreadRow(text: string): string | null {
  const rows = /(evening [^;]*?with (\w+) guards; night [^;]*?with )(\w+)( guards)/.exec(text)
  if (!rows || rows[2] === rows[3]) return null
  return text.replace(rows[0], `${rows[1]}${rows[2]}${rows[4]}`)
}

/** Voice h's surface style. */
export function styleH(text: string, chance: (p: number) => boolean, context: StyleContext): string {
  const { rng, persona } = context
  const voiced = persona === 'lookout' ? thirdPerson(text) : text
  // A line that opens on a teammate's name ("{teammate} has the van") starts with a capital, as a model writes it.
  const capitalised = voiced.replace(/(^|[.!?]\s+)([a-z])/g, (_whole, head: string, letter: string) => `${head}${letter.toUpperCase()}`)
  let out = rewriteFiguresH(rewriteTimesH(capitalised, persona, rng), persona, rng)
  // An honest misreading, so never on top of the message's sabotage.
  if (context.sabotage === null && chance(MISREAD)) out = misreadRow(out) ?? out
  if (chance(WRONG_NAME)) out = `${out} ${misaddressed(persona, rng)}`
  if (chance(DISCLAIMER)) out = `${rng.pick(DISCLAIMERS)} ${out}`
  if (chance(LOOP)) return loop(out, rng)
  return chance(LEAK) ? leak(out, rng) : out
}
