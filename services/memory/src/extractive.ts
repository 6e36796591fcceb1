import { countTokens } from './tokens.js'

/** A sentence that may go into an extractive summary. */
interface Candidate {
  text: string
  score: number
  /** Position in the conversation: later sentences win ties. */
  order: number
}

const NUMBER = /\d+(?:[.,:]\d+)*/g
const TIME = /\b\d{1,2}:\d{2}\b|\b\d+\s?(?:am|pm|h|hrs?|hours?|min(?:ute)?s?|s|sec(?:ond)?s?)\b/gi
const NAME = /(?<=\s)[A-Z][a-z]{2,}/g
const KEYWORDS = /\b(?:vault|guards?|cameras?|alarms?|shifts?|doors?|locks?|codes?|exits?|routes?|sensors?|elevators?|stairs?|stairwell|keys?|timeline)\b/gi
const DISAGREEMENT = /\b(?:but|however|disagree|wrong|instead|no|not|risk\w*)\b/gi

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

/** How much a sentence is worth keeping: numbers, times, names, heist facts, disagreements. */
export function scoreSentence(sentence: string): number {
  return Math.min(count(sentence, NUMBER), 4) * 2 + count(sentence, TIME) * 1.5 + Math.min(count(sentence, NAME), 3)
    + Math.min(count(sentence, KEYWORDS), 3) + Math.min(count(sentence, DISAGREEMENT), 2) * 0.5
}

export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim().replace(/^[-•]\s*/, '')).filter((s) => s.length >= 4)
}

/**
 * The fallback summary when the model fails: the highest-scoring sentences of the previous
 * summary and the new messages, in conversation order, within `maxTokens`. Incremental like
 * the model's: what the previous summary kept competes with what is new.
 */
export function extractiveSummary(previous: string | null, messages: { agent: string; content: string }[], maxTokens: number): string {
  const candidates: Candidate[] = []
  const seen = new Set<string>()
  const add = (sentence: string, prefix: string) => {
    const key = sentence.toLowerCase().replace(/\W+/g, ' ').trim()
    if (seen.has(key)) return
    seen.add(key)
    // Scored without the "[agent]" prefix, whose trailing space would make every first word look like a name.
    candidates.push({ text: prefix + sentence, score: scoreSentence(sentence.replace(/^\[[\w-]+\]\s*/, '')), order: candidates.length })
  }
  for (const line of splitSentences(previous ?? '')) add(line, '')
  for (const m of messages) for (const sentence of splitSentences(m.content)) add(sentence, `[${m.agent}] `)

  // Sentences with nothing to keep ("Sounds good.") only make it when nothing else does.
  const informative = candidates.filter((c) => c.score > 0)
  const pool = informative.length > 0 ? informative : candidates
  const chosen: Candidate[] = []
  let used = 0
  for (const c of [...pool].sort((a, b) => b.score - a.score || b.order - a.order)) {
    const cost = countTokens(c.text) + 1
    if (used + cost > maxTokens) continue
    chosen.push(c)
    used += cost
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.text).join('\n')
}
