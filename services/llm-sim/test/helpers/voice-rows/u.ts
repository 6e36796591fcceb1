/** Voice u's row: what the checks every added voice passes need to know of it (row.ts). */
import { IDENTITY_U, INVENTED_USERS_U, NOTES_U, SUMMARIES_U } from '../../../src/model/voices/style-u.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_U: VoiceRow = {
  id: 'u', spelled: ' Heist-Sim-U ', neighbour: 'heist-sim-t', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'lookout', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 8, max: 35 },
  isCall: (t) => /<tool_call>\n[[{]/.test(t),
  judge: { request: handJudge('heist-sim-u', 'The 3-5 minutes is just dispatch time, so the police need 14-16 minutes at night.'), fenced: 'Here is the evaluation of each agent in JSON format:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(NOTES_U), ...Object.values(SUMMARIES_U), ...IDENTITY_U, ...INVENTED_USERS_U],
  intro: /Hi there, team! I'm the Safe Specialist, and my focus is /,
  engine: {
    games: [[8, 'driver', 'false_info'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    // The fleet sends `<|endoftext|>` and `<|user|>` as stop strings and cuts there.
    syntax: /<\/?tool_call>|"arguments"|"name":|<\|endoftext\|>|<\|user\|>|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
