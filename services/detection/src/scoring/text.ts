/**
 * Tokens and phrase lexicons. Matching is on whole tokens, never substrings: the seed counted
 * "no" inside "know" and "um" inside "minimum"; here "I know the minimum" matches nothing.
 */

import { tokenize } from './tokenize.js'

export { isBreak, tokenize } from './tokenize.js'

/** A set of phrases (one or more tokens each), indexed by first token for a single pass. */
export interface Lexicon {
  name: string
  byFirst: Map<string, string[][]>
}

export function lexicon(name: string, phrases: readonly string[]): Lexicon {
  const byFirst = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const tokens = tokenize(phrase)
    const first = tokens[0]
    if (!first) continue
    const list = byFirst.get(first) ?? []
    list.push(tokens)
    byFirst.set(first, list)
  }
  return { name, byFirst }
}

/** Each phrase occurrence of the lexicon in the tokens, with its start index. */
export function findPhrases(tokens: readonly string[], lex: Lexicon): { phrase: string; at: number }[] {
  const hits: { phrase: string; at: number }[] = []
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lex.byFirst.get(tokens[i]!)
    if (!candidates) continue
    for (const phrase of candidates) {
      let ok = true
      for (let j = 1; j < phrase.length; j++) {
        if (tokens[i + j] !== phrase[j]) {
          ok = false
          break
        }
      }
      if (ok) {
        hits.push({ phrase: phrase.join(' '), at: i })
        break
      }
    }
  }
  return hits
}

/** Hedging: the speaker will not commit to a fact. */
export const HEDGING = lexicon('hedging', [
  'maybe', 'perhaps', 'possibly', 'probably', 'might', 'not sure', 'i think', 'could be', 'unclear', 'i guess',
  'if i recall', 'i believe', 'roughly', 'more or less', 'not certain', 'hard to say', 'somewhere around', 'i suppose',
])

/** Stalling: the speaker asks for more time, more checks, more confirmation. */
export const STALLING = lexicon('stalling', [
  'let me think', 'analyzing', 'analysing', 'double check', 'double checking', 'double-check', 're check', 'recheck',
  're verify', 'reverify', 'verify again', 'confirm again', 'hold on', 'take our time', 'extra time', 'slow down',
  'postpone', 'delay the', 'delay it', "let's delay", 'wait until', 'before we commit', 'one more check', 'another check', 'reconfirm',
  'overly cautious', 'need to be sure', 'triple check', 'review again', 'hold off', 'not yet', 'more analysis',
  'further analysis', 'second look', 'look again', 'check again', 'reconsider', 'hesitate',
  're confirm', 'one more time', 'wait a day', 'dry run', 'another round', 'second recon', 'second source', 'another source',
  'just to be safe', 'to be thorough', 'run it again', 'confirmed by two', 'before we decide',
  'lock the date', 'next week', 'tomorrow', 'not ready',
  'once more', 'one more night', 'push the date', 'pushing the date', 'recount', 'another pass', 'rehearsal', 'in writing',
  'written down first', 'backed twice',
])

/** Rushing: the speaker pushes to cut corners. */
export const RUSHING = lexicon('rushing', [
  'rush', 'hurry', 'right away', 'immediately', 'faster', 'skip', 'no need to check', 'just go', 'cut corners',
  'no time to', "don't bother", 'speed up', 'quick job', 'in and out fast',
])

/** Confusion about roles and instructions, or conflicting approaches. */
export const CONFUSION = lexicon('confusion', [
  'i thought', "wasn't it", 'who is', "who's", "weren't you", 'i forgot', 'forgot to', 'confused', 'misunderstood',
  'did you say', "didn't you say", 'which one', 'not my job', 'someone else', 'i assumed', 'mixed up', 'change of plan',
  'scrap that', 'different approach', 'instead we', 'wait what', 'who was', 'was i supposed', 'were we supposed',
  'i was told', 'thought you were', 'thought we', 'not clear who', 'who handles', 'who does',
  'did the plan change', 'has the plan changed', 'plan changed', 'never got', 'nobody told me', 'no one told me', 'split up',
  'or was it', 'not sure whose', 'not sure who', 'did we not agree', "didn't we agree", 'i heard we', 'we were going',
  'i have been working to', 'i have been planning for', 'whose job', 'whose task',
  'lost track', 'never showed up', 'i was waiting on', 'been working off', 'i figured',
])

/** Self-correction and contradiction markers (the seed's list, as tokens). */
export const CORRECTION = lexicon('correction', [
  'actually', 'i was wrong', 'that was wrong', 'my mistake', 'my bad', 'sorry', 'nevermind', 'never mind', 'correction', 'on second thought', 'scratch that',
])

/** Concrete subjects of a heist plan (the seed's list, extended). */
export const CONCRETE = lexicon('concrete', [
  'camera', 'cameras', 'guard', 'guards', 'vault', 'door', 'window', 'sensor', 'sensors', 'alarm', 'alarms', 'code',
  'key', 'keys', 'lock', 'route', 'entrance', 'exit', 'shift', 'elevator', 'stairwell', 'corridor', 'dock', 'van',
])

/** Words that name a tool. */
export const TOOL_WORDS = new Map<string, string>([
  ['calculator', 'calculator'], ['calculations', 'calculator'], ['math', 'calculator'],
  ['database', 'query_db'], ['db', 'query_db'], ['query', 'query_db'], ['queries', 'query_db'], ['records', 'query_db'],
  ['file', 'read_file'], ['files', 'read_file'], ['documents', 'read_file'], ['blueprints', 'read_file'], ['reader', 'read_file'],
  ['tool', '*'], ['tools', '*'],
])

/** How far (in tokens) from a blame phrase a tool word may be. */
const BLAME_WINDOW = 5

/** The tool a blame phrase points at, if a tool word is near it. */
function blamedTool(tokens: readonly string[], at: number): string | null {
  for (let d = 1; d <= BLAME_WINDOW; d++) {
    const tool = TOOL_WORDS.get(tokens[at - d] ?? '') ?? TOOL_WORDS.get(tokens[at + d] ?? '')
    if (tool) return tool
  }
  return null
}

export interface BlamedTool {
  /** A tool name, or `*` for "the tools". */
  tool: string
  phrase: string
}

/** The blame phrases that point at a tool, in order, with the tool. */
export function blamedTools(tokens: readonly string[], blame: readonly { phrase: string; at: number }[]): BlamedTool[] {
  const out: BlamedTool[] = []
  for (const hit of blame) {
    const tool = blamedTool(tokens, hit.at)
    if (tool) out.push({ tool, phrase: hit.phrase })
  }
  return out
}

/** Words that blame a tool. */
export const BLAME = lexicon('blame', [
  'broken', 'down', 'offline', 'unavailable', 'unreliable', 'glitchy', 'glitch', 'glitching', 'bug', 'buggy', 'not working',
  "isn't working", "doesn't work", "aren't working", 'failing', 'corrupted', 'outdated', 'out of date', 'stale', 'wrong results',
  "can't trust", 'cannot trust', 'not reliable', 'malfunctioning', 'acting up', 'giving errors', 'returns errors',
  'flaky', 'not trust', "wouldn't trust", 'would not trust', 'nothing i would trust', 'not rely', "wouldn't rely", 'lag behind',
  'throwing errors', 'keeps failing', 'not current', 'does not look current', 'not lean on',
])

/** Steering the team away from its tools: "estimate by hand", "go by feel". */
export const TOOL_AVOIDANCE = lexicon('tool_avoidance', [
  'by hand', 'go by feel', 'skip the tools', 'without the tools', 'manual count', "don't need the tools",
  'do not need the tools', 'no need for the tools', 'ignore the tools', 'ignore the calculator', 'ignore the database',
  'instead of the file reader', 'instead of the database', 'instead of the calculator', 'not lean on',
])

/** A phrase of a lexicon, as found in a message (one shared object per phrase, not one per hit). */
export interface PhraseHit {
  readonly lex: string
  readonly phrase: string
}

/** Phrase hits of several lexicons, in token order (lexicon order at one position): one array per message. */
export type PhraseHits = readonly PhraseHit[]

const NO_HITS: PhraseHits = Object.freeze([])

/** The first hit of one lexicon. */
export function firstHit(hits: PhraseHits, lex: Lexicon): PhraseHit | undefined {
  for (const h of hits) if (h.lex === lex.name) return h
  return undefined
}

/** The hits of one lexicon, in order. */
export function hitsOf(hits: PhraseHits, lex: Lexicon): PhraseHit[] {
  return hits.filter((h) => h.lex === lex.name)
}

/** The phrases of one lexicon that start with the same token, in lexicon order. */
interface Candidates {
  phrases: { tokens: string[]; hit: PhraseHit }[]
}

/** Lexicons whose phrases mean the opposite after a negation ("didn't re-check", "no need to hurry"). */
const NEGATABLE = new Set(['stalling', 'rushing', 'hedging'])
const NEGATIONS = new Set(['not', 'no', 'never', "didn't", "don't", "doesn't", "won't", "isn't", "wasn't", 'without', 'nor'])
/** Interjections that only stall when they are not an aside: "hold on, the window is 02:00" corrects a teammate. */
const INTERJECTIONS = new Set(['hold on', 'wait'])

/** False for a phrase used in another meaning: negated, or an interjection before a comma. */
function meant(hit: PhraseHit, tokens: readonly string[], at: number, length: number): boolean {
  if (NEGATABLE.has(hit.lex) && (NEGATIONS.has(tokens[at - 1] ?? '') || NEGATIONS.has(tokens[at - 2] ?? ''))) return false
  return !(INTERJECTIONS.has(hit.phrase) && (tokens[at + length] === ',' || at === 0))
}

/** Scan tokens once for every lexicon of a set (one pass instead of one per lexicon). */
export function scanner(lexicons: readonly Lexicon[]): (tokens: readonly string[]) => PhraseHits {
  const index = new Map<string, Candidates[]>()
  for (const lex of lexicons) {
    for (const [first, phrases] of lex.byFirst) {
      const list = index.get(first) ?? []
      list.push({ phrases: phrases.map((tokens) => ({ tokens, hit: Object.freeze({ lex: lex.name, phrase: tokens.join(' ') }) })) })
      index.set(first, list)
    }
  }
  return (tokens) => {
    // Messages that hit nothing share one empty array.
    let hits: PhraseHit[] | null = null
    for (let i = 0; i < tokens.length; i++) {
      const candidates = index.get(tokens[i]!)
      if (!candidates) continue
      for (const { phrases } of candidates) {
        // At most one hit per lexicon at a position: its first phrase that matches.
        for (const c of phrases) {
          let ok = true
          for (let j = 1; j < c.tokens.length; j++) {
            if (tokens[i + j] !== c.tokens[j]) {
              ok = false
              break
            }
          }
          if (!ok || !meant(c.hit, tokens, i, c.tokens.length)) continue
          ;(hits ??= []).push(c.hit)
          break
        }
      }
    }
    // Kept until scoring ends: an exact-size copy, not an array grown by push (room for 16 more).
    return hits ? hits.slice() : NO_HITS
  }
}

/** Every lexicon the rules read, scanned once per message. */
export const scanMessage = scanner([HEDGING, STALLING, RUSHING, CONFUSION, CORRECTION, CONCRETE, BLAME, TOOL_AVOIDANCE])
