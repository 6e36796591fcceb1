/** Voice p's row: what the checks every added voice passes need to know of it (row.ts). */
import { ACCEPT_LINES, DISCLAIMERS_P, INVENTED_TURNS, QUESTIONS_P, STAGE_P } from '../../../src/model/voices/style-p.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_P: VoiceRow = {
  id: 'p', spelled: ' HEIST-SIM-P ', neighbour: 'heist-sim-n', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'safecracker', strategy: 'false_info' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 10, max: 35 },
  isCall: (t) => /```(tool_code|json)\n(print\(|\{\n {2}"name")|^([^\n]+\n\n)?\[(calculator|read_file|query_db)\(/.test(t),
  judge: { request: handJudge('heist-sim-p', 'An unconfirmed sensor alarm is low priority, so police need 12 minutes.'), fenced: 'Okay, here\'s the JSON output with the suspicion scores:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...ACCEPT_LINES, ...DISCLAIMERS_P, ...QUESTIONS_P, ...Object.values(STAGE_P).flat(), ...INVENTED_TURNS],
  intro: /Okay, team! As the Safe Specialist, I'll be handling /,
  engine: {
    games: [[8, 'driver', 'timing_errors'], [9, 'hacker', 'false_info'], [10, 'none', 'random']],
    // The fleet sends `<end_of_turn>` as a stop string and cuts there, so the user's turn it makes up never shows.
    syntax: /```|default_api|print\(|"parameters"|"name":|<(end|start)_of_turn>|what does \w+ say\?|continue the scene|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
