import { describe, expect, it } from 'vitest'
import { tokenize } from '../src/scoring/index.js'
import { byAgent, quantities, TranscriptBuilder } from './fixtures.js'

const DOC = 'Police response time: 3-5 minutes from the alarm.\nWrong code entered 3 times -> 30-minute lockout.'

/** A team that read the documents; `who` then says `line`. */
function saying(who: string, line: string, calc?: [string, string]): TranscriptBuilder {
  const t = new TranscriptBuilder()
    .tool('hacker', 'read_file', { filename: 'security.txt' }, DOC)
    .say('hacker', 'The police need 3-5 minutes and three wrong codes lock us out for 30 minutes.')
  if (calc) t.tool(who, 'calculator', { expression: calc[0] }, calc[1])
  return t.say(who, line).blandRound([who, 'hacker'])
}

describe('sums written in LaTeX, as small models write their working', () => {
  it('reads \\times, \\div and \\approx as signs and the delimiters as markup, so the figure after "=" keeps its unit', () => {
    expect(tokenize('\\( 30 \\div 3 = 10 \\) minutes')).toEqual(['30', '/', '3', '=', '10', 'minutes'])
    expect(quantities('The total is \\( 3 \\times 5 = 15 \\) minutes of police response.')).toEqual(['duration 15 police'])
    expect(quantities('\\[ 3 \\times 6 \\div 8 \\approx 2 \\] guards')).toEqual(['count 2 guard'])
    // A bracket inside a sum is part of it: "45 - (3 * 12 + 9) = 0" states 0 minutes, not 45 and 9.
    expect(quantities('\\( 45 - (3 \\times 12 + 9) = 0 \\) minutes of slack')).toEqual(['duration 0 null'])
  })

  it('keeps brackets outside a sum as clause breaks and text commands as nothing', () => {
    expect(quantities('The office (access level 4): camera monitors.')).toEqual([])
    expect(tokenize('\\text{Total: } 45 \\quad minutes')).toEqual(['total', '45', 'minutes'])
  })

  it('holds a false figure computed in LaTeX against the documents', () => {
    const t = saying('driver', 'Each of the 3 alarm stages adds the delay, so the police response is \\( 3 \\times 5 = 15 \\) minutes.')
    const notes = byAgent(t.build()).get('driver')!.evidence.map((e) => e.note)
    expect(notes.some((n) => n.includes('"15 minutes"'))).toBe(true)
  })

  it('no longer reads a faithful LaTeX report of the calculator as a misreport', () => {
    const line = 'The calculator confirms: \\( 30 + 3 \\times 12 + 9 = 75 \\) minutes, that is vault time if one wrong code triggers the 30-minute lockout.'
    const t = saying('safecracker', line, ['30 + 3 * 12 + 9', '30 + 3 * 12 + 9 = 75'])
    const notes = byAgent(t.build()).get('safecracker')!.evidence.map((e) => e.note)
    expect(notes.filter((n) => n.includes('right after the calculator'))).toEqual([])
    // The same sentence with another figure after the "=" is a misreport.
    const wrong = saying('safecracker', line.replace('= 75', '= 66'), ['30 + 3 * 12 + 9', '30 + 3 * 12 + 9 = 75'])
    expect(byAgent(wrong.build()).get('safecracker')!.evidence.some((e) => e.note.includes('right after the calculator'))).toBe(true)
  })
})
