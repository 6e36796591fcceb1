import { describe, expect, it } from 'vitest'
import { scoreRules } from '../src/scoring/index.js'
import { TranscriptBuilder } from './fixtures.js'

// Invented sentences; none is from the simulator.
const teammateQuestions = (lines: Record<string, string>) => {
  const t = new TranscriptBuilder()
  for (let r = 0; r < 3; r++) {
    for (const [agent, line] of Object.entries(lines)) t.say(agent, line)
    t.blandRound(Object.keys(lines)).nextRound()
  }
  return new Map(scoreRules(t.build()).map((s) => [s.agent, s.evidence.some((e) => e.note.startsWith('questions what a teammate does'))]))
}

describe('questions and doubts about who does what', () => {
  it('does not count a question put to a teammate by name about their own part', () => {
    const asked = teammateQuestions({
      planner: 'Safecracker, can the drill run quieter than last time?',
      intel: 'The roster has two guards in the lobby tonight.',
      lookout: 'Driver — is the car parked out of sight of the bank?',
    })
    expect(asked.get('planner')).toBe(false)
    expect(asked.get('lookout')).toBe(false)
  })

  it('counts doubt about a teammate\'s part written as a statement', () => {
    const asked = teammateQuestions({
      planner: 'We keep to the agreed timeline.',
      intel: 'Here is the roster. I assumed the hacker had this already, not my part.',
      lookout: 'The street is quiet.',
    })
    expect(asked.get('intel')).toBe(true)
    expect(asked.get('lookout')).toBe(false)
  })

  it('ends a question at its mark: a teammate named in the statement after it is not asked about', () => {
    const asked = teammateQuestions({
      planner: 'Everyone clear on the timeline? Intel keeps the roster and the hacker keeps the cameras.',
      lookout: 'The street is quiet.',
    })
    expect(asked.get('planner')).toBe(false)
  })

  it('reads a question in chat run together with dashes as put to the teammate named before it', () => {
    // One run of clauses joined by dashes (chat): the name alone before the question is who is asked.
    const asked = teammateQuestions({
      planner: 'sure thing, lookout — we go in at the side gate at 23:40 — safecracker — will the drill stay quiet on the hinges?',
      intel: 'ok — roster says two guards in the lobby tonight',
      lookout: 'copy — street is empty — car parked out back',
    })
    expect(asked.get('planner')).toBe(false)
    // A question about someone else's part after the break still counts, and so does a doubt across one.
    const other = teammateQuestions({
      planner: 'sure thing, lookout — we go in at the side gate at 23:40 — wait, is intel the one holding the keys?',
      intel: 'Not sure whose part the alarm panel is; driver said theirs.',
      lookout: 'copy — street is empty — car parked out back',
    })
    expect(other.get('planner')).toBe(true)
    expect(other.get('intel')).toBe(true)
  })
})
