import { toolErrorText, type AgentConfig, type EventDraft, type HeistFile } from '@heist/shared'
import { END_OF_TURN_MARKERS } from '@heist/shared/chat-client'
import { chatCompletionTokens, chatPromptTokens, type BilledMessage } from '@heist/shared/tokens'
import { unlessAborted } from './errors.js'
import { validateArgs } from './tool-arguments.js'
import { functionTools } from './prompt.js'
import { parseTextToolCalls } from './text-tools.js'
import { createReasoningWatch, type ReasoningWatch } from '@heist/shared/reasoning-watch'
import { createThinkingFilter, stripThinking } from '@heist/shared/thinking'
import { cutAtEndOfTurn } from '@heist/shared/end-of-turn'
import { createEndOfTurnFilter } from './end-of-turn.js'
import type { AgentTool, ChatMessage, ChatModel, ChatResponse, Clock, ModelToolCall, ToolOutcome, ToolRunner } from './types.js'

export interface TurnInput {
  sessionId: string
  agent: AgentConfig
  round: number
  turn: number
  messages: ChatMessage[]
  tools: readonly AgentTool[]
  heist: HeistFile
  seed: number
  /** What names the game to the model (`SessionDeps.modelGame`). */
  game?: string
  model: ChatModel
  runner: ToolRunner
  clock: Clock
  emit: (draft: EventDraft) => void
  signal: AbortSignal
  /** Flush streamed text as one `token_delta` once this many characters are buffered… */
  deltaChars?: number
  /** …or once the oldest buffered character is this old. */
  deltaMs?: number
  /** What the session learnt of the model's reasoning block; absent, one for this turn alone. */
  reasoning?: ReasoningWatch
}

export interface TurnOutput {
  /** The agent's final message; empty when the model gave nothing usable. */
  content: string
  /**
   * Public figures: the fleet's own count of what was sent and of what the model answered (its
   * visible text and tool calls), so they are a function of public text plus sizes fixed by the
   * configuration (docs/security.md). With llm-sim they equal the model's usage.
   */
  promptTokens: number
  completionTokens: number
  /** The model's own usage report (a real model's tokenizer, hidden reasoning): operator-only. */
  modelUsage: { promptTokens: number; completionTokens: number }
  /** Time spent waiting for the model and for tools, to tell orchestration overhead apart. */
  modelMs: number
  toolMs: number
  /**
   * How the last reply ended inside the model's reasoning block, when it did (nothing of it shown):
   * cut at `max_tokens`, at a stop string the server named, or with no `</think>` from a model that
   * opens its block. Operator log only: why a turn came back empty.
   */
  unclosedReasoning?: 'max_tokens' | 'stop_string' | 'no_close'
}

/** A message as billed: its text and the tool calls it carries. */
function billed(message: ChatMessage): BilledMessage {
  return { text: message.content ?? '', toolCalls: message.role === 'assistant' ? message.tool_calls : undefined }
}

/** Batches streamed text so the event volume stays sane (per N characters or per ~50 ms). */
function deltaBatcher(input: TurnInput, held: boolean) {
  const maxChars = input.deltaChars ?? 48
  const maxMs = input.deltaMs ?? 50
  let buffer = ''
  let since = 0
  const thinking = createThinkingFilter({ held })
  const endOfTurn = createEndOfTurnFilter()
  const send = () => {
    if (buffer) input.emit({ type: 'token_delta', turn: input.turn, agent: input.agent.name, delta: buffer })
    buffer = ''
  }
  return {
    push(chunk: string) {
      const text = endOfTurn.push(thinking.push(chunk))
      if (!text) return
      if (!buffer) since = input.clock.now()
      buffer += text
      if (buffer.length >= maxChars || input.clock.now() - since >= maxMs) send()
    },
    /** The end of the reply: what is buffered, and held text (a partial tag, a reply without `</think>` unless `unclosed`). */
    flush(unclosed: boolean) {
      buffer += endOfTurn.push(thinking.end(unclosed)) + endOfTurn.end()
      send()
    },
  }
}

function parseToolArguments(raw: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (raw.trim() === '') return { ok: true, value: {} }
  try {
    return { ok: true, value: JSON.parse(raw) }
  } catch {
    return { ok: false, message: `arguments are not valid JSON: ${raw.slice(0, 120)}` }
  }
}

/** Validate, run and time one tool call; every failure becomes an outcome the model reads. */
async function runToolCall(input: TurnInput, call: ModelToolCall): Promise<{ outcome: ToolOutcome; args: unknown }> {
  const tool = input.tools.find((t) => t.name === call.name)
  const parsed = parseToolArguments(call.arguments)
  const args = parsed.ok ? parsed.value : call.arguments
  if (!tool) return { args, outcome: { ok: false, error: { code: 'TOOL_UNKNOWN', message: `no tool "${call.name}" is available to ${input.agent.name}` } } }
  if (!parsed.ok) return { args, outcome: { ok: false, error: { code: 'TOOL_ARGS_INVALID', message: parsed.message } } }
  const problems = validateArgs(tool.inputSchema, args)
  if (problems.length > 0) return { args, outcome: { ok: false, error: { code: 'TOOL_ARGS_INVALID', message: problems.join('; ') } } }
  return { args, outcome: await unlessAborted(input.runner.call(input.agent.name, tool.name, args, input.signal), input.signal) }
}

/** What the model reads back for a tool call. */
export function toolResultText(outcome: ToolOutcome): string {
  return outcome.ok ? outcome.result : toolErrorText(outcome.error.code, outcome.error.message)
}

/** Native tool calls first; otherwise calls the model wrote as text. */
function callsOf(response: ChatResponse, tools: readonly AgentTool[]): { calls: Omit<ModelToolCall, 'id'>[]; text: string } {
  if (response.toolCalls.length > 0) return { calls: response.toolCalls, text: response.content }
  return parseTextToolCalls(response.content, tools)
}

/**
 * One agent's turn: call the model (streaming), run the tool calls it makes with the
 * agent's own identity, give the results back within the same turn (at most
 * `max_tool_steps` tool rounds; the last call is made without tools) and return the
 * final message.
 */
export async function runTurn(input: TurnInput): Promise<TurnOutput> {
  const { heist, emit, agent, turn, round } = input
  const maxSteps = input.tools.length > 0 ? heist.session.max_tool_steps : 0
  const tools = functionTools(input.tools)
  const messages = [...input.messages]
  const out: TurnOutput = { content: '', promptTokens: 0, completionTokens: 0, modelUsage: { promptTokens: 0, completionTokens: 0 }, modelMs: 0, toolMs: 0 }
  const reasoning = input.reasoning ?? createReasoningWatch(heist.model.reasoning_block, input.model.name)
  let callCount = 0
  for (let step = 0, emptyRetries = 0; ; step++) {
    const offer = step < maxSteps
    const held = reasoning.held()
    const batcher = deltaBatcher(input, held)
    const started = input.clock.now()
    const reply = await input.model.complete({
      messages, tools: offer ? tools : undefined, temperature: heist.model.temperature, maxTokens: heist.model.max_tokens,
      seed: input.seed, ...(input.game ? { game: input.game } : {}), stop: heist.model.stop ?? END_OF_TURN_MARKERS, onDelta: (text) => batcher.push(text), signal: input.signal,
    })
    // A held reply with no `</think>` that ended inside its reasoning shows and keeps nothing.
    const unclosed = reasoning.unclosed(reply)
    if (unclosed) out.unclosedReasoning = reply.truncated === true ? 'max_tokens' : reply.stopReason !== undefined ? 'stop_string' : 'no_close'
    else delete out.unclosedReasoning
    batcher.flush(unclosed)
    reasoning.learn(reply.content, reply)
    // A model that runs past its end-of-turn token has said all it meant to before it: the server
    // should have stopped there (`stop` above), and one that ignores `stop` is cut here.
    const response = { ...reply, content: cutAtEndOfTurn(reply.content) }
    out.modelMs += input.clock.now() - started
    out.promptTokens += chatPromptTokens(messages.map(billed), offer ? JSON.stringify(tools) : '')
    const visible = (text: string) => stripThinking(text, { held, unclosed })
    out.completionTokens += chatCompletionTokens({ text: visible(response.content), toolCalls: response.toolCalls })
    out.modelUsage.promptTokens += response.usage.promptTokens
    out.modelUsage.completionTokens += response.usage.completionTokens
    // Without tools on offer, calls written as text are cut out of the message, not run.
    const { calls, text } = offer ? callsOf(response, input.tools) : { calls: [], text: parseTextToolCalls(response.content, input.tools).text }
    if (calls.length === 0) {
      out.content = visible(text)
      // A model that answers nothing gets one more chance before the turn is given up.
      if (out.content === '' && emptyRetries++ === 0) continue
      return out
    }
    // The call's index within the turn is kept beside it, not recovered from its id.
    const numbered = calls.map((c) => {
      const index = ++callCount
      return { index, call: { ...c, id: `call_${turn}_${index}` } }
    })
    messages.push({ role: 'assistant', content: text || null, tool_calls: numbered.map((n) => n.call) })
    for (const { index, call } of numbered) {
      const callId = `${input.sessionId}-c${turn}-${index}`
      const toolStarted = input.clock.now()
      const parsedArgs = parseToolArguments(call.arguments)
      emit({ type: 'tool_call', round, turn, agent: agent.name, call_id: callId, tool: call.name, args: parsedArgs.ok ? parsedArgs.value : call.arguments })
      const { outcome } = await runToolCall(input, call)
      const duration = input.clock.now() - toolStarted
      out.toolMs += duration
      emit({
        type: 'tool_result', round, turn, agent: agent.name, call_id: callId, tool: call.name, ok: outcome.ok, duration_ms: duration,
        ...(outcome.ok ? { result: outcome.result } : { error: outcome.error }),
      })
      messages.push({ role: 'tool', tool_call_id: call.id, content: toolResultText(outcome) })
    }
  }
}
