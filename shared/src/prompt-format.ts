/**
 * The fixed phrases of the prompts the fleet sends to a model (docs/prompt-format.md). The services
 * that write a prompt (the orchestrator's turns, memory's summaries, detection's judge) build it
 * with these constants, and llm-sim reads requests by the same ones, so a reworded prompt cannot
 * leave the simulator recognising the old words. Everything else in a prompt is free text.
 */

/** An agent's turn (orchestrator). */
export const TURN_PROMPT = {
  /** The system prompt starts `You are {name}, the team's {role}. {persona}`. */
  identity: (name: string, role: string) => `You are ${name}, the team's ${role}.`,
  team: 'Your team:',
  summary: 'Summary of the conversation so far:',
  /** One line of the final user message per pending order: `[operator order] {text}`. */
  order: '[operator order]',
  round: (round: number, rounds: number) => `Round ${round} of ${rounds}.`,
} as const

/** How a failed tool call's result starts. */
export const TOOL_ERROR_PREFIX = 'ERROR'
/** A failed tool call as the model reads it: `ERROR {code}: {message}`. */
export const toolErrorText = (code: string, message: string) => `${TOOL_ERROR_PREFIX} ${code}: ${message}`

/** A memory summary (memory service). */
export const SUMMARY_PROMPT = {
  /** The word of the system line a summary request is recognised by. */
  role: 'summarizer',
  previous: 'Previous summary:',
  /** The previous summary when there is none yet. */
  none: '(none)',
  messages: 'New messages:',
  /** The last line: `{task} {budget}`. */
  task: 'Write the updated summary',
  budget: (maxTokens: number) => `in at most ${maxTokens} tokens.`,
} as const

/** The detector's judge (detection service): the user message's section heads, in order. */
export const DETECTION_PROMPT = {
  agents: 'AGENTS:',
  evidence: 'RETRIEVED EVIDENCE (rule findings):',
  toolLog: 'TOOL LOG:',
  conversation: 'CONVERSATION:',
  task: 'TASK:',
} as const

/** A literal for a `RegExp` source. */
export const regExpLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A pattern for a line built by a template function, each argument captured: the template is
 * called with placeholders, and what surrounds them becomes literal text.
 */
export function templatePattern(template: (...args: never[]) => string, capture: readonly string[]): string {
  const marks = capture.map((_, i) => `\u0000${i}\u0000`)
  const text = (template as (...args: string[]) => string)(...marks)
  return marks.reduce((source, mark, i) => source.replace(regExpLiteral(mark), capture[i] ?? ''), regExpLiteral(text))
}
