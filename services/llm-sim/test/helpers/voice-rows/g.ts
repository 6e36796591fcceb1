/** Voice g's row: what the checks every added voice passes need to know of it (row.ts). */
import { ASIDES, EMOTES } from '../../../src/model/voices/style-g.js'
import { handJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_G: VoiceRow = {
  id: 'g', spelled: ' HEIST-SIM-G ', neighbour: 'heist-sim-f', seeds: [2, 3, 4],
  replay: { seed: 5, rounds: 4, mole: { name: 'driver', strategy: 'timing_errors' } },
  textCalls: { tools: ['calculator', 'read_file', 'query_db'], min: 12, max: 40 },
  isCall: (t) => /<tool_call>|\[TOOL_CALLS\]|```tool_code|\{"name": |\b(calculator|read_file|query_db)\(/.test(t),
  judge: { request: handJudge('heist-sim-g', 'I timed the police at 9 minutes.'), fenced: 'Here is the JSON output:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  styleTexts: [...Object.values(EMOTES), ...Object.values(ASIDES)].flat(),
  intro: /checking in!( \*[^*]+\*)? My specialty is /,
  engine: {
    games: [[8, 'intel', 'wrong_tools'], [9, 'hacker', 'false_info'], [10, 'none', 'random']],
    syntax: /<tool_call>|\[TOOL_CALLS\]|```|"parameters"|\b(calculator|read_file|query_db)\(/,
    mayFail: [],
  },
}
