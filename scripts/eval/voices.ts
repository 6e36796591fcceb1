// The voice list alone (no model code): launch.mjs refuses an unknown voice before the harness loads.
import { VOICE_MODELS } from '@heist/llm-sim/model/voice'

/**
 * The voices the detector is developed on (a, b, j, l, m, n, o; issue 13; each of j and l–o opened after its first
 * look as a never-read voice). The
 * other voices are held out: a tool's default must never play them, so that running it without
 * arguments cannot show anyone a held-out voice's games.
 */
export const DEVELOPMENT_VOICES: readonly string[] = ['heist-sim', 'heist-sim-b', 'heist-sim-j', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o']

/** A comma-separated `--voices` value as names, blanks dropped. */
export const voiceList = (value: string): string[] => value.split(',').map((v) => v.trim()).filter(Boolean)

/**
 * The message naming the voices llm-sim does not have, or null when it has them all. llm-sim answers
 * any model name with voice a, so a misspelt voice would quietly be played as a: callers refuse the
 * run with this message before playing anything.
 */
export function unknownVoicesError(voices: readonly string[]): string | null {
  const unknown = voices.filter((v) => !VOICE_MODELS.includes(v))
  return unknown.length === 0 ? null : `unknown voice: ${unknown.join(', ')} (llm-sim's voices: ${VOICE_MODELS.join(', ')})`
}
