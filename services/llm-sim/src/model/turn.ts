import type { Facts } from './canon.js'
import { applyObservations, consensus, observe } from './facts.js'
import type { TurnPrompt } from './prompt.js'
import { canonicalHash, fnv1a, Rng } from './random.js'
import { reportTools, rotation } from './reports.js'
import { buildSlots, fill, premiseFacts, quotedFigure, type Slots } from './slots.js'
import { textToolCall } from './text-calls.js'
import { phaseOf, phaseVisit, planToolCall } from './tool-planning.js'
import { functionTools, type ChatCompletionRequest, type FunctionTool, type Reply } from './types.js'
import type { Voice } from './voice.js'
import { VOICE_A } from './voices/voice-a.js'

interface TurnState {
  turn: TurnPrompt
  voice: Voice
  rng: Rng
  /** Stable per agent and game, so rotations never repeat a line within a session. */
  offset: number
  facts: Facts
  slots: Slots
  sabotage: boolean
  /** The wrong facts a consistent saboteur calculates from, if its voice does that. */
  premise: Facts | undefined
  /** The honest mistake in this message, if any; a slip needs a number to get wrong, else it becomes a hedge. */
  mistake: 'slip' | 'hedge' | 'caution' | null
  /** What names the game (`gameNameOf`). */
  salt: number | string
}

/**
 * What names the game a request is part of: its `prompt_cache_key` (the fleet's orchestrator sends one
 * per game, and a seed per turn), else its seed (the eval and the tests send the game's seed every
 * turn). The lies, the line rotation and the server settings a game keeps are drawn from it.
 */
function gameNameOf(request: ChatCompletionRequest): number | string {
  return request.prompt_cache_key ?? request.seed ?? ''
}

/** What stays the same over one game (`gameNameOf`), for a voice whose server settings hold for a whole game. */
function gameOf(salt: number | string): number {
  return fnv1a(`game:${salt}`)
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
  const { turn, offset, voice } = state
  const bank = voice.lines[turn.persona] ?? voice.lines.generic!
  const phase = phaseOf(turn.round, turn.rounds)
  const variants = bank[phase]!
  // Long sessions visit a phase several times: each visit takes the next variant.
  const template = variants[(offset + phaseVisit(turn.round, turn.rounds)) % variants.length]!
  if (state.mistake === 'slip') {
    const slip = Object.keys(voice.slips).find((key) => template.includes(`{${key}}`))
    if (slip) return fill(template, { ...state.slots, [slip]: String(voice.slips[slip]!(Number(state.slots[slip]))) })
    state.mistake = 'hedge'
  }
  return fill(template, state.slots)
}

function hedge(sentence: string, state: TurnState): string {
  return sentence.replace(/[.!?]$/, `${state.rng.fork('hedge').pick(state.voice.hedges)}.`)
}

function reaction(state: TurnState): string | null {
  const prev = [...state.turn.conversation].reverse().find((l) => !l.own)
  if (!prev || prev.speaker === 'operator' || !state.rng.fork('react').chance(0.5)) return null
  const { reactions, reactionFigure } = state.voice
  const figure = quotedFigure(prev.text)
  const index = (state.offset + state.turn.round) % (reactions.length + 1)
  if (figure && index === reactions.length) return capitalise(fill(reactionFigure, { prev: prev.speaker, Prev: capitalise(prev.speaker), figure: figure.phrase }))
  return capitalise(fill(reactions[index % reactions.length]!, state.slots))
}

function sabotageLine(state: TurnState): string {
  const { mole, tactics } = state.voice
  const quiet = state.rng.fork('quiet').chance(tactics.quietRate)
  const strategy = state.turn.strategy!
  const own = quiet ? undefined : mole.personal?.[state.turn.persona]?.[strategy]
  const lines = own ? [...own, ...mole.loud[strategy]] : (quiet ? mole.quiet : mole.loud)[strategy]
  // Rotating by round means a mole never repeats a line within a game; the offset varies it across games.
  return fill(lines[(state.offset + state.turn.round) % lines.length]!, state.slots)
}

/** The text of the agent's message: orders, introduction, reaction, the core or tool report, sabotage or slip, a closer. */
function compose(state: TurnState): string {
  const { turn, rng, voice } = state
  const parts: string[] = turn.orders.slice(0, 2).map((order) => fill(voice.orderAck, { order: order.replace(/[.!]+$/, '') }))
  let body: string[]
  let sabotaged = false
  if (turn.exchanges.length > 0) {
    const report = reportTools(turn, state.facts, state.slots, rng.fork('report'), { sabotage: state.sabotage ? turn.strategy : null, voice, premise: state.premise })
    body = report.sentences
    sabotaged = report.bent
  } else {
    // The first message says who the agent is: the persona's role title and focus, as configured.
    if (turn.round === 1) parts.push(fill(voice.intro, { role: turn.role, focus: turn.focus }))
    const react = reaction(state)
    if (react) parts.push(react)
    body = splitSentences(coreLine(state))
  }
  if (state.sabotage && !sabotaged) {
    const line = sabotageLine(state)
    body = rng.fork('replace').chance(0.4) ? [body[0]!, line] : [...body.slice(0, 2), line]
  }
  if (turn.exchanges.length > 0 && state.mistake === 'slip') state.mistake = 'hedge'
  if (state.mistake === 'hedge') body[0] = hedge(body[0]!, state)
  if (state.mistake === 'caution') body.push(rng.fork('caution').pick(voice.cautious))
  const sentences = [...parts, ...body]
  const closers = voice.closers[turn.persona] ?? voice.closers.generic!
  // The closer's index moves differently from the takeaways' (both rotate with the round), so a
  // report and its closer never come back together in a long session.
  const r = rotation(turn.round)
  if (sentences.length < 3 && rng.fork('closer').chance(0.7)) sentences.push(closers[(state.offset + r * 2 + Math.floor(r / 5)) % closers.length]!)
  while (sentences.length > 4) sentences.splice(parts.length > 1 ? 1 : parts.length, 1)
  const style = rng.fork('style')
  const own = turn.conversation.filter((l) => l.own).map((l) => l.text)
  const context = { persona: turn.persona, round: turn.round, rounds: turn.rounds, own, rng: rng.fork('quirks'), slots: state.slots, sabotage: state.sabotage ? turn.strategy : null, game: gameOf(state.salt) }
  return voice.style(sentences.join(' '), (p) => style.chance(p), context)
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
export function respondToTurn(turn: TurnPrompt, request: ChatCompletionRequest, voice: Voice = VOICE_A): Reply {
  const salt = gameNameOf(request)
  // This turn's own draws follow the request's seed, which a real model samples with.
  const rng = new Rng(canonicalHash({ turn: turn.turnKey, seed: request.seed ?? '', voice: voice.id === 'a' ? undefined : voice.id }))
  const offset = fnv1a(`${turn.name}:${salt}`) % 97
  const facts = factsFor(turn)
  const { tactics } = voice
  const forced = tactics.forced(turn.round, turn.rounds)
  const sabotage = turn.strategy !== null && (forced || rng.fork('sabotage').chance(tactics.rate))
  const mistake = turn.strategy === null && rng.fork('mistake').chance(voice.mistakeRate) ? rng.fork('kind').pick(['slip', 'hedge', 'caution'] as const) : null
  // A consistent liar draws its false figures once per game, not once per message.
  const lies = tactics.consistentLies ? new Rng(fnv1a(`${turn.name}:${salt}:lies`)) : undefined
  const slotRng = rng.fork('slots')
  // A voice with falsehoods of its own lays them over the shared ones and calculates from them,
  // both from one game-long draw so the premise matches what the liar says.
  const liar = voice.falsehoods
  const ownLies = () => (lies ?? slotRng).fork('own')
  const wrongPremise = sabotage && tactics.wrongPremise && turn.strategy === 'timing_errors'
  const premise = !wrongPremise ? undefined : liar ? liar.premise(facts, ownLies()) : premiseFacts(facts, new Rng(fnv1a(`${turn.name}:${salt}:premise`)))
  const slots = buildSlots(turn, facts, slotRng, lies ?? slotRng)
  if (liar) Object.assign(slots, liar.slots(facts, ownLies()))
  const state: TurnState = { turn, voice, rng, offset, facts, slots, sabotage, premise, mistake, salt }
  const tools = offeredTools(request)
  if (wantsTool(state, request, tools)) {
    const pointless = turn.strategy === 'wrong_tools' && sabotage
    const call = planToolCall(turn, tools, facts, rng.fork('call'), { pointless, premise, premiseJobs: liar?.premiseJobs })
    if (!call) return { kind: 'text', text: compose(state) }
    const written = rng.fork('text-call')
    // Small local models often write the call as text instead of using native tool calls.
    if (request.tool_choice === undefined && written.chance(voice.textCalls.rate)) return { kind: 'text', text: (voice.textCalls.write ?? textToolCall)(call.name, call.args, written.pick(voice.textCalls.formats), written, gameOf(salt)) }
    return { kind: 'tools', calls: [call] }
  }
  return { kind: 'text', text: compose(state) }
}
