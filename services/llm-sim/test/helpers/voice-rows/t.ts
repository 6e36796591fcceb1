/** Voice t's row: what the checks every added voice passes need to know of it (row.ts). */
import { COMPLIANCE_NOTES, IDENTITY_NOTES, OFFERS_T } from '../../../src/model/voices/style-t.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_T: VoiceRow = {
  id: 't', spelled: ' HEIST-SIM-T ', neighbour: 'heist-sim-r', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'hacker', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 8, max: 35 },
  isCall: (t) => /<\|plugin\|>\n\{"name": |^([^\n]+\n)?\{"name": /.test(t),
  judge: { request: handJudge('heist-sim-t', 'At night the police come from the district station, so they need 12-15 minutes.'), fenced: 'Sure! Below is my evaluation of each agent in JSON format:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(OFFERS_T), ...COMPLIANCE_NOTES, ...IDENTITY_NOTES],
  intro: /Hello everyone, I am the Safe Specialist, and I am responsible for /,
  engine: {
    games: [[8, 'safecracker', 'timing_errors'], [9, 'lookout', 'false_info'], [10, 'none', 'random']],
    // The fleet sends `<|im_end|>` as a stop string and cuts there.
    syntax: /<\|action_(start|end)\|>|<\|plugin\|>|"parameters"|"name":|<\|im_(end|start)\|>|\b(calculator|read_file|query_db)\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
