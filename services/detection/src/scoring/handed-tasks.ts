/**
 * A part of the plan handed to a teammate when another agent plainly holds it, read with no list
 * of tasks. attributions.ts does the same from the crew's task words (`TASKS`: cameras, codes, the
 * vault …), which are the development voices' words for the parts; a voice that names the parts
 * otherwise ("the radio log", "the abort call", "the comms") gives it nothing to read. Here a part
 * is any content word: a saboteur sowing confusion gives a teammate something another agent has
 * spoken of in two messages or more ("so driver covers the cameras", "safecracker will call the
 * abort", "I was waiting on hacker for the guard times") and the teammate never spoke of at all (an
 * agent that speaks of the cameras may well be covering them). The same two conditions as
 * attributions.ts's, on words instead of tasks.
 */
import { SPEECH } from './attributions.js'
import { formsMemo, plainText, type Forms } from './plain-words.js'
import type { Prepared } from './prepare.js'

export interface HandedTask {
  agent: string
  ref: string
  note: string
}

/** Words that name no part: English function words and the crew's small talk, in plain forms. */
const EMPTY = new Set(('the a an that this these those they them their theirs it its was were is are be been being going to of on in at for with '
  + 'and or so i we you he she his her my our your me us will would could should have has had do did done not no just what which who whose '
  + 'about from by as if then than there here also only still they\'re it\'s that\'s i\'ll i\'m i\'d i\'ve we\'ll let\'s mine yours right yeah '
  + 'yep okay sure can all one two any every each some more most much very really before after when while until once into over under '
  + 'through up down out off again ready need want keep make take give get set call plan team time job part side whole first last next '
  + 'same other another thing sound good great fine note thank copy work agree like know think done confirm '
  // Nouns that name something said, not a part of the plan: "lookout has made a good point".
  + 'point suggestion suggest idea proposal propose opinion remark question view comment observation argument input '
  // A focusing adverb, and being in place as being ready ("must be in position before anything can go wrong").
  + 'even position').split(' '))
/**
 * Auxiliaries and modals: the first content word after a teammate's name with only these between is the verb
 * of the clause, what the teammate does ("lookout holds the abort call", "the driver is staged before anything
 * can trip", "as hacker correctly noted"), not the part it is given (the object after the verb still is).
 */
const AUXILIARIES = new Set('will would can could should must shall may might is are was were be been being has have had do does did not also then now just still'.split(' '))
const WORDS = /[a-z][a-z'-]*/g
const SENTENCES = /(?<=[.!?;])\s+|\n/
// A subordinate clause has a subject of its own: "the driver must be ready before the alarm even starts" gives the
// driver nothing of the alarm's.
const CLAUSES = /,|;|\b(?:and|before|after|until|when|while|once|if|because|since|unless|although|though)\b/

/** A content word has four letters or more and none of its base forms is empty. */
const isContent = (word: string, team: ReadonlySet<string>, forms: Forms) => word.length >= 4 && !team.has(word) && !forms(word).some((b) => EMPTY.has(b))

/** What an agent has spoken of: per base form, its first message and how many of its messages use it. */
interface Spoken {
  first: number
  last: number
  messages: number
}

/** Per agent, every base form of every word it used. */
function spokenOf(p: Prepared, texts: readonly string[], forms: Forms): Map<string, Map<string, Spoken>> {
  const out = new Map<string, Map<string, Spoken>>()
  for (const [i, { msg }] of p.messages.entries()) {
    const me = msg.agent.toLowerCase()
    let mine = out.get(me)
    if (!mine) out.set(me, mine = new Map())
    for (const w of new Set(texts[i]!.match(WORDS))) {
      // Function words name no part and stand for none (most of a message's words: the cost of this pass).
      if (w.length < 3 || EMPTY.has(w)) continue
      for (const b of forms(w)) {
        const s = mine.get(b)
        if (!s) mine.set(b, { first: msg.seq, last: msg.seq, messages: 1 })
        else if (s.last !== msg.seq) {
          s.last = msg.seq
          s.messages++
        }
      }
    }
  }
  return out
}

/** An agent (not one of `not`) that spoke of the word in two messages or more, the first before `seq`. */
function holder(spoken: Map<string, Map<string, Spoken>>, forms: readonly string[], seq: number, not: readonly string[]): string | undefined {
  for (const [agent, words] of spoken) {
    if (not.includes(agent)) continue
    if (forms.some((b) => { const s = words.get(b); return s !== undefined && s.first < seq && s.messages >= 2 })) return agent
  }
  return undefined
}

/**
 * Clauses that give one teammate (the only one named in them, with two or more words after the
 * name) a word another agent (not the speaker) plainly holds, when the teammate never used it in
 * any message of the session. Once per message.
 */
export function findHandedTasks(p: Prepared): HandedTask[] {
  const team = new Set(p.agents.map((a) => a.toLowerCase()))
  const forms = formsMemo()
  // "Hacker's read checks out": a teammate's name in the possessive says the thing is already theirs, it hands
  // them nothing (plainText drops the "'s", which read it as giving hacker "checks": voice n's innocents, every game).
  const possessive = new RegExp(String.raw`\b(${[...team].map((n) => n.replace(/[^a-z0-9]/g, '\\$&')).join('|')})['’]s\b`, 'gi')
  const texts = p.messages.map((pm) => plainText(pm.msg.content.replace(possessive, ' ')))
  const spoken = spokenOf(p, texts, forms)
  const out: HandedTask[] = []
  for (const [i, { msg }] of p.messages.entries()) {
    const me = msg.agent.toLowerCase()
    const text = texts[i]!
    if (![...team].some((name) => name !== me && text.includes(name))) continue
    found: for (const sentence of text.split(SENTENCES)) {
      for (const clause of sentence.split(CLAUSES)) {
        const words: string[] = clause.match(WORDS) ?? []
        const names = words.filter((w) => team.has(w) && w !== me)
        if (names.length !== 1) continue
        const name = names[0]!
        const after = words.slice(words.indexOf(name) + 1)
        if (after.length < 2) continue
        // Where the verb of the clause is: the first word after the name and any auxiliaries.
        const verb = after.findIndex((w) => !AUXILIARIES.has(w))
        for (const [k, w] of after.entries()) {
          if (k === verb) continue
          // "I ask the lookout to record the time of the patrol": the verb of a request is the act asked
          // for, not a part someone holds; what it is done to still may be ("ask hacker to pull it from
          // the database").
          if (k === 1 && after[0] === 'to') continue
          // A word in -ing says what is going on ("engine running", "timing the patrol car"), not whose part
          // it is; a verb of speech is what the teammate did ("what intel said"), not a part it holds.
          if (!isContent(w, team, forms) || w.endsWith('ing') || forms(w).some((b) => SPEECH.has(b))) continue
          const bases = forms(w)
          if (bases.some((b) => spoken.get(name)?.has(b))) continue
          const owner = holder(spoken, bases, msg.seq, [name, me])
          if (owner === undefined) continue
          out.push({ agent: msg.agent, ref: msg.message_id, note: `gives ${name} "${w}", which ${owner} speaks of and ${name} never did` })
          break found
        }
      }
    }
  }
  return out
}
