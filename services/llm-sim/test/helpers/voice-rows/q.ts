/** Voice q's row: what the checks every added voice passes need to know of it (row.ts). */
import { NEXT_STEPS_Q, OFFERS_Q } from '../../../src/model/voices/style-q.js'
import { THINK_TEXTS } from '../../../src/model/voices/think-q.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_Q: VoiceRow = {
  id: 'q', spelled: ' HEIST-SIM-Q ', neighbour: 'heist-sim-p', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'intel', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 8, max: 32 },
  isCall: (t) => /<tool_call>\n\{"name": /.test(t),
  judge: { request: handJudge('heist-sim-q', 'SecureNet only verifies, so the patrol car needs 11 minutes.'), fenced: 'Here is the suspicion assessment in JSON format:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...THINK_TEXTS, ...OFFERS_Q, ...Object.values(NEXT_STEPS_Q).flat()],
  intro: /Understood — I'm the Safe Specialist, focused on /,
  engine: {
    // Seeds 8 and 9 play with the whole reasoning block in the text, 10 with only its closing tag.
    games: [[8, 'hacker', 'false_info'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    // The fleet sends `<|im_end|>` as a stop string and cuts there, and strips the reasoning.
    syntax: /<\/?tool_call>|<\/?think>|"arguments"|"name":|<\|im_(end|start)\|>|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
