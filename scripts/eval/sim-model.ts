import { simulateCompletion } from '@heist/llm-sim/model'
import type { ChatModel, ChatRequest } from '@heist/orchestrator/engine'
import type { ChatFn } from '@heist/detection/scoring'

type SimRequest = Parameters<typeof simulateCompletion>[0]

/** Engine messages in the OpenAI wire shape (assistant tool calls as `function` objects). */
function wireMessages(request: ChatRequest): SimRequest['messages'] {
  return request.messages.map((m) => {
    if (m.role === 'assistant' && m.tool_calls?.length) {
      return { role: 'assistant', content: m.content, tool_calls: m.tool_calls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: c.arguments } })) }
    }
    return m
  }) as SimRequest['messages']
}

/** The agents' model: llm-sim's `simulateCompletion` in-process, exactly what its server answers (`model` picks the voice). */
export function createSimModel(model = 'heist-sim'): ChatModel {
  return {
    name: model,
    async complete(request) {
      const completion = simulateCompletion({
        model,
        // The engine's tool shape is the OpenAI one; the simulator's schema is looser (passthrough).
        messages: wireMessages(request),
        ...(request.tools ? { tools: request.tools as unknown as SimRequest['tools'] } : {}),
        temperature: request.temperature,
        max_tokens: request.maxTokens,
        ...(request.seed === undefined ? {} : { seed: request.seed }),
      })
      const message = completion.choices[0]?.message
      const content = message?.content ?? ''
      if (content) request.onDelta?.(content)
      return {
        content,
        toolCalls: (message?.tool_calls ?? []).map((c) => ({ id: c.id, name: c.function.name, arguments: c.function.arguments })),
        usage: { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens },
      }
    },
  }
}

/** The detector's model: the same simulator (the same voice), asked with the detection prompt and response format. */
export const simDetectorChat = (model = 'heist-sim'): ChatFn => async (request) => {
  const completion = simulateCompletion({ model, messages: request.messages as SimRequest['messages'], response_format: request.response_format as SimRequest['response_format'], temperature: request.temperature, max_tokens: request.max_tokens })
  return completion.choices[0]?.message?.content ?? null
}
