import type { Facts } from './canon.js'
import type { Strategy } from './prompt.js'
import type { Rng } from './random.js'
import type { Slots } from './slots.js'

export const VOICE_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u'] as const
export type VoiceId = (typeof VOICE_IDS)[number]

/**
 * How a voice writes a tool call it does not make natively (the formats small local models use):
 * Hermes `<tool_call>` tags (Qwen), a fenced JSON object, a Python call, Mistral's `[TOOL_CALLS]`
 * array, Llama 3.1's bare JSON object, Gemma's ```tool_code fence around a Python call, Llama 3.2's
 * bracketed Python list `[name(key="…")]`, Llama 3.1's `<function=name>{…}</function>` tag, Command R's
 * `Action: ```json [{"tool_name", "parameters"}]``` ` block and Command R7B's `<|START_ACTION|>[…]<|END_ACTION|>`,
 * IBM Granite 3.0's `<|tool_call|>[…]` list and 3.1's unclosed `<tool_call>[…]` list.
 * Voice j adds GLM-4's tool name on a line of its own with the JSON arguments under it, ChatGLM3's
 * name line over a ```python `tool_call(…)` fence, and LM Studio's default `[TOOL_REQUEST]{…}`;
 * voice l NVIDIA Nemotron-Mini's `<toolcall> {…} </toolcall>`; voice m Hugging Face SmolLM2's
 * `<tool_call>[{…}]</tool_call>` list; voice n OpenAI gpt-oss's harmony header
 * `<|channel|>commentary to=functions.name <|constrain|>json<|message|>{…}<|call|>`; voice o Microsoft
 * Phi-4-mini's `<|tool_call|>[{…}]<|/tool_call|>` and `functools[{…}]` lists; voice p Google Gemma 3's
 * ```tool_code fence printing a call, `print(default_api.name(key="…"))` (Gemini's code-execution format).
 * Voice q (Qwen3) writes Hermes tags behind its `<think>` block, which its own `write` lays out; voice r
 * Mistral Small 3.2's `[TOOL_CALLS]name[ARGS]{…}` (its v11 tokenizer's call). Voice s (Hermes 3) writes Hermes
 * tags with its own `write`: arguments first, sometimes a Python dict. Voice t InternLM's plugin call
 * `<|action_start|><|plugin|>{"name", "parameters"}<|action_end|>`. Voice u (Falcon3) writes a JSON list in
 * `<tool_call>` tags laid out as its template's example, with its own `write`.
 */
export type TextCallFormat = 'hermes' | 'fenced' | 'python' | 'mistral' | 'json' | 'tool_code' | 'pythonic' | 'function_tag' | 'cohere_action' | 'cohere_r7b' | 'granite_token' | 'granite_list' | 'glm' | 'glm_python' | 'lmstudio' | 'nemotron' | 'smol' | 'harmony' | 'phi' | 'gemma_print' | 'mistral_v11' | 'internlm'

/** Phrasing of tool reports: what the speaker says after its own tool call. */
export interface ReportPhrasing {
  /** The calculator result; `{expr}`, `{value}`, `{unit}`, `{why}` are filled in. */
  calc: string[]
  /** What follows from the number, when the voice has no consequence of its own (voice a uses the canon's). */
  calcNext: string[]
  /** The calculator answered something that is not a number; `{result}`. */
  calcUnusable: string
  /** A document; `{file}`, `{lines}`. */
  file: string[]
  fileEmpty: string
  fileTakeaways: string[]
  /** Database rows; `{rows}`, `{more}` (" (N rows)" or ""). */
  db: string[]
  dbTakeaways: string[]
  /** A failed call; `{tool}`, `{detail}`. */
  failure: string[]
  failureNext: string[]
}

/** How a voice sabotages, per strategy. */
export interface MolePhrasing {
  loud: Record<Strategy, string[]>
  quiet: Record<Strategy, string[]>
  /** After its own tool call (`{value}`, `{lowValue}`, `{unit}`, `{why}`, `{tool}`, …). */
  reports: Record<Strategy, string[]>
  /**
   * Loud lines of a persona's own, taken before the shared loud ones: what a mole in that seat
   * claims to have seen or done (a driver who "timed the route", a lookout who "watched the office").
   */
  personal?: Record<string, Partial<Record<Strategy, string[]>>>
}

export interface MoleTactics {
  /** Chance of sabotage in a message, on top of forced rounds. */
  rate: number
  /** Rounds in which the mole always sabotages. */
  forced: (round: number, rounds: number) => boolean
  /** Share of sabotage lines that are quiet. */
  quietRate: number
  /** One set of false figures for the whole game (true), or fresh ones each turn. */
  consistentLies: boolean
  /** Misquote the documents and tables it reads (numbers swapped for its lies) instead of a canned line. */
  misquotes: boolean
  /** Calculate from a wrong premise (a longer window, slower police) and report the result faithfully. */
  wrongPremise: boolean
}

/**
 * A voice's own set of falsehoods, in place of the shared ones (`buildSlots`' lie slots,
 * `premiseFacts`, the calculations the premise feeds, `misquote`). Drawn from the game's `lies`
 * generator, so a consistent liar tells the same ones all game.
 */
export interface Falsehoods {
  /** Lie slots laid over the shared ones (`fewCameras`, `slowPolice`, … and any of the voice's own). */
  slots: (facts: Facts, lies: Rng) => Slots
  /** The wrong facts its calculations start from. */
  premise: (facts: Facts, lies: Rng) => Facts
  /** Indexes into `calculations()` whose expressions carry that premise. */
  premiseJobs: readonly number[]
  /** A document or table sentence with its lies in place of the real figures; null when it quotes none. */
  misquote: (sentence: string, slots: Slots) => string | null
}

/** What a voice's surface style may read besides the text: who speaks, and what it said before. */
export interface StyleContext {
  persona: string
  round: number
  rounds: number
  /** The speaker's own earlier messages in the conversation it was sent, oldest first. */
  own: readonly string[]
  /** A generator of its own for the style's further choices. */
  rng: Rng
  /** The message's slot values (what the speaker believes, and its lies), for a voice that restates the plan. */
  slots: Slots
  /** The strategy this message sabotages with, or null (innocents, and a mole's honest turns). */
  sabotage: Strategy | null
  /** A hash of the request's `seed`: the same for every request of one game, as the server's settings are. */
  game: number
}

/** Everything that makes one simulated model sound like itself. */
export interface Voice {
  id: VoiceId
  /** persona → plan phase (0 recon … 4 final) → variants; `{slot}`s filled by `slots.ts`. */
  lines: Record<string, string[][]>
  closers: Record<string, string[]>
  /** Reactions to the previous speaker (`{prev}`); the last one quotes a figure (`{Prev}`, `{figure}`). */
  reactions: string[]
  reactionFigure: string
  /** An operator order acknowledged; `{order}`. */
  orderAck: string
  /** The first message's self-introduction: the persona's role title and focus (`{role}`, `{focus}`). */
  intro: string
  hedges: readonly string[]
  cautious: readonly string[]
  /** Slots an innocent gets slightly wrong, and how. */
  slips: Record<string, (value: number) => number>
  mistakeRate: number
  report: ReportPhrasing
  mole: MolePhrasing
  tactics: MoleTactics
  /** Share of tool calls written as text, and in which formats (chosen per call). */
  textCalls: {
    rate: number
    formats: readonly TextCallFormat[]
    /** The voice's own way of writing a format (spacing, key names, a lead-in); `textToolCall` when absent. */
    write?: (name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng, game: number) => string
  }
  /** Judge answers: share fenced in ```json, share followed by a sentence, and those sentences. */
  judge: { fenced: number; trailing: number; preface: string; afterwords: readonly string[] }
  /** Surface style applied to the finished message. */
  style: (text: string, chance: (p: number) => boolean, context: StyleContext) => string
  /** The voice's own falsehoods; the shared ones when absent. */
  falsehoods?: Falsehoods
}

/** The voice a model name asks for: `heist-sim-b` → b; anything else (`heist-sim`, a real name) → a. */
export function voiceIdOf(model: string): VoiceId {
  const match = /^heist-sim-([abcdefghijklmnopqrstu])$/i.exec(model.trim())
  return match ? (match[1]!.toLowerCase() as VoiceId) : 'a'
}

/** The model names the simulator lists: `heist-sim` (voice a) and one per further voice. */
export const VOICE_MODELS: readonly string[] = ['heist-sim', 'heist-sim-b', 'heist-sim-c', 'heist-sim-d', 'heist-sim-e', 'heist-sim-f', 'heist-sim-g', 'heist-sim-h', 'heist-sim-i', 'heist-sim-j', 'heist-sim-k', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o', 'heist-sim-p', 'heist-sim-q', 'heist-sim-r', 'heist-sim-s', 'heist-sim-t', 'heist-sim-u']
