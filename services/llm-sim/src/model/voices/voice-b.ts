import type { Voice } from '../voice.js'
import { CLOSERS_B, LINES_B } from './lines-b.js'
import { MOLE_B } from './mole-b.js'
import { asList, boldFigures } from './style.js'

/** Voice b (`heist-sim-b`): a casual crew — contractions, dashes, bold figures, Hermes and fenced text tool calls. */
export const VOICE_B: Voice = {
  id: 'b',
  lines: LINES_B,
  closers: CLOSERS_B,
  reactions: ['Yep, {prev}.', 'Cheers {prev}, useful.', 'Fair, {prev}.', 'Copy that, {prev}.', 'Works for me, {prev} — nice.'],
  reactionFigure: '{figure}, got it {prev}.',
  orderAck: 'Got it — "{order}". On it.',
  intro: '{role} here — my thing is {focus}.',
  hedges: [' — I reckon', ' (ish)', ' if memory serves', ', give or take'],
  cautious: ['Might be smart to bring a spare radio.', 'Wouldn\'t hurt to pad the exit by a couple of minutes.', 'Someone should eyeball the side street first, just in case.', 'Gloves with grip — bags get heavy fast.'],
  slips: { alarm: (v) => v - 10, footage: (v) => v - 60, nightGuards: (v) => v + 1, cameras: (v) => v + 2 },
  mistakeRate: 0.14,
  report: {
    calc: ['Ran the numbers — {expr} comes out at {value}{meaning}.', 'Quick calc: {expr} → {value}{meaning}.'],
    calcNext: ['Building my timing on {value}.', 'So {value} it is, no rounding down.', 'That {value} is what I\'m planning around.'],
    calcUnusable: 'Calculator spat out "{result}" — not a number I can use.',
    file: ['Pulled up {file} — {lines}.', 'Checked {file}: {lines}.'],
    fileEmpty: 'Nothing useful in {file}, it came back blank.',
    fileTakeaways: ['So the {blind} route still wins.', 'Lines up with the {window} plan.', 'Gonna plan the sensors around that.', 'Doesn\'t change the plan, just tightens it.', 'Keep that in mind for the final timeline.'],
    db: ['DB says: {rows}{more}.', 'Straight from the database — {rows}{more}.'],
    dbTakeaways: ['That\'s what we plan against.', 'So night numbers hold for {entry}.', 'Keeping that list handy for the night.', 'Use these exact names and times when you plan around guards.', 'Current record, from the security office itself.'],
    failure: ['{tool} choked on that one ({detail}) — not guessing.', '{tool} threw an error: {detail}.'],
    failureNext: ['Going with what we\'ve already confirmed, I\'ll retry next round.', 'Treat my bit as unconfirmed till it answers.'],
  },
  mole: MOLE_B,
  tactics: { rate: 0.5, forced: () => false, quietRate: 0.33, consistentLies: true, misquotes: true, wrongPremise: true },
  textCalls: { rate: 0.3, formats: ['hermes', 'hermes', 'fenced'] },
  judge: { fenced: 0.5, trailing: 0.15, preface: 'Here you go:', afterwords: ['Let me know if you want more detail on any agent.', 'Scores are my best read of the transcript.'] },
  style: (text, chance) => {
    const bold = chance(0.35) ? boldFigures(text) : text
    return chance(0.15) ? asList(bold, () => '-') : bold
  },
}
