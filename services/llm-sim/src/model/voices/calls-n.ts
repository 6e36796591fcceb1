import type { Rng } from '../random.js'
import type { TextCallFormat } from '../voice.js'

/** The one line it sometimes says in the final channel before the call (a preamble, as OpenAI's models write them). */
const PREAMBLES: Record<string, readonly string[]> = {
  calculator: ['Running the numbers.', 'Quick sanity check on the math first.'],
  read_file: ['Pulling the doc to confirm.', 'Let me check the source document.'],
  query_db: ['Checking the roster table.', 'Let me pull that from the DB.'],
}
const PREAMBLE = 0.15
/** The whole header, from `<|start|>assistant` to `<|call|>`: a server that renders special tokens and does not parse harmony. */
const FULL = 0.4
/** The header from `<|channel|>` on, the reply cut at the `<|call|>` stop token. */
const FROM_CHANNEL = 0.25
/** `json` as a plain word where the `<|constrain|>` token belongs (the 20b often drops it). */
const NO_CONSTRAIN = 0.15

/**
 * Voice n's text tool calls: OpenAI gpt-oss's harmony format, which LM Studio, Ollama and llama.cpp
 * turn into native calls when their harmony parser catches it and leave in the text when it does not
 * (an older runtime, a call in the wrong channel, a stripped template). The call is an assistant
 * message on the `commentary` channel addressed `to=functions.<name>`, its arguments compact JSON
 * after `<|message|>`, ended by `<|call|>`. Laid out whole, from the channel on with the stop token
 * cut, with `json` as a word for the constrain token, or with every special token stripped
 * (`commentary to=functions.query_db json{…}`), which is how a runtime that does not render them
 * shows it.
 */
export function writeCallN(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const json = JSON.stringify(args)
  const shape = rng.next()
  const head = `commentary to=functions.${name}`
  const written = shape < FULL
    ? `<|start|>assistant<|channel|>${head} <|constrain|>json<|message|>${json}<|call|>`
    : shape < FULL + FROM_CHANNEL
      ? `<|channel|>${head} <|constrain|>json<|message|>${json}`
      : shape < FULL + FROM_CHANNEL + NO_CONSTRAIN
        ? `<|channel|>${head} json<|message|>${json}<|call|>`
        : `${head} json${json}`
  return rng.chance(PREAMBLE) ? `${rng.pick(PREAMBLES[name] ?? ['One tool call first.'])}\n${written}` : written
}
