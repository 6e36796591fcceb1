import { describe, expect, test } from 'vitest'
import { extractiveSummary } from '../src/extractive.js'
import { truncateToTokens } from '@heist/shared/tokens'
import { countTokens } from '../src/tokens.js'

describe('extractive summary', () => {
  const talk = [
    { agent: 'planner', content: 'Good morning team. We go in through the loading dock at 02:15.' },
    { agent: 'hacker', content: 'Sounds good to me. The 16 cameras store footage for 72 hours.' },
    { agent: 'intel', content: 'Chen and Williams work the night shift. I agree.' },
  ]

  test('keeps the sentences with numbers, times and names, in conversation order', () => {
    const summary = extractiveSummary(null, talk, 200)
    expect(summary.split('\n')).toEqual([
      '[planner] We go in through the loading dock at 02:15.',
      '[hacker] The 16 cameras store footage for 72 hours.',
      '[intel] Chen and Williams work the night shift.',
    ])
  })

  test('stays within its token limit, preferring the most informative sentences', () => {
    const summary = extractiveSummary(null, talk, 16)
    expect(countTokens(summary)).toBeLessThanOrEqual(16)
    expect(summary).toBe('[hacker] The 16 cameras store footage for 72 hours.')
  })

  test('updates a previous summary rather than dropping it', () => {
    const summary = extractiveSummary('The vault time lock opens at 06:00.', [{ agent: 'driver', content: 'The van waits on Elm Street at 02:40.' }], 200)
    expect(summary).toBe('The vault time lock opens at 06:00.\n[driver] The van waits on Elm Street at 02:40.')
  })
})

describe('truncateToTokens', () => {
  test('cuts at a sentence end and never exceeds the limit', () => {
    const text = 'The vault opens at 02:30. Chen guards it. '.repeat(20)
    const cut = truncateToTokens(text, 30)
    expect(countTokens(cut)).toBeLessThanOrEqual(30)
    expect(cut.endsWith('.')).toBe(true)
  })

  test('counts special-token text as plain text instead of throwing', () => {
    expect(countTokens('a <|endoftext|> b')).toBeGreaterThan(3)
  })
})
