import type { TextCallFormat } from './voice.js'

/**
 * A tool call written as text, the way local models without native tool calling write it:
 * Hermes/Qwen `<tool_call>` tags, a fenced JSON object, or a Python-style call.
 */
export function textToolCall(name: string, args: Record<string, unknown>, format: TextCallFormat): string {
  if (format === 'hermes') return `<tool_call>\n${JSON.stringify({ name, arguments: args })}\n</tool_call>`
  if (format === 'fenced') return `\`\`\`json\n${JSON.stringify({ name, arguments: args }, null, 2)}\n\`\`\``
  return `${name}(${Object.entries(args).map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(', ')})`
}
