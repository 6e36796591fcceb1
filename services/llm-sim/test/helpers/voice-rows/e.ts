/** Voice e's row: what the checks every added voice passes need to know of it (row.ts). */
import { playedJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_E: VoiceRow = {
  id: 'e', spelled: ' HEIST-SIM-E ', neighbour: 'heist-sim-d', seeds: [1, 2, 3],
  replay: { seed: 4, rounds: 3, mole: { name: 'intel', strategy: 'false_info' } },
  textCalls: { tools: ['calculator'], min: 12, max: 40 },
  isCall: (t) => /<tool_call>|```|\w\(/.test(t),
  judge: { request: playedJudge('heist-sim-e'), fenced: 'ok, scores:\n```json\n{', after: /\}\n[a-z][^{}]+\.$/ },
  engine: {
    games: [[8, 'safecracker', 'timing_errors'], [9, 'intel', 'false_info'], [10, 'none', 'random']],
    syntax: /<tool_call>|"(parameters|arguments)"|\b(calculator|read_file|query_db) ?\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
  sharedTemplates: { b: ['i leave with everyone at {wend}, no side trips.', 'so night numbers hold for {entry}.'] },
}
