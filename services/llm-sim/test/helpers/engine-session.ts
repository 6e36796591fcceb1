/**
 * llm-sim in process as the orchestrator engine's model, and the stand-in tools as the engine's
 * tool runner: what the voice tests (voice-g, voice-h) need to play whole sessions through the real
 * `runSession`, which each had its own copy of.
 */
import { createInProcessTools, type ChatModel, type ToolOutcome } from '@heist/orchestrator/engine'
import { simulateCompletion, type ChatCompletionRequest } from '../../src/model/index.js'
import { runTool, TEAM, TOOLS } from './scenario.js'

/** `model` served in process, sending the game's name as the fleet does (`prompt_cache_key`), counting the replies that carry a call only as text (`isCall`). */
export function simModel(name: string, isCall: (text: string) => boolean): ChatModel & { textCalls: number } {
  const model = {
    name,
    textCalls: 0,
    async complete(request: Parameters<ChatModel['complete']>[0]) {
      // The engine's messages in OpenAI's shape, as its HTTP adapter sends them.
      const messages = request.messages.map((m) => (m.role !== 'assistant' ? m : {
        role: m.role, content: m.content,
        ...(m.tool_calls ? { tool_calls: m.tool_calls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: c.arguments } })) } : {}),
      }))
      const body: ChatCompletionRequest = {
        model: name, messages, tools: request.tools, seed: request.seed, max_tokens: request.maxTokens, ...(request.game ? { prompt_cache_key: request.game } : {}),
      }
      const completion = simulateCompletion(body)
      const message = completion.choices[0].message
      if (!message.tool_calls && request.tools && isCall(message.content ?? '')) model.textCalls++
      request.onDelta?.(message.content ?? '')
      return {
        content: message.content ?? '',
        toolCalls: (message.tool_calls ?? []).map((c) => ({ id: c.id, name: c.function.name, arguments: c.function.arguments })),
        usage: { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens },
      }
    },
  }
  return model
}

/** The stand-in tools behind the engine's in-process tool runner, each for the agents that hold it. */
export function engineTools() {
  const run = (name: string) => (args: unknown): ToolOutcome => {
    const result = runTool(name, args as Record<string, unknown>)
    const failed = /^ERROR (\S+): ([\s\S]*)$/.exec(result)
    return failed ? { ok: false, error: { code: failed[1]!, message: failed[2]! } } : { ok: true, result }
  }
  return createInProcessTools(Object.fromEntries(Object.entries(TOOLS).map(([name, t]) => [name, {
    tool: { name, description: t.function.description ?? '', inputSchema: t.function.parameters ?? {} },
    agents: TEAM.filter((a) => a.tools.includes(name)).map((a) => a.name),
    run: run(name),
  }])))
}
