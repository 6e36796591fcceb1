import type { AgentConfig, HeistFile, MemoryContext, MemoryMessageIn, SessionEvent, StrategyName } from '@heist/shared'
import type { ReplyEnd } from '@heist/shared/reasoning-watch'

/** A tool call the model asked for; `arguments` is the raw JSON text the model wrote. */
export interface ModelToolCall {
  id: string
  name: string
  arguments: string
}

/** The chat messages the engine sends (the OpenAI shape, reduced to what a turn uses). */
export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ModelToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string }

/** An OpenAI function tool built from a discovered tool's JSON Schema. */
export type FunctionTool = {
  type: 'function'
  function: { name: string; description: string; parameters: Record<string, unknown> }
}

export interface ChatRequest {
  messages: ChatMessage[]
  tools?: FunctionTool[]
  temperature: number
  maxTokens: number
  seed?: number
  /** What names the game to the model, the same in every request of it (OpenAI's `prompt_cache_key`). */
  game?: string
  /** Where the server should end the reply (OpenAI's `stop`); the engine cuts there too, for a server that ignores it. */
  stop?: readonly string[]
  /** Streamed text as it arrives; the engine batches it into `token_delta` events. */
  onDelta?: (text: string) => void
  signal?: AbortSignal
}

/** A reply; how it ended (cut at `max_tokens`, at which stop string, reasoning sent apart) as far as the server says. */
export interface ChatResponse extends ReplyEnd {
  content: string
  toolCalls: ModelToolCall[]
  usage: { promptTokens: number; completionTokens: number }
}

/**
 * The model, as the engine sees it. Implementations own timeouts and retries and throw
 * {@link ModelUnavailableError} once they give up; the engine then pauses the session.
 */
export interface ChatModel {
  readonly name: string
  complete(request: ChatRequest): Promise<ChatResponse>
  /**
   * Whether the model's server answers again (a cheap request, no tokens). Without it, a session
   * the model's absence paused waits for someone to resume it.
   */
  answers?(signal?: AbortSignal): Promise<boolean>
  /**
   * Whether the model's chat template opens its reasoning block, as its server renders it (vLLM);
   * null when the server cannot say; rejects when it gave no answer. Asked before a session's first
   * turn, for a model the setting and its name leave unknown (again before a next attempt while unanswered).
   */
  templateOpensBlock?(signal?: AbortSignal): Promise<boolean | null>
}

/** A tool an agent discovered (what `GET /tools` lists, minus transport details). */
export interface AgentTool {
  name: string
  description: string
  inputSchema: Record<string, unknown>
}

export type ToolOutcome =
  | { ok: true; result: string }
  | { ok: false; error: { code: string; message: string; status?: number } }

/** Runs tools with the agent's own identity. A failure is an outcome, not an exception. */
export interface ToolRunner {
  listTools(agent: string, signal?: AbortSignal): Promise<AgentTool[]>
  call(agent: string, tool: string, args: unknown, signal?: AbortSignal): Promise<ToolOutcome>
}

/** Per-session conversation memory (the memory service, or an in-process stand-in). */
export interface MemoryBackend {
  /** `signal` cancels the call at once (a stopped session). */
  append(sessionId: string, message: MemoryMessageIn, signal?: AbortSignal): Promise<void>
  context(sessionId: string, budgetTokens: number, signal?: AbortSignal): Promise<MemoryContext>
  /**
   * The session has ended (completed, stopped or failed; not suspended by a shutdown, which
   * resumes it). A store that holds sessions in this process drops it; the memory service keeps
   * its history on disk, so its adapter has no `forget`.
   */
  forget?(sessionId: string): void
}

export interface Clock {
  now(): number
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** Receives every stamped event, in sequence order, sealed `game_sealed` included. */
export type EventSink = (event: SessionEvent) => void

/** The drawn game: who the mole is (null for a control game), its strategy and the seed. */
export interface Game {
  seed: number
  mole: string | null
  strategy: StrategyName | null
}

/** A team and its rules, validated (see `loadTeamConfig`). */
export interface TeamConfig {
  agents: readonly AgentConfig[]
  heist: HeistFile
}
