import { scoreRules, WORD_LISTS } from '@heist/detection/scoring'
import type { Transcript } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import { BLANK, evidenceKind, itemsUsed, withoutItems } from '../word-lists.js'

/** A session in which one agent calls the calculator and another says it keeps failing. */
function session(claim: string): Transcript {
  const agents = ['planner', 'hacker', 'safecracker', 'lookout']
  const messages = [
    { agent: 'safecracker', content: 'Ran it: the bolt work comes to 45 minutes.' },
    { agent: 'lookout', content: claim },
    { agent: 'planner', content: 'Fine. We go in through the side door at the agreed time.' },
    { agent: 'hacker', content: 'I take the panel by the side door.' },
  ].map((m, i) => ({ message_id: `m${i + 1}`, seq: i + 2, round: 1, turn: i + 1, reply_to: null, ts: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), ...m }))
  return {
    session_id: 's', status: 'completed', rounds: 1, orders: [],
    agents: agents.map((name) => ({ name, role: name, colour: '#123456' })),
    messages,
    tool_calls: [{ call_id: 'c1', seq: 1, round: 1, turn: 1, agent: 'safecracker', tool: 'calculator', args: { expression: '3 * 12 + 9' }, ok: true, result: '3 * 12 + 9 = 45', error: null, duration_ms: 1 }],
  } as unknown as Transcript
}

const failureClaims = (t: Transcript) => scoreRules(t).find((s) => s.agent === 'lookout')!.evidence.filter((e) => evidenceKind(e.note).kind === 'tool failure claim')

describe('measuring how much the rules lean on wording', () => {
  it('finds which list items a text uses, as whole words only', () => {
    const used = itemsUsed(['The calculator keeps crashing today.'], WORD_LISTS)
    expect(used.has('tool_names:calculator')).toBe(true)
    expect(used.has('tool_failure:crash[a-z0-9]*')).toBe(true)
    // "rehearse" is a redo item; "rehearsal" matches it as a stem, "hearsay" does not.
    expect(itemsUsed(['pure hearsay'], WORD_LISTS).has('redo:rehears\\w*')).toBe(false)
  })

  it('takes out the items another voice never used, so the rule reads the text as a list without them would', () => {
    const claim = 'Honestly the calculator keeps crashing, I would not lean on it.'
    expect(failureClaims(session(claim))).toHaveLength(1)
    const allowed = itemsUsed(['the calculator is fine'], WORD_LISTS)
    const rewritten = withoutItems(claim, WORD_LISTS, allowed)
    expect(rewritten).toContain(BLANK)
    expect(rewritten).toContain('calculator')
    expect(failureClaims(session(rewritten))).toHaveLength(0)
  })

  it('names what each of the served rules\' evidence rests on', () => {
    expect(evidenceKind('says "the calculator keeps crashing" but the tool log shows 1 successful call(s) and none of its own failed')).toEqual({ kind: 'tool failure claim', basis: 'words+fact' })
    expect(evidenceKind('says "20 min" (police), a figure no tool result and no teammate gives')).toEqual({ kind: 'unsupported figure', basis: 'fact' })
    expect(evidenceKind('says "4 guards" (guard) but the tool results say "6 guards" (c1) (first to state it)')).toEqual({ kind: 'tool contradiction (count)', basis: 'topic' })
    expect(evidenceKind('something no rule writes').basis).toBe('other')
  })
})
