/**
 * One row a voice (d onwards): what the checks every added voice passes need to know of it. The
 * checks are split by job: voice-table.test.ts (picked by name, repeats itself, text calls, judge
 * wrappers, the HTTP app), voice-sentences.test.ts (no sentence shared with another voice) and
 * voice-engine.test.ts (whole sessions through the orchestrator's engine). A new voice adds a file
 * with its row beside this one (d.ts … t.ts) and lists it in index.ts.
 */
import type { ChatCompletionRequest, VoiceId } from '../../../src/model/index.js'
import type { SessionOptions } from '../scenario.js'
import type { TOOL_SEATS } from '../voice-turns.js'

type Tool = keyof typeof TOOL_SEATS

export interface VoiceRow {
  id: VoiceId
  /** The model name a user types, spelled another way that must pick the same voice. */
  spelled: string
  /** An earlier voice whose reply to the same request must differ. */
  neighbour: string
  /** Seeds for single requests (voices g on keep seed 1, the frozen evaluation seed, out). */
  seeds: readonly number[]
  /** A whole session that must come out the same twice. */
  replay: SessionOptions
  /** The tools whose text calls are counted (of 80 turns, between `min` and `max`) and parsed. */
  textCalls: { tools: readonly Tool[]; min: number; max: number }
  /** A message that is only a tool call, as this voice writes it. */
  isCall: (text: string) => boolean
  /** The judge's request, and the voice's JSON wrappers: a preamble before a fence, a sentence after. */
  judge: { request: () => ChatCompletionRequest; fenced: string; after: RegExp }
  /** Template text beyond the voice's lines that must not repeat another voice's (style phrases). */
  styleTexts?: readonly string[]
  /**
   * Template sentences a voice written before this check shares with another, listed so no new one
   * slips in. Rewording them would change those voices' games, on which frozen figures rest; the
   * played games of every voice share no sentence (the check above).
   */
  sharedTemplates?: Partial<Record<VoiceId, readonly string[]>>
  /** What the voice says when it introduces itself over HTTP. */
  intro?: RegExp
  /** Whole sessions through the real engine: no call syntax may reach the team. */
  engine: { games: readonly (readonly [number, string, string])[]; syntax: RegExp; mayFail: readonly string[] }
}
