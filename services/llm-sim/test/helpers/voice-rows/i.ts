/** Voice i's row: what the checks every added voice passes need to know of it (row.ts). */
import { OFFERS, OPENERS } from '../../../src/model/voices/style-i.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_I: VoiceRow = {
  id: 'i', spelled: ' HEIST-SIM-I ', neighbour: 'heist-sim-h', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'lookout', strategy: 'false_info' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 10, max: 35 },
  isCall: (t) => /<\|START_ACTION\|>|^(Plan: [^\n]+\n)?Action: ```json/.test(t),
  judge: { request: handJudge('heist-sim-i', 'SecureNet only dispatches, so the car takes 12 minutes.'), fenced: 'Below are the suspicion scores for each agent:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...OPENERS, ...OFFERS],
  intro: /Hi team, Safe Specialist here\.\s(- )?I'll be focusing on /,
  engine: {
    games: [[8, 'safecracker', 'timing_errors'], [9, 'intel', 'false_info'], [10, 'none', 'random']],
    syntax: /START_ACTION|END_ACTION|THINKING\|>|"tool_name"|Action: ```|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
