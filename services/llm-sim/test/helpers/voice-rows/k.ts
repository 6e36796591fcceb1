/** Voice k's row: what the checks every added voice passes need to know of it (row.ts). */
import { SAFETY_NOTES, SUMMARIES, THOUGHTS } from '../../../src/model/voices/style-k.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_K: VoiceRow = {
  id: 'k', spelled: ' HEIST-SIM-K ', neighbour: 'heist-sim-i', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'driver', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 8, max: 35 },
  isCall: (t) => /<\|tool_call\|>\[|<tool_call>\[/.test(t),
  judge: { request: handJudge('heist-sim-k', 'SecureNet verifies every alarm by phone, so police need 9 minutes.'), fenced: 'Based on the conversation and the tool log, the suspicion scores are as follows:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(SUMMARIES).flat(), ...SAFETY_NOTES, ...THOUGHTS],
  intro: /Hello, team\.\s(1\. )?In my role as Safe Specialist, I am responsible for /,
  engine: {
    games: [[8, 'driver', 'false_info'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    syntax: /<\|?tool_call\|?>|"arguments"|"name":|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
