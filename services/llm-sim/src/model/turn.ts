import type { Facts } from './canon.js'
import { applyObservations, consensus, observe } from './facts.js'
import { CREW_LINES } from './lines-crew.js'
import { CLOSERS, SUPPORT_LINES } from './lines-support.js'
import { CAUTIOUS_LINES, HEDGES, SLIP_SLOTS } from './mistakes.js'
import type { TurnPrompt } from './prompt.js'
import { canonicalJson, fnv1a, Rng } from './random.js'
import { reportTools, rotation } from './reports.js'
import { buildSlots, fill, quotedFigure, type Slots } from './slots.js'
import { QUIET_LINES, SABOTAGE_LINES } from './strategies.js'
import { phaseOf, phaseVisit, planToolCall } from './tool-planning.js'
import { functionTools, type ChatCompletionRequest, type FunctionTool, type Reply } from './types.js'

/** Share of an innocent agent's messages with an honest mistake in them. */
export const MISTAKE_RATE = 0.13
/** Chance a mole sabotages a given message, on top of the rounds where it always does. */
export const SABOTAGE_RATE = 0.45
/** Share of sabotage lines that carry no tell-tale words, only a convenient error. */
export const QUIET_RATE = 0.35

const LINES: Record<string, string[][]> = { ...CREW_LINES, ...SUPPORT_LINES }
const REACTIONS = ['Noted, {prev}.', 'Thanks, {prev}, that helps.', 'Good point from {prev}.', '{prev}, understood.', 'That works for me, {prev}.']

interface TurnState {
  turn: TurnPrompt
  rng: Rng
  /** Stable per agent and game, so rotations never repeat a line within a session. */
  offset: number
  facts: Facts
  slots: Slots
  sabotage: boolean
  /** The honest mistake in this message, if any; a slip needs a number to get wrong, else it becomes a hedge. */
  mistake: 'slip' | 'hedge' | 'caution' | null
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z{"])/).filter(Boolean)
}

function offeredTools(request: ChatCompletionRequest): FunctionTool[] {
  const tools = functionTools(request)
  const choice = request.tool_choice
  if (choice === 'none') return []
  if (choice && typeof choice === 'object') return tools.filter((t) => t.function.name === choice.function.name)
  return tools
}

function wantsTool(state: TurnState, request: ChatCompletionRequest, tools: FunctionTool[]): boolean {
  if (tools.length === 0) return false
  if (request.tool_choice === 'required' || typeof request.tool_choice === 'object') return true
  if (state.turn.exchanges.length > 0) return false
  if (state.turn.strategy === 'wrong_tools' && state.sabotage) return state.rng.fork('pointless').chance(0.6)
  const phase = phaseOf(state.turn.round, state.turn.rounds)
  return phase <= 2 || state.rng.fork('tool').chance(0.6)
}

function coreLine(state: TurnState): string {
  const { turn, offset } = state
  const bank = LINES[turn.persona] ?? LINES.generic!
  const phase = phaseOf(turn.round, turn.rounds)
  const variants = bank[phase]!
  // Long sessions visit a phase several times: each visit takes the next variant.
  const template = variants[(offset + phaseVisit(turn.round, turn.rounds)) % variants.length]!
  if (state.mistake === 'slip') {
    const slip = Object.keys(SLIP_SLOTS).find((key) => template.includes(`{${key}}`))
    if (slip) return fill(template, { ...state.slots, [slip]: String(SLIP_SLOTS[slip]!(Number(state.slots[slip]))) })
    state.mistake = 'hedge'
  }
  return fill(template, state.slots)
}

function hedge(sentence: string, rng: Rng): string {
  return sentence.replace(/[.!?]$/, `${rng.pick(HEDGES)}.`)
}

function reaction(state: TurnState): string | null {
  const prev = [...state.turn.conversation].reverse().find((l) => !l.own)
  if (!prev || prev.speaker === 'operator' || !state.rng.fork('react').chance(0.5)) return null
  const figure = quotedFigure(prev.text)
  const index = (state.offset + state.turn.round) % (REACTIONS.length + 1)
  if (figure && index === REACTIONS.length) return `${capitalise(prev.speaker)}, noted: ${figure.phrase}.`
  return capitalise(fill(REACTIONS[index % REACTIONS.length]!, state.slots))
}

function sabotageLine(state: TurnState): string {
  const quiet = state.rng.fork('quiet').chance(QUIET_RATE)
  const lines = (quiet ? QUIET_LINES : SABOTAGE_LINES)[state.turn.strategy!]
  // Rotating by round means a mole never repeats a line within a game; the offset varies it across games.
  return fill(lines[(state.offset + state.turn.round) % lines.length]!, state.slots)
}

/** The text of the agent's message: orders, reaction, the core or tool report, sabotage or slip, a closer. */
function compose(state: TurnState): string {
  const { turn, rng } = state
  const parts: string[] = turn.orders.slice(0, 2).map((order) => `Understood on "${order.replace(/[.!]+$/, '')}"; I will factor it in.`)
  let body: string[]
  let sabotaged = false
  if (turn.exchanges.length > 0) {
    const report = reportTools(turn, state.facts, state.slots, rng.fork('report'), state.sabotage ? turn.strategy : null)
    body = report.sentences
    sabotaged = report.bent
  } else {
    const react = reaction(state)
    if (react) parts.push(react)
    body = splitSentences(coreLine(state))
  }
  if (state.sabotage && !sabotaged) {
    const line = sabotageLine(state)
    body = rng.fork('replace').chance(0.4) ? [body[0]!, line] : [...body.slice(0, 2), line]
  }
  if (turn.exchanges.length > 0 && state.mistake === 'slip') state.mistake = 'hedge'
  if (state.mistake === 'hedge') body[0] = hedge(body[0]!, rng.fork('hedge'))
  if (state.mistake === 'caution') body.push(rng.fork('caution').pick(CAUTIOUS_LINES))
  const sentences = [...parts, ...body]
  const closers = CLOSERS[turn.persona] ?? CLOSERS.generic!
  if (sentences.length < 3 && rng.fork('closer').chance(0.7)) sentences.push(closers[(state.offset + rotation(turn.round) * 2) % closers.length]!)
  while (sentences.length > 4) sentences.splice(parts.length > 1 ? 1 : parts.length, 1)
  return sentences.join(' ')
}

/** What the agent believes: the team's consensus, overridden by its own tool results this turn. */
function factsFor(turn: TurnPrompt): Facts {
  const lines = turn.conversation.filter((l) => !l.own || !turn.strategy)
  const agreed = consensus(lines, turn.summary)
  const fromTools = new Map<string, string>()
  for (const ex of turn.exchanges) if (!ex.failed) for (const [k, v] of observe(ex.result)) fromTools.set(k, v)
  return fromTools.size > 0 ? applyObservations(fromTools, agreed) : agreed
}

/** An agent's turn: a tool call when it needs facts, otherwise its message. */
export function respondToTurn(turn: TurnPrompt, request: ChatCompletionRequest): Reply {
  const salt = request.seed ?? ''
  const rng = new Rng(fnv1a(canonicalJson({ turn: turn.turnKey, seed: salt })))
  const offset = fnv1a(`${turn.name}:${salt}`) % 97
  const facts = factsFor(turn)
  const forced = turn.round % 3 === 2
  const sabotage = turn.strategy !== null && (forced || rng.fork('sabotage').chance(SABOTAGE_RATE))
  const mistake = turn.strategy === null && rng.fork('mistake').chance(MISTAKE_RATE) ? rng.fork('kind').pick(['slip', 'hedge', 'caution'] as const) : null
  const state: TurnState = { turn, rng, offset, facts, slots: buildSlots(turn, facts, rng.fork('slots')), sabotage, mistake }
  const tools = offeredTools(request)
  if (wantsTool(state, request, tools)) {
    const pointless = turn.strategy === 'wrong_tools' && sabotage
    const call = planToolCall(turn, tools, facts, rng.fork('call'), { pointless })
    if (call) return { kind: 'tools', calls: [call] }
  }
  return { kind: 'text', text: compose(state) }
}
