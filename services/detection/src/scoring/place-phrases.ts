/**
 * Places named in a sentence, for the plan claims (plan-claims.ts).
 *
 * Read by structure, not by any voice's sentences: a place is a noun phrase whose head is a part of
 * a building one passes through (a small closed class of English nouns: entrance, door, dock,
 * stairwell …) with the words that tell it apart ("the loading dock", "stairwell B", "the main
 * entrance"); it is a claim about the plan when a preposition or verb of movement or meeting puts it
 * in the plan ("through", "via", "at", "use" …), unless its clause is about someone or something
 * else there (a guard, the police, a camera: a report) or a distance from it. A bare head ("the door", "the stairs") says no
 * place in particular and is no claim. Two phrases are one place when they share the head and one's
 * words include the other's ("stairwell" and "stairwell B").
 */
import { isNumberWord } from './numbers.js'

/** Parts of a building one goes in, out or through: the heads of place phrases. Singular forms. */
export const ACCESS_HEADS: readonly string[] = [
  'entrance', 'door', 'dock', 'exit', 'lobby', 'stairwell', 'stair', 'staircase', 'corridor', 'hallway',
  'hatch', 'lift', 'elevator', 'gate', 'vestibule', 'garage', 'tunnel', 'basement', 'roof', 'alley',
  'ramp', 'passage', 'passageway', 'walkway', 'stairway', 'courtyard', 'yard', 'bay', 'shaft', 'vent',
]
// Not "window": the time lock's "maintenance window" is a time, and would read as a place.
const HEADS = new Set(ACCESS_HEADS)
/** Any head in a text, as a quick test before it is read word by word (most sentences name no place). */
// A head ending in -y matches its -ies plural too ("lobbies", "alleys" already do).
export const ANY_HEAD = new RegExp(String.raw`\b(${ACCESS_HEADS.map((h) => h.replace(/y$/, '(?:y|ie)')).join('|')})`, 'i')

/** Words right before a place that put it in the plan: movement through it, meeting at it, using it. */
export const PLAN_CUES: readonly string[] = ['through', 'via', 'into', 'out', 'up', 'down', 'along', 'across', 'to', 'at', 'by', 'from', 'use', 'using', 'take', 'taking', 'towards', 'toward', 'past']
const CUES = new Set(PLAN_CUES)

/** Words that are not a place's own modifiers: determiners, pronouns, negation, conjunctions. */
const NOT_MODIFIERS = new Set(('the a an this that these those our their your my its his her some any every each no not '
  + 'and or but of in on at to by for with from into through via is are was be same other another one both '
  + 'i we you they he she it me us them everyone everybody all then so just now still also again here there off over back near').split(' '))

/**
 * Who else moves or stands somewhere: a clause whose words name one of these before the place is a
 * report ("a guard walks through the east corridor", "the camera at the staff entrance"), not the
 * crew's plan. Plain English nouns for the bank's people and fixtures, in singular form.
 */
export const OTHERS: readonly string[] = [
  'guard', 'patrol', 'police', 'cop', 'officer', 'cruiser', 'camera', 'cam', 'sensor', 'alarm', 'supervisor',
  'manager', 'staff', 'employee', 'cleaner', 'janitor', 'courier', 'desk', 'station',
]
// Not "car" or "van": "I'll have the car at the main entrance" is the crew's own pickup point.
const OTHER_WORDS = new Set(OTHERS)
/** Words of distance or time: "two minutes from the north gate" is where something is, not a route. */
const DISTANCES = new Set(['minute', 'second', 'hour', 'metre', 'meter', 'yard', 'foot', 'feet', 'block', 'mile', 'km', 'step', 'away'])
// Conjunctions end a clause too: "cameras are off at the dock, so we go in through the main entrance" is the crew's plan.
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', 'so', 'and', 'but', 'then', 'while', 'when'])
const singularNoun = (w: string) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)

/** True when the clause before a place (from its start to `at`) names someone or something else that moves or stands there. */
function reportsOthers(low: readonly string[], at: number): boolean {
  let i = at - 1
  const cue = low[i] === 'the' ? low[i - 1] : low[i]
  const cueAt = low[i] === 'the' ? i - 1 : i
  if (cue === 'from' && DISTANCES.has(singularNoun(low[cueAt - 1] ?? ''))) return true
  for (i = cueAt - 1; i >= 0 && !CLAUSE_MARKS.has(low[i]!); i--) if (OTHER_WORDS.has(singularNoun(low[i]!))) return true
  return false
}

const TOKENS = /[A-Za-z0-9][A-Za-z0-9'-]*|[.,;:!?()"—–]/g
export const SENTENCES = /(?<=[.!?;])\s+|\n/

/** A place named as part of the plan. */
export interface PlaceClaim {
  /** The head noun, singular. */
  head: string
  /** The words that tell it apart, lower case ("loading", "b"). */
  modifiers: readonly string[]
  text: string
}

/** A place named in a sentence, and whether the sentence puts it in the plan. */
export interface PlacePhrase extends PlaceClaim {
  planned: boolean
  /**
   * Right after a "to" with no article: chat that drops articles writes "go to loading dock", but the
   * word after "to" may as well be a verb ("wouldn't hurt to pad exit"), so the phrase is a place only
   * if a document names it (see `writtenPlaces`).
   */
  afterBareTo?: boolean
}

function singular(word: string): string {
  if (HEADS.has(word)) return word
  if (word.endsWith('ies') && HEADS.has(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`
  if (word.endsWith('s') && HEADS.has(word.slice(0, -1))) return word.slice(0, -1)
  if (word.endsWith('es') && HEADS.has(word.slice(0, -2))) return word.slice(0, -2)
  return word
}

/**
 * A lowercase letter naming a place, as in chat written all in lowercase ("via stairwell b"): any
 * letter but the words one letter long ("a", "i", and chat's "u", "n", "o").
 */
const LOWER_NAME_LETTER = /^[b-hj-mp-tv-z]$/

const isWord = (t: string | undefined): t is string => t !== undefined && /^[a-z0-9]/i.test(t)

/**
 * The places a sentence names: up to two modifiers before a head, and a letter or number naming it
 * ("stairwell B"); `planned` when a cue (and an optional "the") comes right before it.
 */
export function placePhrases(sentence: string): PlacePhrase[] {
  if (!ANY_HEAD.test(sentence)) return []
  const raw = sentence.match(TOKENS) ?? []
  const low = raw.map((t) => t.toLowerCase())
  const out: PlacePhrase[] = []
  for (let i = 0; i < low.length; i++) {
    const head = isWord(low[i]) ? singular(low[i]!) : ''
    if (!HEADS.has(head)) continue
    let start = i
    while (start > i - 2 && isWord(low[start - 1]) && !NOT_MODIFIERS.has(low[start - 1]!) && !CUES.has(low[start - 1]!) && !/\d/.test(low[start - 1]!) && !isNumberWord(low[start - 1]!) && !HEADS.has(singular(low[start - 1]!))) start--
    const modifiers = low.slice(start, i)
    let end = i
    // A letter or number after the head names it: a capital letter alone (not the article "a"), or a small number that no word follows.
    const after = raw[i + 1]
    if (after !== undefined && ((/^[A-Z]$/.test(after) && after !== 'I') || LOWER_NAME_LETTER.test(after) || (/^\d{1,2}$/.test(after) && !isWord(low[i + 2])))) {
      modifiers.push(after.toLowerCase())
      end = i + 1
    }
    if (modifiers.length === 0) continue
    const before = low[start - 1] === 'the' ? low[start - 2] : low[start - 1]
    const planned = before !== undefined && CUES.has(before) && !reportsOthers(low, start)
    const afterBareTo = low[start - 1] === 'to' && start < i
    out.push({ head, modifiers, text: low.slice(start, end + 1).join(' '), planned, ...(afterBareTo ? { afterBareTo } : {}) })
    i = end
  }
  return out
}

/** One place or the other in other words: the same head, and one's modifiers among the other's. */
export function samePlace(a: PlaceClaim, b: PlaceClaim): boolean {
  if (a.head !== b.head) return false
  const [short, long] = a.modifiers.length <= b.modifiers.length ? [a, b] : [b, a]
  return short.modifiers.every((m) => long.modifiers.includes(m))
}
