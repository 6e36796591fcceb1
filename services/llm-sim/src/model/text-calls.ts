import type { TextCallFormat } from './voice.js'

/** JSON the way Python's `json.dumps` writes it (`", "` and `": "`), as models trained on it do. */
export function pythonJson(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`).join(', ')}}`
  }
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  return JSON.stringify(value)
}

/** A Python literal as `repr` writes it: single quotes unless the string holds one; a dict or list of them with `repr`'s spacing. */
export function pythonRepr(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`
  if (typeof value !== 'string') return value === true ? 'True' : value === false ? 'False' : value === null ? 'None' : JSON.stringify(value)
  if (value.includes("'") && !value.includes('"')) return `"${value.replace(/\\/g, '\\\\')}"`
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/**
 * A tool call written as text, the way local models without native tool calling write it:
 * Hermes/Qwen `<tool_call>` tags, a fenced JSON object, a Python-style call, Mistral's
 * `[TOOL_CALLS] [...]`, Llama 3.1's bare `{"name", "parameters"}` object, Gemma's ```tool_code fence,
 * Llama 3.2's bracketed Python list `[name(key="…")]` or Llama 3.1's `<function=name>{…}</function>`.
 */
export function textToolCall(name: string, args: Record<string, unknown>, format: TextCallFormat): string {
  if (format === 'hermes') return `<tool_call>\n${JSON.stringify({ name, arguments: args })}\n</tool_call>`
  if (format === 'fenced') return `\`\`\`json\n${JSON.stringify({ name, arguments: args }, null, 2)}\n\`\`\``
  if (format === 'mistral') return `[TOOL_CALLS] ${pythonJson([{ name, arguments: args }])}`
  if (format === 'json') return pythonJson({ name, parameters: args })
  if (format === 'function_tag') return `<function=${name}>${JSON.stringify(args)}</function>`
  const call = `${name}(${Object.entries(args).map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(', ')})`
  if (format === 'tool_code') return `\`\`\`tool_code\n${call}\n\`\`\``
  if (format === 'pythonic') return `[${call}]`
  return call
}
