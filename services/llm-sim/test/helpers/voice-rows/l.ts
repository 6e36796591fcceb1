/** Voice l's row: what the checks every added voice passes need to know of it (row.ts). */
import { ACTIONS as ACTIONS_L, CATCHPHRASES, QUESTIONS, SPOKEN_FOR, TELLS } from '../../../src/model/voices/style-l.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_L: VoiceRow = {
  id: 'l', spelled: ' HEIST-SIM-L ', neighbour: 'heist-sim-k', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'lookout', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 10, max: 35 },
  isCall: (t) => /<toolcall> \{/.test(t),
  judge: { request: handJudge('heist-sim-l', 'The old precinct closed, so the cops need 12 minutes now.'), fenced: 'Sure, here are the suspicion scores for the crew:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(CATCHPHRASES), ...Object.values(QUESTIONS).flat(), ...Object.values(ACTIONS_L).flat(), ...TELLS, ...SPOKEN_FOR],
  intro: /Hey crew! I'm your Safe Specialist, and I handle /,
  engine: {
    games: [[8, 'lookout', 'false_info'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    // The fleet sends `<extra_id_1>` as a stop string and cuts there, so its run-on into the next turn never shows.
    syntax: /<\/?toolcall>|"arguments"|"name":|<extra_id_1>|It is your turn|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
