import type { Voice } from '../voice.js'
import { CLOSERS_C, LINES_C } from './lines-c.js'
import { MOLE_C } from './mole-c.js'
import { asList } from './style.js'

/** Voice c (`heist-sim-c`): a formal analyst — long sentences, numbered points, Python-style and fenced text tool calls. */
export const VOICE_C: Voice = {
  id: 'c',
  lines: LINES_C,
  closers: CLOSERS_C,
  reactions: ['I concur with {prev}.', 'That is a helpful observation from {prev}.', 'Thank you, {prev}; noted for the record.', 'I accept {prev}\'s point.', '{prev} raises a fair consideration.'],
  reactionFigure: 'For the record, {prev} gives {figure}.',
  orderAck: 'Operator instruction received ("{order}"); I shall incorporate it.',
  intro: 'Speaking as the {role}, my remit is {focus}.',
  hedges: [', subject to confirmation', ', to the best of my knowledge', ', unless I am mistaken', ', as I understand it'],
  cautious: ['It may be prudent to station a second observer at the stairwell.', 'I would suggest a reserve radio as a precaution.', 'Perhaps the lockout rule merits verification before the night.', 'A margin of a few minutes on the exit would seem sensible.'],
  slips: { lockout: (v) => v - 10, maxInside: (v) => v - 5, nightGuards: (v) => v + 2, drill: (v) => v + 5 },
  mistakeRate: 0.12,
  report: {
    calc: ['The calculation {expr} yields {value}{meaning}.', 'Having computed {expr}, the result is {value}{meaning}.'],
    calcNext: ['I shall adopt {value} as the working figure.', 'The figure of {value} will govern my part of the schedule.', 'I propose that we plan on {value} without rounding.'],
    calcUnusable: 'The calculator returned "{result}", which cannot be interpreted as a figure.',
    file: ['The document {file} states the following: {lines}.', 'Having consulted {file}, I note: {lines}.'],
    fileEmpty: 'The document {file} returned no content of use.',
    fileTakeaways: ['The route via the {blind} therefore remains preferable.', 'This is consistent with our planning around the {window} slot.', 'I shall arrange the sensor coverage accordingly.', 'The plan stands, albeit with narrower margins.', 'This should inform the final schedule.'],
    db: ['The security database records the following: {rows}{more}.', 'The query returns: {rows}{more}.'],
    dbTakeaways: ['These are the figures against which we should plan.', 'The night figures therefore hold for {entry}.', 'I shall retain this list for the night.', 'Anyone planning around the guards ought to use precisely these names and times.', 'This is the current record from the security office.'],
    failure: ['Regrettably my {tool} request failed ({detail}); I shall not speculate.', 'The {tool} tool reported an error: {detail}.'],
    failureNext: ['In the meantime I shall rely upon what the team has confirmed and retry next round.', 'Until it responds, my element should be regarded as unconfirmed.'],
  },
  mole: MOLE_C,
  tactics: { rate: 0.42, forced: (round, rounds) => round === rounds, quietRate: 0.4, consistentLies: true, misquotes: true, wrongPremise: true },
  textCalls: { rate: 0.35, formats: ['python', 'python', 'fenced', 'hermes'] },
  judge: { fenced: 0.4, trailing: 0.5, preface: 'My assessment follows.', afterwords: ['The strongest indicators are the figures that conflict with the tool results.', 'These probabilities are, of course, provisional.'] },
  style: (text, chance) => (chance(0.2) ? asList(text, (i) => `${i + 1}.`) : text),
}
