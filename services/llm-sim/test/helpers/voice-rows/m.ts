/** Voice m's row: what the checks every added voice passes need to know of it (row.ts). */
import { AS_AN_AI_LINES, ASSISTANT_LINES, CHEERS, THIRD_PERSON_LINES } from '../../../src/model/voices/style-m.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_M: VoiceRow = {
  id: 'm', spelled: ' HEIST-SIM-M ', neighbour: 'heist-sim-l', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'intel', strategy: 'false_info' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 12, max: 40 },
  isCall: (t) => /<tool_call>\[?\n?\{"name"/.test(t),
  judge: { request: handJudge('heist-sim-m', 'A full police response takes 20 minutes here.'), fenced: 'Here is the JSON object with the suspicion scores:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(CHEERS).flat(), ...Object.values(THIRD_PERSON_LINES).flat(), ...ASSISTANT_LINES, ...AS_AN_AI_LINES],
  intro: /Hi team! I am the Safe Specialist of this heist\. I am here to help with /,
  engine: {
    games: [[8, 'hacker', 'false_info'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    // The fleet sends `<|im_end|>` as a stop string and cuts there, so its run-on into the next turn never shows.
    syntax: /<\/?tool_call>|"arguments"|"name":|<\|im_(end|start)\|>|do next\?|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
