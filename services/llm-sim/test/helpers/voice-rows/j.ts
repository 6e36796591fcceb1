/** Voice j's row: what the checks every added voice passes need to know of it (row.ts). */
import { ACTIONS, INVENTED_REPLIES, NOTES, REFUSALS, SEAT_TICS, SLOGANS, WAITING_NOTES } from '../../../src/model/voices/style-j.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_J: VoiceRow = {
  id: 'j', spelled: ' HEIST-SIM-J ', neighbour: 'heist-sim-i', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'hacker', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 10, max: 35 },
  isCall: (t) => /^(calculator|read_file|query_db)\n[{`]|\[TOOL_REQUEST\]/.test(t),
  judge: { request: handJudge('heist-sim-j', 'The police station is 8 km away, so the police need 12 minutes.'), fenced: 'The following is the evaluation result in JSON format:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...SLOGANS, ...NOTES, ...WAITING_NOTES, ...REFUSALS, ...INVENTED_REPLIES, ...Object.values(SEAT_TICS).flat(), ...Object.values(ACTIONS).flat()],
  intro: /Hello everyone! As the team's Safe Specialist, I am mainly responsible for /,
  engine: {
    games: [[8, 'driver', 'false_info'], [9, 'hacker', 'timing_errors'], [10, 'none', 'random']],
    syntax: /\[(END_)?TOOL_REQUEST\]|tool_call\(|```|"(arguments|expression|filename|query)"|^(calculator|read_file|query_db)$|\b(calculator|read_file|query_db)\(/m,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
