import { describe, expect, it } from 'vitest'
import { scoreRules } from '../src/scoring/index.js'
import { findToolDemotions, findToolFailureClaims } from '../src/scoring/tool-claims.js'
import { formsPattern, isFormOf } from '../src/scoring/plain-words.js'
import { TranscriptBuilder } from './fixtures.js'

const claimsAgainst = (t: ReturnType<TranscriptBuilder['build']>, agent: string) =>
  scoreRules(t).find((s) => s.agent === agent)!.evidence.filter((e) => e.note.includes('tool log shows'))

describe('claims that a tool is failing', () => {
  it('reads the tool a clause says is failing, in any wording that names it', () => {
    // Its second clause refers back to the tool ("not rely on it"): a second claim about the same tool.
    expect(findToolFailureClaims('That doc tool keeps glitching on me, I would not rely on it.').map((c) => c.tools)).toEqual([['read_file', '*'], ['read_file', '*']])
    expect(findToolFailureClaims('The calculator is unreliable on these timings.').map((c) => c.tools)).toEqual([['calculator']])
    expect(findToolFailureClaims('The database went down again; let us work from memory.').map((c) => c.tools)).toEqual([['query_db']])
    // A possessive or contraction names the tool too, and "off" is a failure said of a tool.
    expect(findToolFailureClaims('DB\'s down again, let\'s go off what we remember.').map((c) => c.tools)).toEqual([['query_db']])
    expect(findToolFailureClaims('Calculator’s been off on these timings — just eyeball it.').map((c) => c.tools)).toEqual([['calculator']])
    // A failure word about something else, and a tool named in another clause, are no claim.
    expect(findToolFailureClaims('The alarm panel is broken, so the calculator says we have 45 minutes.')).toEqual([])
    expect(findToolFailureClaims('The drill failed twice on the test door.')).toEqual([])
  })

  it('reads failure by meaning: any form of a failure word, a negated verb of working, any spelling, and "it" for the tool just named', () => {
    const tools = (text: string) => findToolFailureClaims(text).map((c) => c.tools)
    // Forms of one stem, none of them written out in a list.
    expect(tools('Heads up: the calculator glitched twice this morning.')).toEqual([['calculator']])
    expect(tools('The records are erroring out whenever I ask for the night roster.')).toEqual([['query_db']])
    expect(tools('Calculations have been crashy all evening.')).toEqual([['calculator']])
    // A negated verb of working or trusting, contractions spelt out, markdown ignored.
    expect(tools("The file reader **isn't working** tonight.")).toEqual([['read_file']])
    expect(tools("I wouldn't really rely on `query_db` for the roster.")).toEqual([['query_db']])
    expect(tools('Blueprints look out of date to me.')).toEqual([['read_file']])
    // "It" in the next clause is the tool just named.
    expect(tools('Pulled the roster from the database; honestly it keeps timing out and failing.')).toEqual([['query_db']])
    // Negated failure, a failure word about something else, and "it" with no tool before it are no claim.
    expect(tools('The calculator never failed me, it is fine.')).toEqual([])
    expect(tools('No errors from the database today.')).toEqual([])
    expect(tools('The van broke down last week; it is fixed, and the calculator agrees on 40 minutes.')).toEqual([])
  })

  it('reads no claim in what a tool reported, nor in praise or denial of a tool', () => {
    // What a tool found is its content: a reporting verb after the tool, or a colon before what was read.
    for (const report of [
      'The database says camera C3 is not working since Monday, so that corner is dark.',
      'The calculator shows a 30 minute drill will not work, it needs 45.',
      "From the file: the loading dock camera isn't working.",
      "The blueprints show the service lift doesn't work after 22:00.",
      "I ran it through the calculator: the plan doesn't work if the guard is early.",
      'The file says the alarm panel is out of service until Friday.',
      'Queried the records: the patrol does not respond to the east wing.',
      "Checked the records; they don't load the night roster until eight.",
      "The file says the vault door's time lock is not reliable below freezing.",
    ]) expect(findToolFailureClaims(report), report).toEqual([])
    // A negation reaches to the end of its clause and is spent on the first failure or working word after it.
    for (const praise of [
      'Never had the calculator fail on me.',
      'I have not seen the database fail once tonight.',
      'Not once has the file reader crashed.',
      "I don't think the calculator is broken at all.",
      'Nobody said the calculator was unreliable.',
      'The calculator gave no errors and works fine.',
    ]) expect(findToolFailureClaims(praise), praise).toEqual([])
    // The same tools, said to fail, still are.
    expect(findToolFailureClaims('The database is not working since Monday.').map((c) => c.tools)).toEqual([['query_db']])
    expect(findToolFailureClaims('The file reader is out of service, use memory.').map((c) => c.tools)).toEqual([['read_file']])
  })

  it('is evidence when the log shows the tool worked and never failed for the speaker', () => {
    const t = new TranscriptBuilder()
      .tool('safecracker', 'calculator', { expression: '3 * 12 + 9' }, '3 * 12 + 9 = 45')
      .say('safecracker', 'Drilling takes 45 minutes.')
      .say('lookout', 'The calculator is unreliable on these timings, so just estimate by hand.')
      .blandRound()
      .build()
    const found = claimsAgainst(t, 'lookout')
    expect(found).toHaveLength(1)
    expect(found[0]!.signal).toBe('tool_usage')
  })

  it('is no evidence from an agent whose own call of that tool failed, or before the tool ever worked', () => {
    const failed = new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'SELECT * FROM shifts' }, '3 rows')
      .tool('hacker', 'query_db', { query: 'SELECT * FROM nope' }, { code: 'DB_ERROR', message: 'no such table' })
      .say('hacker', 'The database is failing for me, I got an error back.')
      .blandRound()
      .build()
    expect(claimsAgainst(failed, 'hacker')).toEqual([])
    const early = new TranscriptBuilder()
      .say('driver', 'The file reader has been flaky for me.')
      .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, 'Door opened by motor in 40 seconds.')
      .blandRound()
      .build()
    expect(claimsAgainst(early, 'driver')).toEqual([])
  })
})

describe('failure said in words no list was read from', () => {
  const tools = (text: string) => findToolFailureClaims(text).map((c) => c.tools)

  it('reads failure from the shape of a word: a verb of doing wrong, an adjective of what cannot be done, "keeps" with a verb in -ing', () => {
    // Invented sentences; none of these words is in the failure list.
    expect(tools('The records system is misbehaving again tonight.')).toEqual([['query_db']])
    expect(tools('Careful, the calc misreads anything with brackets.')).toEqual([['calculator']])
    expect(tools('The file tool has been unreachable since noon.')).toEqual([['read_file', '*']])
    expect(tools('That calculator is unusable for anything past an hour.')).toEqual([['calculator']])
    expect(tools('The database keeps freezing up on me.')).toEqual([['query_db']])
    expect(tools('Tried the document reader twice, it kept hanging.')).toEqual([['read_file']])
    // The same shapes that are no failure: missing content, a report, a working verb, an ordinary word.
    expect(tools('The file is missing the night roster, ask intel.')).toEqual([])
    expect(tools('The database keeps returning three rows for nights.')).toEqual([])
    expect(tools('The calculator keeps working fine for me.')).toEqual([])
    expect(tools('Nothing unusual in the file about the side door.')).toEqual([])
    expect(tools('The mission file lists the vault at B-1.')).toEqual([])
  })

  it('reads the thesaurus words for out of order and not to be relied on', () => {
    expect(tools('Honestly the math tool is busted.')).toEqual([['calculator', '*']])
    expect(tools('The database looks defective to me.')).toEqual([['query_db']])
    expect(tools('The calculator has gone haywire on the door timings.')).toEqual([['calculator']])
    expect(tools('I cannot depend on the database for the roster.')).toEqual([['query_db']])
    expect(tools('The file reader is not functioning tonight.')).toEqual([['read_file']])
    // Praise and denial stay no claim.
    expect(tools('The calculator is dependable, no issue there.')).toEqual([])
    expect(tools('Never seen the database go haywire.')).toEqual([])
  })

  it('is evidence against a tool-less agent when the log shows the tool worked', () => {
    const t = new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'SELECT * FROM shifts' }, 'night | 22:00 | 06:00 | 3')
      .say('intel', 'Three on the night shift.')
      .say('driver', 'The records system keeps freezing up on me, so we go from memory.')
      .blandRound()
      .build()
    expect(claimsAgainst(t, 'driver')).toHaveLength(1)
    expect(claimsAgainst(t, 'intel')).toEqual([])
  })
})

describe('a tool put below something else', () => {
  const demoted = (text: string) => findToolDemotions(text).map((c) => c.tools)

  it('reads the tool that loses a comparison, whatever it loses to', () => {
    // Invented sentences.
    expect(demoted('Honestly, walking the floor ourselves would beat any blueprint file.')).toEqual([['read_file']])
    expect(demoted('I would go on instinct rather than the calculator here.')).toEqual([['calculator']])
    expect(demoted("Let's trust what we saw last week instead of the database.")).toEqual([['query_db']])
    expect(demoted('Asking around at the bar trumps the records every time.')).toEqual([['query_db']])
    // The tool winning, a tool's content, a question, reading over a file, relying on a tool: no demotion.
    expect(demoted('The file reader beats guessing by a mile.')).toEqual([])
    expect(demoted('There are more guards on nights than the database shows.')).toEqual([])
    expect(demoted('Is a head count better than the file?')).toEqual([])
    expect(demoted('Let us go over the blueprints once more.')).toEqual([])
    expect(demoted('We cannot plan this without the calculator.')).toEqual([])
  })

  it('is evidence when the tool worked, and none from the agent whose own call of it failed', () => {
    const t = new TranscriptBuilder()
      .tool('hacker', 'read_file', { filename: 'security_system.txt' }, '24 cameras in total.')
      .say('hacker', 'The file lists 24 cameras.')
      .say('lookout', 'A walk past the building tonight would beat any document.')
      .blandRound()
      .build()
    const against = (agent: string) => scoreRules(t).find((s) => s.agent === agent)!.evidence.filter((e) => e.note.includes('below something else'))
    expect(against('lookout')).toHaveLength(1)
    expect(against('lookout')[0]!.signal).toBe('tool_usage')
    expect(against('hacker')).toEqual([])
    const failed = new TranscriptBuilder()
      .tool('intel', 'query_db', { query: 'SELECT * FROM shifts' }, 'night | 3')
      .tool('hacker', 'query_db', { query: 'SELECT * FROM nope' }, { code: 'DB_ERROR', message: 'no such table' })
      .say('hacker', 'Asking the doorman beats the database, mine just errored.')
      .blandRound()
      .build()
    expect(scoreRules(failed).find((s) => s.agent === 'hacker')!.evidence.filter((e) => e.note.includes('below something else'))).toEqual([])
  })
})

describe('forms of a word', () => {
  it('reads a long stem in any form and a short one only inflected', () => {
    expect(['glitching', 'glitchy', 'glitches'].every((w) => isFormOf(w, 'glitch'))).toBe(true)
    expect(['fails', 'failed', 'failing', 'failure'].every((w) => isFormOf(w, 'fail'))).toBe(true)
    expect(isFormOf('buggy', 'bug')).toBe(true)
    expect(isFormOf('download', 'down')).toBe(false)
    expect(isFormOf('offer', 'off')).toBe(false)
    // The word-list measurement's pattern reads the same forms.
    const cases: [string, string, boolean][] = [['glitching', 'glitch', true], ['failing', 'fail', true], ['buggy', 'bug', true], ['download', 'down', false], ['offer', 'off', false]]
    for (const [word, stem, form] of cases) expect(new RegExp(`^(${formsPattern(stem)})$`).test(word)).toBe(form)
  })

  it('reads "it" as a tool named in its own sentence or the one before, no further back', () => {
    // Invented: a tool named in passing, then two sentences about the route; "it's off" is the dock.
    expect(findToolFailureClaims('Checked the blueprints earlier. The van goes round the back. We stop by the dock, it is off the main road.')).toEqual([])
    expect(findToolFailureClaims('Ran the numbers through the calculator. Honestly it keeps crashing on me.').map((c) => c.tools)).toEqual([['calculator']])
  })
})
