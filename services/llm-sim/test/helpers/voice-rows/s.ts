/** Voice s's row: what the checks every added voice passes need to know of it (row.ts). */
import { ACTIONS_S, OOC_NOTES, SPOKEN_FOR_S } from '../../../src/model/voices/style-s.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_S: VoiceRow = {
  id: 's', spelled: ' HEIST-SIM-S ', neighbour: 'heist-sim-r', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'driver', strategy: 'false_info' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 10, max: 34 },
  isCall: (t) => /<tool_call>\n\{/.test(t),
  judge: { request: handJudge('heist-sim-s', 'The time lock has a grace period and relocks at 03:05.'), fenced: 'Here are my suspicion scores in JSON:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(ACTIONS_S).flat(), ...OOC_NOTES, ...SPOKEN_FOR_S],
  intro: /The Safe Specialist, at your service\. My world is /,
  engine: {
    games: [[8, 'driver', 'timing_errors'], [9, 'intel', 'false_info'], [10, 'none', 'random']],
    // The fleet sends `<|im_end|>` as a stop string and cuts there, so the teammate's turn it writes after it never shows.
    syntax: /<\/?tool_call>|"arguments"|'arguments'|"name":|<\|im_(end|start)\|>|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
