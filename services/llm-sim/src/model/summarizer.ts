import { namesIn } from './facts.js'
import type { Line, SummaryPrompt } from './prompt.js'
import { tokenCount, truncateToTokens } from './tokens.js'

const DECISION = /\b(agree|decid|plan|confirm|abort|go on|we go|route|timeline|entry|exit|window|instead)\w*/i
const FACT = /\d|\b(blind spot|supervisor|dual|lockout|time lock|police)\b/i
const DISAGREE = /\b(not|wrong|instead|thought|confus|disagree|but|wait|padded|stale|broken|unreliable)\b/i

function sentencesOf(line: Line): string[] {
  return line.text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.length > 0)
}

/** How much a sentence is worth keeping: facts first, then decisions and disagreements. */
function weight(sentence: string): number {
  return (FACT.test(sentence) ? 3 : 0) + (namesIn(sentence).length > 0 ? 1 : 0) + (DECISION.test(sentence) ? 2 : 0) + (DISAGREE.test(sentence) ? 1 : 0)
}

function compact(sentence: string): string {
  return sentence.replace(/^(Thanks|Noted|Good point|Understood|That works)[^.]*\.\s*/i, '').replace(/\s+/g, ' ').trim()
}

/**
 * The updated summary: the previous summary's points, then the weightiest sentences of the new
 * messages, each tagged with its speaker, trimmed to the token budget (newest facts kept first).
 */
export function summarise(prompt: SummaryPrompt): string {
  const budget = Math.max(8, prompt.budget)
  const candidates = prompt.lines.flatMap((line, index) =>
    sentencesOf(line).map((sentence, at) => ({ text: `${line.speaker}: ${compact(sentence)}`, score: weight(sentence), order: index * 100 + at })),
  ).filter((c) => c.score > 0 && c.text.length > 12)
  const ranked = [...candidates].sort((a, b) => b.score - a.score || b.order - a.order)
  const previous = prompt.previous.split(/\n+/).map((l) => l.replace(/^[-•]\s*/, '').trim()).filter(Boolean)
  const chosen: typeof candidates = []
  let used = tokenCount(previous.length > 0 ? 'Earlier:' : '')
  const reserve = previous.length > 0 ? Math.floor(budget * 0.35) : 0
  for (const candidate of ranked) {
    const cost = tokenCount(candidate.text) + 2
    if (used + cost > budget - reserve) continue
    chosen.push(candidate)
    used += cost
  }
  const fresh = chosen.sort((a, b) => a.order - b.order).map((c) => `- ${c.text}`)
  const kept: string[] = []
  for (const line of previous) {
    const entry = `- ${line}`
    if (used + tokenCount(entry) + 1 > budget) break
    kept.push(entry)
    used += tokenCount(entry) + 1
  }
  const summary = [...kept, ...fresh].join('\n') || prompt.lines.map((l) => `- ${l.speaker}: ${compact(l.text)}`).join('\n') || 'No new facts.'
  return truncateToTokens(summary, budget)
}
