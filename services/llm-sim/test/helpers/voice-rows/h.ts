/** Voice h's row: what the checks every added voice passes need to know of it (row.ts). */
import { DISCLAIMERS } from '../../../src/model/voices/style-h.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_H: VoiceRow = {
  id: 'h', spelled: ' HEIST-SIM-H ', neighbour: 'heist-sim-g', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'lookout', strategy: 'false_info' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 12, max: 40 },
  isCall: (t) => /<function=|<\|python_tag\|>|\{"name": |\b(calculator|read_file|query_db)\(/.test(t),
  judge: { request: handJudge('heist-sim-h', 'Police take 12 minutes at night.'), fenced: 'Here are the scores in JSON format:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: DISCLAIMERS,
  intro: /Reporting in as Safe Specialist, and my remit is /,
  engine: {
    games: [[8, 'safecracker', 'timing_errors'], [9, 'intel', 'false_info'], [10, 'none', 'random']],
    syntax: /<function=|<\/function>|<\|python_tag\|>|"parameters"|\[\s*\]|\b(calculator|read_file|query_db)\(/,
    // The stand-in file reader holds five of the six documents.
    mayFail: ['FILE_NOT_FOUND'],
  },
}
