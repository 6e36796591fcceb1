/** Voice o's row: what the checks every added voice passes need to know of it (row.ts). */
import { DISCLAIMERS_O, EXERCISES, HEADINGS, OPENERS_O } from '../../../src/model/voices/style-o.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_O: VoiceRow = {
  id: 'o', spelled: ' HEIST-SIM-O ', neighbour: 'heist-sim-n', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'hacker', strategy: 'false_info' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 14, max: 42 },
  isCall: (t) => /<\|tool_call\|>\[|functools\[|^([^\n]+\n)?\{"name": /.test(t),
  judge: { request: handJudge('heist-sim-o', 'The 3-5 minutes is per alarm stage, so the police need 9-15 minutes.'), fenced: 'Certainly! Here is the JSON with the suspicion scores:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...OPENERS_O, ...DISCLAIMERS_O, ...EXERCISES, ...Object.values(HEADINGS)],
  intro: /Greetings, team! I'm the Safe Specialist, and my main focus is /,
  engine: {
    games: [[8, 'driver', 'timing_errors'], [9, 'intel', 'false_info'], [10, 'none', 'random']],
    // The fleet sends `<|end|>` as a stop string and cuts there, so the exercise it makes up after it never shows.
    syntax: /<\|\/?tool_call\|>|functools|"arguments"|"name":|<\|(end|user)\|>|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
