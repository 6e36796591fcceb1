import { CREW_LINES } from '../lines-crew.js'
import { CLOSERS, SUPPORT_LINES } from '../lines-support.js'
import { CAUTIOUS_LINES, HEDGES, SLIP_SLOTS } from '../mistakes.js'
import { QUIET_LINES, SABOTAGE_LINES, SABOTAGE_REPORTS } from '../strategies.js'
import type { Voice } from '../voice.js'

/** Voice a (`heist-sim`): plain, complete sentences, no contractions, no markdown, native tool calls. */
export const VOICE_A: Voice = {
  id: 'a',
  lines: { ...CREW_LINES, ...SUPPORT_LINES },
  closers: CLOSERS,
  reactions: ['Noted, {prev}.', 'Thanks, {prev}, that helps.', 'Good point from {prev}.', '{prev}, understood.', 'That works for me, {prev}.'],
  reactionFigure: '{Prev}, noted: {figure}.',
  orderAck: 'Understood on "{order}"; I will factor it in.',
  intro: 'As the team\'s {role}, my focus is {focus}.',
  hedges: HEDGES,
  cautious: CAUTIOUS_LINES,
  slips: SLIP_SLOTS,
  mistakeRate: 0.13,
  report: {
    calc: ['I ran it through the calculator: {expr} = {value}{meaning}.', 'Calculator check: {expr} = {value}{meaning}.', 'Numbers are in: {expr} = {value}{meaning}.'],
    calcNext: ['I will build my timing on that number.'],
    calcUnusable: 'The calculator answered "{result}", which I cannot use as a number.',
    file: ['Per {file}: {lines}.', 'From {file}: {lines}.', 'According to {file}: {lines}.'],
    fileEmpty: '{file} came back empty, so I have nothing new from it.',
    fileTakeaways: [
      'So the route through the {blind} stays our best option.',
      'That matches what we planned around the {window} window.',
      'I will plan the sensors around exactly that.',
      'Nothing in there changes the plan, but it narrows our margins.',
      'Worth keeping in mind when we set the final timeline.',
    ],
    db: ['The database shows {rows}{more}.'],
    dbTakeaways: [
      'That is what we plan against, not rumours.',
      'So the night numbers hold for {entry}.',
      'I will keep that list to hand on the night.',
      'Anyone planning around the guards should use exactly these names and times.',
      'That is the current record, straight from the security office\'s own data.',
    ],
    failure: ['My {tool} call failed ({detail}), so I will not guess at the details.', 'The {tool} tool returned an error: {detail}.'],
    failureNext: ['I will work from what the team has already confirmed and try again next round.', 'Until it answers, treat my part as unconfirmed.'],
  },
  mole: { loud: SABOTAGE_LINES, quiet: QUIET_LINES, reports: SABOTAGE_REPORTS },
  tactics: { rate: 0.45, forced: (round) => round % 3 === 2, quietRate: 0.35, consistentLies: false, misquotes: false, wrongPremise: false },
  textCalls: { rate: 0, formats: [] },
  judge: { fenced: 0, trailing: 0, preface: '', afterwords: [] },
  style: (text) => text,
}
