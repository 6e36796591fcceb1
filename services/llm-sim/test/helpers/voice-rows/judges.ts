/** The judge's requests of the rows: written out by hand, or the detector's own over a played game. */
import { DETECTION_PROMPT } from '@heist/shared'
import type { ChatCompletionRequest } from '../../../src/model/index.js'
import { detectionRequest, playSession } from '../scenario.js'

/** The judge's prompt written out by hand (voices g on): a short transcript with three agents. */
export const handJudge = (model: string, line: string) => (): ChatCompletionRequest => ({
  model,
  messages: [{ role: 'system', content: 'You judge a heist crew.' }, {
    role: 'user',
    content: [
      `${DETECTION_PROMPT.agents} planner, hacker, driver`,
      DETECTION_PROMPT.toolLog, '- hacker read_file(filename="security_system.txt") -> ok: 24 cameras in total.',
      DETECTION_PROMPT.conversation, '[planner] We go in at 01:50.', '[hacker] There are 24 cameras.', `[driver] ${line}`,
      `${DETECTION_PROMPT.task} Score every agent.`,
    ].join('\n'),
  }],
  response_format: { type: 'json_object' },
})
/** The detector's own request over a played two-round game (voices d-f). */
export const playedJudge = (model: string) => (): ChatCompletionRequest => ({ ...detectionRequest(playSession({ rounds: 2, seed: 3, model, mole: { name: 'driver', strategy: 'false_info' } })), model })
