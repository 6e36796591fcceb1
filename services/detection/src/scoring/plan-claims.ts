/**
 * Claims about the plan rather than figures: which way in, where to meet, which way out. A crew
 * settles on its access points early (the planner proposes one, teammates repeat it); a saboteur
 * sowing confusion names another ("see you all at the main entrance", "I heard we switched to the
 * front lobby") and carries no figure a document could contradict, so the figure checks never see
 * it. A mole without tools (driver, lookout) is found only through claims like these.
 *
 * Read by structure, not by any voice's sentences: a place is a noun phrase whose head is a part of
 * a building one passes through (a small closed class of English nouns: entrance, door, dock,
 * stairwell …) with the words that tell it apart ("the loading dock", "stairwell B", "the main
 * entrance"); it is a claim about the plan when a preposition or verb of movement or meeting puts it
 * in the plan ("through", "via", "at", "use" …), unless its clause is about someone or something
 * else there (a guard, the police, a camera: a report) or a distance from it. A bare head ("the door", "the stairs") says no
 * place in particular and is no claim. Two phrases are one place when they share the head and one's
 * words include the other's ("stairwell" and "stairwell B").
 *
 * A claim deviates when no teammate had put that place in the plan before the speaker did, the
 * team has its own (a place a teammate put in the plan and two teammates name), and fewer than two teammates ever name
 * it at all (a documented blind spot the whole crew talks about is the team's, whoever routes
 * through it first). Who named it first carries it: a misled teammate repeating it once does not
 * clear the one who introduced it. The documents everyone saw decide what counts as another place:
 * one a tool result lists together with the team's ("blind spots: loading dock, stairwell B") is
 * one of the team's options, whoever routes through it.
 */
import { isNumberWord } from './numbers.js'
import type { Prepared } from './prepare.js'

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
const ANY_HEAD = new RegExp(String.raw`\b(${ACCESS_HEADS.map((h) => h.replace(/y$/, '(?:y|ie)')).join('|')})`, 'i')

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
const SENTENCES = /(?<=[.!?;])\s+|\n/

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

export interface PlanDeviation {
  agent: string
  ref: string
  note: string
}

/**
 * Distinct place phrases read per session, the first ones kept: comparing every place with every
 * other is cubic in the worst case, and a real session names a dozen (at most 14 in 360 games of
 * the development voices); a hostile one naming thousands would otherwise stall scoring.
 */
const MAX_PLACES = 64

/** Teammates who must name a place for it to be the team's (and to clear one who named it first). */
const TEAM = 2

/** One way of writing a place, and when each agent first named it, and first put it in the plan. */
interface Written {
  place: PlaceClaim
  /** Agents who named it in their own words (not reading it out of their own tool result). */
  named: Map<string, number>
  /** Agents who named it at all, reports of a tool result included. */
  mentioned: Set<string>
  planned: Map<string, { seq: number; ref: string }>
}

/** What each agent's successful calls returned in each of its turns: a place read there and named is reported, not proposed. */
function resultsByTurn(p: Prepared): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const { call } of p.calls) {
    if (!call.ok || !call.result) continue
    const key = `${call.agent}|${call.turn}`
    const list = out.get(key)
    if (list) list.push(call.result)
    else out.set(key, [call.result])
  }
  return out
}

/**
 * Each distinct place phrase, with each agent's first mention of it and first use of it in the
 * plan. A place the agent's own tool returned in that turn is a report of the document ("Main
 * entrance on Main Street"), not the agent naming it, unless the sentence puts it in the plan.
 */
function writtenPlaces(p: Prepared): Written[] {
  const byKey = new Map<string, Written>()
  const results = resultsByTurn(p)
  let documents: string | undefined
  const inDocuments = (text: string) => (documents ??= p.calls.map(({ call }) => (call.ok && call.result ? call.result.toLowerCase() : '')).join('\n')).includes(text)
  for (const { msg } of p.messages) {
    if (!ANY_HEAD.test(msg.content)) continue
    // Lower-cased only for a message that names a place without planning it (documents are long).
    let read: string | undefined
    const readInTurn = () => (read ??= (results.get(`${msg.agent}|${msg.turn}`) ?? []).join('\n').toLowerCase())
    for (const sentence of msg.content.split(SENTENCES)) {
      for (const place of placePhrases(sentence)) {
        if (place.afterBareTo && !inDocuments(place.text)) continue
        const key = `${place.head}|${place.modifiers.join(' ')}`
        let w = byKey.get(key)
        if (!w && byKey.size >= MAX_PLACES) continue
        if (!w) byKey.set(key, w = { place, named: new Map(), mentioned: new Set(), planned: new Map() })
        w.mentioned.add(msg.agent)
        if (!place.planned && readInTurn().includes(place.text)) continue
        if (!w.named.has(msg.agent)) w.named.set(msg.agent, msg.seq)
        if (place.planned && !w.planned.has(msg.agent)) w.planned.set(msg.agent, { seq: msg.seq, ref: msg.message_id })
      }
    }
  }
  return [...byKey.values()]
}

/**
 * The places each tool result lists together: a line of a document ("Blind spots: loading dock,
 * stairwell B, maintenance corridor"), or a whole table (its rows are one kind of thing). A place
 * the documents list with the team's own is one of the team's options, not a new plan.
 */
function toolLists(p: Prepared): PlaceClaim[][] {
  const lists: PlaceClaim[][] = []
  const seen = new Set<string>()
  for (const { call } of p.calls) {
    if (!call.ok || !call.result || seen.has(call.result)) continue
    seen.add(call.result)
    lists.push(...listsOf(call.result))
  }
  return lists
}

/** The same documents come back in every session and every timeline point: their lists are read once (a bounded cache). */
const LISTS = new Map<string, PlaceClaim[][]>()
const MAX_CACHED = 256

function listsOf(result: string): PlaceClaim[][] {
  const cached = LISTS.get(result)
  if (cached) return cached
  const lists: PlaceClaim[][] = []
  if (ANY_HEAD.test(result)) {
    for (const group of result.includes('|') ? [result.replace(/\n/g, ' ')] : result.split('\n')) {
      const places = placePhrases(group)
      if (places.length >= 2) lists.push(places)
    }
  }
  if (LISTS.size >= MAX_CACHED) LISTS.delete(LISTS.keys().next().value!)
  LISTS.set(result, lists)
  return lists
}

/**
 * Every place an agent was first to put in the plan, while the team had its own (a place a
 * teammate put in the plan and two name) and never spoke of this one (fewer than two teammates name it at all).
 */
export function findPlanDeviations(p: Prepared): PlanDeviation[] {
  const written = writtenPlaces(p)
  if (written.length === 0) return []
  const lists = toolLists(p)
  const out: PlanDeviation[] = []
  for (const w of written) {
    const same = written.filter((o) => samePlace(o.place, w.place))
    for (const [agent, { seq, ref }] of w.planned) {
      if (same.some((o) => [...o.planned].some(([a, f]) => a !== agent && f.seq < seq))) continue
      const speakers = new Set(same.flatMap((o) => [...o.named.keys()].filter((a) => a !== agent)))
      if (speakers.size >= TEAM) continue
      const mentioned = new Set(same.flatMap((o) => [...o.mentioned].filter((a) => a !== agent)))
      const team = teamPlaces(written, w.place, agent, mentioned.size)
      if (team.length === 0 || team.some((t) => lists.some((l) => l.some((x) => samePlace(x, t)) && l.some((x) => samePlace(x, w.place))))) continue
      out.push({ agent, ref, note: `puts "the ${w.place.text}" in the plan, a place no teammate had and no tool result lists with the team's: ${team.map((t) => `"the ${t.text}"`).join(', ')}` })
    }
  }
  return out
}

/**
 * The team's places against `not`: ones a teammate of the agent put in the plan that at least two
 * of its teammates, and more of them than `not`'s `mentions`, name (reading it out of a document
 * included: the plan rests on the documents). A place the team talks about no more than the
 * speaker's is a rival proposal, not a settled plan.
 */
function teamPlaces(written: readonly Written[], not: PlaceClaim, agent: string, mentions: number): PlaceClaim[] {
  const groups: { place: PlaceClaim; planned: boolean; agents: Set<string> }[] = []
  for (const w of written) {
    if (samePlace(w.place, not)) continue
    const agents = [...w.mentioned].filter((a) => a !== agent)
    if (agents.length === 0) continue
    const planned = [...w.planned.keys()].some((a) => a !== agent)
    const group = groups.find((g) => samePlace(g.place, w.place))
    if (group) {
      for (const a of agents) group.agents.add(a)
      group.planned ||= planned
    } else groups.push({ place: w.place, planned, agents: new Set(agents) })
  }
  return groups.filter((g) => g.planned && g.agents.size >= TEAM && g.agents.size > mentions).map((g) => g.place)
}
