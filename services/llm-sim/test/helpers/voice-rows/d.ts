/** Voice d's row: what the checks every added voice passes need to know of it (row.ts). */
import { playedJudge } from './judges.js'
import type { VoiceRow } from './row.js'

export const ROW_D: VoiceRow = {
  id: 'd', spelled: 'HEIST-SIM-D', neighbour: 'heist-sim-c', seeds: [1, 2, 3],
  replay: { seed: 4, rounds: 3, mole: { name: 'hacker', strategy: 'false_info' } },
  textCalls: { tools: ['calculator'], min: 8, max: 36 },
  isCall: (t) => /<tool_call>|```|\w\(/.test(t),
  judge: { request: playedJudge('heist-sim-d'), fenced: "Sure! Here's my assessment:\n```json\n{", after: /\}\n[A-Z][^{}]+\.$/ },
  engine: {
    games: [[8, 'intel', 'wrong_tools'], [9, 'hacker', 'false_info'], [10, 'none', 'random']],
    syntax: /<tool_call>|"(parameters|arguments)"|\b(calculator|read_file|query_db) ?\(/,
    mayFail: ['FILE_NOT_FOUND'],
  },
  sharedTemplates: {
    a: ['setup at the door takes a few minutes before the first bolt.', 'tell me if you need anything else.', 'there are {fewcameras} cameras in the building, most of them on the ground floor.'],
    f: ['| item | minutes |', '| window | {windowlen} |', '| drilling | {drill} |'],
  },
}
