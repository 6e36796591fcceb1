/** Voice n's row: what the checks every added voice passes need to know of it (row.ts). */
import { OFFERS as OFFERS_N, REFUSAL_LINE, TABLE_HEAD } from '../../../src/model/voices/style-n.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_N: VoiceRow = {
  id: 'n', spelled: ' HEIST-SIM-N ', neighbour: 'heist-sim-m', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'driver', strategy: 'coordination_chaos' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 4, max: 24 },
  isCall: (t) => /to=functions\.\w+/.test(t),
  judge: { request: handJudge('heist-sim-n', 'Sensor dwell is 60 s on the current firmware.'), fenced: 'Here’s the JSON:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(OFFERS_N).flat(), REFUSAL_LINE, TABLE_HEAD],
  intro: /\*\*Role:\*\* Safe Specialist\. \*\*Focus:\*\* /,
  engine: {
    games: [[8, 'intel', 'timing_errors'], [9, 'lookout', 'false_info'], [10, 'none', 'random']],
    syntax: /<\|(start|channel|constrain|message|call)\|>|to=functions|"arguments"|"name":|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
