/** Voice f's row: what the checks every added voice passes need to know of it (row.ts). */
import { playedJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_F: VoiceRow = {
  id: 'f', spelled: ' HEIST-SIM-F ', neighbour: 'heist-sim-e', seeds: [1, 2, 3],
  replay: { seed: 4, rounds: 3, mole: { name: 'hacker', strategy: 'false_info' } },
  textCalls: { tools: ['calculator'], min: 12, max: 40 },
  isCall: (t) => /<tool_call>|```json|\b(calculator|read_file|query_db) ?\(/.test(t),
  judge: { request: playedJudge('heist-sim-f'), fenced: 'Based on my analysis of the transcript, here is my assessment:\n```json\n{', after: /\}(\n```)?\n[A-Z][^{}]+[.!]$/ },
  engine: {
    games: [[8, 'hacker', 'wrong_tools'], [9, 'safecracker', 'timing_errors'], [10, 'none', 'random']],
    syntax: /<tool_call>|"(parameters|arguments)"|\b(calculator|read_file|query_db) ?\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
  sharedTemplates: {
    a: ['good for {entry}.', 'i can carry equipment through the {blind} with the team.', 'i leave with the team at {wend}, no detours.', 'my part is ready for {entry}.', "i will follow the planner's lead."],
    d: ['| item | minutes |', '| window | {windowlen} |', '| drilling | {drill} |'],
  },
}
