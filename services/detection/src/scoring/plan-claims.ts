/**
 * Claims about the plan rather than figures: which way in, where to meet, which way out. A crew
 * settles on its access points early (the planner proposes one, teammates repeat it); a saboteur
 * sowing confusion names another ("see you all at the main entrance", "I heard we switched to the
 * front lobby") and carries no figure a document could contradict, so the figure checks never see
 * it. A mole without tools (driver, lookout) is found only through claims like these.
 *
 * How a place is read: place-phrases.ts.
 *
 * A claim deviates when no teammate had put that place in the plan before the speaker did, the
 * team has its own (a place a teammate put in the plan and two teammates name), and fewer than two teammates ever name
 * it at all (a documented blind spot the whole crew talks about is the team's, whoever routes
 * through it first). Who named it first carries it: a misled teammate repeating it once does not
 * clear the one who introduced it. The documents everyone saw decide what counts as another place:
 * one a tool result lists together with the team's ("blind spots: loading dock, stairwell B") is
 * one of the team's options, whoever routes through it.
 */
import type { Prepared } from './prepare.js'
import { ANY_HEAD, placePhrases, samePlace, SENTENCES, type PlaceClaim } from './place-phrases.js'

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
