import { namesIn } from './facts.js'
import type { SummaryPrompt } from './prompt.js'
import { truncateToTokens } from '@heist/shared/tokens'
import { tokenCount } from './tokens.js'

const DECISION = /\b(agree|decid|plan|confirm|abort|we go|route|timeline|entry|exit|instead)\w*/i
const DISAGREE = /\b(not|wrong|instead|thought|confus|disagree|but|wait|padded|stale|broken|unreliable|unavailable)\b/i
const EVIDENCE = /calculator|database shows|\.txt\b|\s=\s/i
const FILLER = /^(Thanks|Noted|Good point|Understood|That works)[^.]*\.\s*|^(Numbers are in|Calculator check|I ran it through the calculator):\s*/i

interface Candidate {
  text: string
  score: number
  order: number
}

/** How much a sentence is worth keeping: figures and names first, then tool evidence, decisions, disagreements. */
function weight(sentence: string): number {
  const figures = new Set(sentence.match(/\d{1,2}:\d{2}|\d+(?:\.\d+)?/g) ?? []).size
  return Math.min(figures, 4) * 1.5 + namesIn(sentence).length + (EVIDENCE.test(sentence) ? 2 : 0) + (DECISION.test(sentence) ? 1 : 0) + (DISAGREE.test(sentence) ? 1 : 0)
}

function candidates(prompt: SummaryPrompt): Candidate[] {
  const previous = prompt.previous.split(/\n+/).map((l) => l.replace(/^[-•]\s*/, '').trim()).filter(Boolean)
  const old = previous.map((text, i) => ({ text, score: weight(text), order: i - previous.length }))
  const fresh = prompt.lines.flatMap((line, index) =>
    line.text.split(/(?<=[.!?])\s+(?=[A-Z])/).map((sentence, at) => {
      const text = `${line.speaker}: ${sentence.replace(FILLER, '').trim()}`
      return { text, score: weight(sentence), order: index * 100 + at }
    }),
  )
  return [...old, ...fresh].filter((c) => c.score > 0 && c.text.length > 12)
}

/**
 * The updated summary: the weightiest points of the previous summary and the new messages
 * together, each tagged with its speaker, in conversation order, within the token budget.
 */
export function summarise(prompt: SummaryPrompt): string {
  const budget = Math.max(8, prompt.budget)
  const seen = new Set<string>()
  const ranked = candidates(prompt)
    .filter((c) => !seen.has(c.text) && seen.add(c.text))
    .sort((a, b) => b.score - a.score || b.order - a.order)
  const chosen: Candidate[] = []
  let used = 0
  const take = (pool: Candidate[], limit: number) => {
    for (const candidate of pool) {
      const cost = tokenCount(`- ${candidate.text}\n`)
      if (chosen.includes(candidate) || used + cost > limit) continue
      chosen.push(candidate)
      used += cost
    }
  }
  // The previous summary holds up to half the budget, so earlier decisions survive new chatter.
  take(ranked.filter((c) => c.order < 0), Math.floor(budget / 2))
  take(ranked, budget)
  const summary = chosen.sort((a, b) => a.order - b.order).map((c) => `- ${c.text}`).join('\n')
  return truncateToTokens(summary || prompt.lines.map((l) => `- ${l.speaker}: ${l.text}`).join('\n') || 'No new facts.', budget)
}
