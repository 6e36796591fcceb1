import type { HeistFile, MemoryContext, MemoryMessageIn } from '@heist/shared'
import type { ReplyEnd } from '@heist/shared/reasoning-watch'
import { estimateTokens } from './prompt.js'
import type { AgentTool, ChatModel, ChatRequest, ChatResponse, MemoryBackend, ToolOutcome, ToolRunner } from './types.js'

type Stored = MemoryContext['recent'][number]

/**
 * An in-process memory with extractive compression (the first sentence of every older
 * message, cut to `summary_max_tokens`), for evaluation runs and benchmarks without the
 * memory service. Same contract as the service: a summary plus the recent messages.
 * It drops a session when the session ends (`forget`), and holds at most `maxSessions`
 * (the least recently used goes first), so a long-lived process that plays game after game
 * with one store does not grow with every game.
 */
export function createInProcessMemory(settings: HeistFile['memory'], limits: { maxSessions?: number } = {}): MemoryBackend & { forget(sessionId: string): void; size(sessionId: string): number; readonly held: number } {
  const maxSessions = limits.maxSessions ?? 256
  const sessions = new Map<string, { messages: Stored[]; summary: MemoryContext['summary']; ids: Set<string> }>()
  const get = (id: string) => {
    let s = sessions.get(id)
    // Map order is insertion order: taking a session out and back in makes it the most recent.
    if (s) sessions.delete(id)
    else s = { messages: [], summary: null, ids: new Set() }
    sessions.set(id, s)
    for (const oldest of sessions.keys()) {
      if (sessions.size <= maxSessions) break
      sessions.delete(oldest)
    }
    return s
  }
  const compress = (s: { messages: Stored[]; summary: MemoryContext['summary'] }) => {
    const older = s.messages.slice(0, -settings.recent_messages)
    const lines = older.map((m) => `${m.agent}: ${(m.content.split(/(?<=[.!?])\s/)[0] ?? '').slice(0, 160)}`)
    const text = [s.summary?.text, ...lines].filter(Boolean).join('\n').slice(-settings.summary_max_tokens * 4)
    s.summary = { text, covers_through: (s.summary?.covers_through ?? 0) + older.length, method: 'extractive', tokens: estimateTokens(text) }
    s.messages = s.messages.slice(-settings.recent_messages)
  }
  return {
    async append(sessionId: string, message: MemoryMessageIn) {
      const s = get(sessionId)
      // Idempotent by message id, as the memory service is (a resumed session appends its last message again).
      if (s.ids.has(message.message_id)) return
      s.ids.add(message.message_id)
      s.messages.push({ ...message, tokens: estimateTokens(message.content) })
      if (s.messages.length >= settings.compression_threshold_messages) compress(s)
    },
    async context(sessionId: string, budgetTokens: number): Promise<MemoryContext> {
      const s = get(sessionId)
      let total = s.summary?.tokens ?? 0
      const recent: Stored[] = []
      for (const m of [...s.messages].reverse()) {
        if (recent.length >= settings.recent_messages || total + m.tokens > budgetTokens) break
        recent.unshift(m)
        total += m.tokens
      }
      return { session_id: sessionId, summary: s.summary, recent, total_tokens: total, message_count: (s.summary?.covers_through ?? 0) + s.messages.length }
    },
    forget(sessionId: string) {
      sessions.delete(sessionId)
    },
    /** Messages held verbatim for a session (0 when it is not held). */
    size: (sessionId: string) => sessions.get(sessionId)?.messages.length ?? 0,
    /** Sessions held now. */
    get held() {
      return sessions.size
    },
  }
}

/** Tools as plain functions, for evaluation runs and tests without the tool services. */
export function createInProcessTools(tools: Record<string, { tool: AgentTool; agents: readonly string[]; run: (args: unknown) => ToolOutcome | Promise<ToolOutcome> }>): ToolRunner {
  return {
    async listTools(agent) {
      return Object.values(tools).filter((t) => t.agents.includes(agent)).map((t) => t.tool)
    },
    async call(agent, name, args) {
      const entry = tools[name]
      if (!entry || !entry.agents.includes(agent)) return { ok: false, error: { code: 'AUTH_INSUFFICIENT_SCOPE', message: `${agent} may not use ${name}`, status: 403 } }
      return entry.run(args)
    },
  }
}

/** One scripted reply: text, native tool calls, or an error to throw. */
export type ScriptedReply =
  | string
  | ({ content?: string; toolCalls?: { name: string; arguments: unknown }[] } & ReplyEnd)
  | { throws: Error }

/**
 * A model that answers from a script: a function of the request (so a test can look at
 * what the agent was told) returning the next reply. It streams its text in small chunks.
 */
export function createScriptedModel(script: (request: ChatRequest, call: number) => ScriptedReply, name = 'scripted'): ChatModel & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = []
  return {
    name,
    requests,
    async complete(request: ChatRequest): Promise<ChatResponse> {
      requests.push({ ...request, messages: [...request.messages] })
      if (request.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' })
      const reply = script(request, requests.length)
      if (typeof reply === 'object' && 'throws' in reply) throw reply.throws
      const content = typeof reply === 'string' ? reply : reply.content ?? ''
      for (let i = 0; i < content.length; i += 7) request.onDelta?.(content.slice(i, i + 7))
      const toolCalls = typeof reply === 'string' ? [] : (reply.toolCalls ?? []).map((c, i) => ({
        id: `scripted_${requests.length}_${i}`, name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments),
      }))
      const prompt = request.messages.reduce((n, m) => n + estimateTokens(m.content ?? ''), 0)
      const end: ReplyEnd = typeof reply === 'string' ? {} : { ...(reply.truncated ? { truncated: true } : {}), ...(reply.stopReason === undefined ? {} : { stopReason: reply.stopReason }), ...(reply.reasoningApart ? { reasoningApart: true } : {}) }
      return { content, toolCalls, usage: { promptTokens: prompt, completionTokens: estimateTokens(content) }, ...end }
    },
  }
}
