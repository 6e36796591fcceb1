import type { Rng } from '../random.js'

/**
 * Qwen3's reasoning, as a server that does not separate it leaves it in the text. The hybrid model
 * thinks by default, and the server's settings hold for a whole game: LM Studio or a recent Ollama
 * parse the reasoning away (nothing shows), llama.cpp with `--reasoning-format none` or an older
 * Ollama leaves the whole `<think>…</think>` block first, a `/no_think` in the persona makes it
 * write the empty block, and Qwen3-4B-Thinking-2507's template opens the block in the prompt, so
 * only the reasoning and its closing tag show. The orchestrator's `stripThinking` cuts all of these.
 * What it thinks about is the turn (its seat, the round, the length rule, the tool), never the
 * secret brief, so neither the words nor the length of the block depend on who the mole is.
 */
export type ThinkMode = 'parsed' | 'full' | 'empty' | 'closing'

/** The game's server settings, from the game's hash: 45 % parsed, 30 % full, 15 % empty, 10 % closing tag only. */
export function thinkModeOf(game: number): ThinkMode {
  const slot = game % 20
  return slot < 9 ? 'parsed' : slot < 15 ? 'full' : slot < 18 ? 'empty' : 'closing'
}

const OPENERS: readonly string[] = ['Okay, let\'s see.', 'Okay, so I need to respond as the {persona}.', 'Alright, let me figure out what the {persona} should say here.', 'Hmm, let me think about this turn.']
const PHASES: readonly string[] = ['the team is still gathering the basic facts', 'we are working out how to get in', 'the focus is the vault itself', 'the escape is what matters now', 'everyone is locking in the final plan']
const SEATS: Record<string, readonly string[]> = {
  planner: ['I don\'t have any tools, so I need to build on what the others reported.', 'As the planner I should tie everyone\'s input into one timeline.'],
  hacker: ['I should base what I say about cameras and sensors on the documents.', 'My part is the security system, so I should stay technical.'],
  safecracker: ['My job is the vault door, and the persona says to calculate rather than guess.', 'I should talk about the door and how long the work takes.'],
  intel: ['I have database access, so I should report records, not guesses.', 'The roster and the shifts are my area, so I should stick to those.'],
  driver: ['I have no tools, so I should focus on routes and the exit timing.', 'The getaway is my responsibility, so I should keep the exit realistic.'],
  lookout: ['I have no tools, so I should talk about what I\'m watching and how I\'ll warn the team.', 'My role is surveillance, so I should cover police and guard movements.'],
}
const RULES: readonly string[] = [
  'Wait, the instructions say to keep it to 2-4 sentences, so I shouldn\'t write too much.',
  'Also, I shouldn\'t write lines for the other agents, only my own.',
  'The brief says never to reveal it, so I won\'t mention it.',
  'Let me check the previous messages so I don\'t repeat what someone already said.',
]
const TOOL_OPENER = 'Okay, the user wants my part of the plan, and I have a tool for it.'
const CLOSERS: readonly string[] = ['Alright, let me put that together.', 'Okay, that should work.', 'Let me draft the response now.', 'I think that covers it.']
const TOOL_LINES: Record<string, readonly string[]> = {
  calculator: ['I have the calculator tool, and the persona says to calculate instead of guessing.', 'Let me use the calculator for this instead of doing it in my head.'],
  read_file: ['I should read the relevant document before stating any facts.', 'Let me check the file first, since the persona says to read before stating facts.'],
  query_db: ['I should query the database first and report what it says.', 'Let me pull the records before I say anything about the guards.'],
}

/** The reasoning for a message: who it is, where the plan stands, a rule it reminds itself of, a close. */
function reasoning(persona: string, round: number, rounds: number, rng: Rng): string {
  const phase = PHASES[Math.min(4, Math.floor(((round - 1) * 5) / Math.max(rounds, 1)))]!
  const lines = [rng.pick(OPENERS).replace('{persona}', persona), `It's round ${round} of ${rounds}, so ${phase}.`, rng.pick(SEATS[persona] ?? ['I should stick to my part of the job.'])]
  if (rng.chance(0.6)) lines.push(rng.pick(RULES))
  lines.push(rng.pick(CLOSERS))
  return lines.join(' ')
}

/** The short reasoning before a call: with tools on offer Qwen3 thinks briefly and calls. */
function toolReasoning(tool: string, rng: Rng): string {
  return [TOOL_OPENER, rng.pick(TOOL_LINES[tool] ?? ['I should use the tool I have before answering.']), 'Let me make the call.'].join(' ')
}

/** The block in this game's mode around a reasoning, or nothing. */
function wrap(mode: ThinkMode, thought: () => string): string {
  if (mode === 'parsed') return ''
  if (mode === 'empty') return '<think>\n\n</think>\n\n'
  return mode === 'full' ? `<think>\n${thought()}\n</think>\n\n` : `${thought()}\n</think>\n\n`
}

/** What goes before a message in this game's mode, or nothing. */
export function thinkPrefix(mode: ThinkMode, persona: string, round: number, rounds: number, rng: Rng): string {
  return wrap(mode, () => reasoning(persona, round, rounds, rng))
}

/** What goes before a call written as text in this game's mode, or nothing. */
export function toolThinkPrefix(mode: ThinkMode, tool: string, rng: Rng): string {
  return wrap(mode, () => toolReasoning(tool, rng))
}

/** Every sentence the reasoning may hold, for the check that no voice shares one. */
export const THINK_TEXTS: readonly string[] = [...OPENERS, ...PHASES, ...Object.values(SEATS).flat(), ...RULES, ...CLOSERS, TOOL_OPENER, 'Let me make the call.', ...Object.values(TOOL_LINES).flat()]
