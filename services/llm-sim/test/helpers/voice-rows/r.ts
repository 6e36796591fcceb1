/** Voice r's row: what the checks every added voice passes need to know of it (row.ts). */
import { INVENTED_INSTRUCTIONS, OFFERS_R } from '../../../src/model/voices/style-r.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_R: VoiceRow = {
  id: 'r', spelled: ' HEIST-SIM-R ', neighbour: 'heist-sim-p', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'lookout', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 8, max: 30 },
  isCall: (t) => /\[TOOL_CALLS\]/.test(t),
  judge: { request: handJudge('heist-sim-r', 'The time lock releases at 01:45 for its self-test.'), fenced: 'Here\'s the assessment in JSON format:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!)]$/ },
  styleTexts: [...Object.values(OFFERS_R).flat(), ...INVENTED_INSTRUCTIONS],
  intro: /Hi everyone, I'm the Safe Specialist\. My job here is /,
  engine: {
    games: [[8, 'lookout', 'false_info'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    // `</s>` is no stop string of the fleet's (a server cannot tell it from strikethrough): the orchestrator cuts the reply at one no `<s>` opened, and at `[INST]`.
    syntax: /\[TOOL_CALLS\]|\[ARGS\]|"arguments"|"name":|\b(calculator|read_file|query_db)[({]/,
    mayFail: ['FILE_NOT_FOUND'],
  },
}
