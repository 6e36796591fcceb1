import { jsonListEnd, jsonObjectEnd, jsonOrUndefined } from '@heist/shared'
import { primaryProperty } from './tool-arguments.js'
import { interpreterCalls } from './interpreter-calls.js'
import { pythonLiteral, pythonStyleCalls } from './python-calls.js'
import type { AgentTool } from './types.js'

/** A tool call found in a model's text, with its arguments as JSON text. */
export interface TextToolCall {
  name: string
  arguments: string
}

export interface TextToolParse {
  calls: TextToolCall[]
  /** The text with the calls cut out. */
  text: string
}

const BRACKET_CALL = /\[TOOL:([A-Za-z0-9_-]+):([^\]]*)\]/g
/** Hermes/Qwen's `<tool_call>{…}</tool_call>` (Hermes 3's also as a Python dict, SmolLM2's with a list of them inside), and NVIDIA Nemotron-Mini's `<toolcall> {…} </toolcall>`. */
const TAGGED_CALL = /<(tool_call|toolcall)>\s*([\s\S]*?)\s*<\/\1>/g
/** Llama 3.1's custom tool format: `<function=name>{"key": "value"}</function>`. */
const FUNCTION_TAG = /<function=([A-Za-z0-9_.-]+)>\s*([\s\S]*?)\s*<\/function>/g
/**
 * IBM Granite 3.x's call: a JSON list after 3.0's `<|tool_call|>` token, or after the `<tool_call>`
 * string 3.1 on write with no closing tag (vLLM's `granite` parser reads both the same way).
 */
const GRANITE_OPENER = /(?:<\|tool_call\|>|<tool_call>)\s*(?=\[)/g
/**
 * Microsoft Phi-4-mini's call list: after its `<|tool_call|>` token (read with Granite's, above) and
 * closed by `<|/tool_call|>`, or after the plain word `functools`, as vLLM's `phi4_mini_json` parser
 * reads it. The closing token is cut where the list ends (sticky: no copy of the rest of the text).
 */
const PHI_OPENER = /functools\s*(?=\[)/g
const PHI_CALL_END = /\s*<\|\/tool_call\|>/y
/**
 * InternLM's plugin call (InternLM2.5, InternLM3): `<|action_start|><|plugin|>`, then one
 * `{"name", "parameters"}` object on the next line, then `<|action_end|>`, as LMDeploy's and vLLM's
 * `internlm` parsers read it; a server that stops at `<|action_end|>` leaves it out, and one that
 * drops the first token leaves `<|plugin|>` alone. The closing token is cut where the object ends.
 */
const INTERNLM_OPENER = /(?:<\|action_start\|>\s*)?<\|plugin\|>\s*(?=\{)/g
const INTERNLM_CALL_END = /\s*<\|action_end\|>/y
/**
 * OpenAI gpt-oss's harmony call header, up to its JSON arguments: an assistant message on the
 * `commentary` channel addressed `to=functions.<name>` (the recipient may also come before the
 * channel), `<|constrain|>json` or the bare word `json`, then `<|message|>`; with special tokens
 * stripped by the runtime, only the words are left (`commentary to=functions.query_db json{…}`).
 */
const HARMONY_HEADER = /(?:<\|start\|>\s*assistant\s*)?(?:(?:<\|channel\|>)?(?:commentary|analysis)\s*)?to=functions\.([A-Za-z0-9_.-]+)\s*(?:(?:<\|channel\|>)?(?:commentary|analysis)\s*)?(?:<\|constrain\|>\s*)?(?:json\s*)?(?:<\|message\|>\s*)?(?=\{)/g
/** The `<|call|>` that ends a harmony call, read where its JSON ends (sticky: no copy of the rest of the text per call). */
const HARMONY_CALL_END = /\s*<\|call\|>/y
/**
 * Mistral's v11 call (Mistral Small 3.2, Magistral, Devstral), up to its JSON arguments: `[TOOL_CALLS]`,
 * the tool's name, then `[ARGS]` (left out by some servers' templates); one marker per call.
 */
const MISTRAL_HEADER = /\[TOOL_CALLS\]\s*([A-Za-z0-9_.-]+)\s*(?:\[ARGS\]\s*)?(?=\{)/g
/** The token Llama 3.1 writes before a JSON tool call, left in the text when the template does not consume it. */
const PYTHON_TAG = /<\|python_tag\|>/g
/** What is left of Mistral's `[TOOL_CALLS] [{…}, {…}]` once its objects are cut out. */
const MISTRAL_LEFTOVER = /\[TOOL_CALLS\]\s*\[[\s,]*\]/g
/** An emptied fence, whatever it was named (`json`, `python`, Gemma's `tool_code`). */
const EMPTY_FENCE = /```[a-z_]*\s*```/g
/**
 * What is left of Command R's calls once their objects are cut out: its `Action: ```json […]```` block
 * and Command R7B's `<|START_ACTION|>[…]<|END_ACTION|>`; R7B's tool plan keeps its words, not its tokens.
 */
const COHERE_LEFTOVER = /(?:Action:\s*)?```json\s*\[[\s,]*\]\s*```|<\|START_ACTION\|>\s*\[[\s,]*\]\s*<\|END_ACTION\|>|<\|(?:START|END)_THINKING\|>/g
/** LM Studio's default tool-use markers round a `{"name", "arguments"}` object, left when the model breaks the format. */
const LMSTUDIO_LEFTOVER = /\[(?:END_)?TOOL_REQUEST\]/g

/** Turn `{name, arguments|parameters}` (arguments as object or JSON text; Command R names it `tool_name`) into a call. */
function fromObject(value: unknown): TextToolCall | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  const name = record.name ?? record.tool_name
  const args = record.arguments ?? record.parameters ?? {}
  if (typeof name !== 'string' || name.length === 0) return null
  if (typeof args === 'string') return { name, arguments: args }
  if (typeof args !== 'object' || args === null) return null
  return { name, arguments: JSON.stringify(args) }
}

/** Bare JSON objects `{"name": …, "arguments": …}` anywhere in the text (fenced or not). */
function jsonObjectCalls(text: string): TextToolParse {
  const calls: TextToolCall[] = []
  let rest = ''
  let cursor = 0
  // Command R's objects open on `"tool_name"`, R7B's on its `"tool_call_id"`.
  const opener = /\{\s*"(?:name|tool_name|tool_call_id)"\s*:/g
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const end = jsonObjectEnd(text, match.index)
    if (end < 0) break
    const call = fromObject(jsonOrUndefined(text.slice(match.index, end)))
    if (!call) continue
    calls.push(call)
    rest += text.slice(cursor, match.index)
    cursor = end
    opener.lastIndex = end
  }
  rest += text.slice(cursor)
  return { calls, text: rest.replace(COHERE_LEFTOVER, '').replace(EMPTY_FENCE, '').replace(MISTRAL_LEFTOVER, '').replace(PYTHON_TAG, '').replace(LMSTUDIO_LEFTOVER, '') }
}

/**
 * The tolerant fallback for models that write tool calls as text instead of native
 * `tool_calls`: `[TOOL:calculator:15*60]`, `<tool_call>{json}</tool_call>`, a JSON object
 * `{"name": …, "arguments": …}` (also in Mistral's `[TOOL_CALLS] […]`), or a Python-style call
 * `query_db(query="…")` (also in Gemma's ```tool_code fence, Gemma 3's `print(default_api.name(…))` in it, and Llama 3.2's `[name(…)]` list), or Llama 3.1's
 * `<function=name>{…}</function>`, or Granite's `<|tool_call|>[…]` / unclosed `<tool_call>[…]` list, or
 * Phi-4-mini's `<|tool_call|>[…]<|/tool_call|>` / `functools[…]` list, or Command R's `Action:` block and R7B's `<|START_ACTION|>` list of
 * `{"tool_name", "parameters"}` objects, or GLM's tool name on a line of its own over its JSON arguments or
 * a ```python `tool_call(…)` fence, or LM Studio's `[TOOL_REQUEST]`, or gpt-oss's harmony
 * `<|channel|>commentary to=functions.name <|constrain|>json<|message|>{…}<|call|>`, or Mistral Small 3.2's
 * `[TOOL_CALLS]name[ARGS]{…}`, or InternLM's `<|action_start|><|plugin|>{…}<|action_end|>` (and its
 * `<|interpreter|>` code: arithmetic as a calculator call, other code never run, `interpreter-calls.ts`). A bracket call's one parameter goes to the tool's first
 * required property. Arguments are validated later, against the tool's JSON Schema.
 */
export function parseTextToolCalls(content: string, tools: readonly AgentTool[]): TextToolParse {
  const calls: TextToolCall[] = []
  let text = content.replace(TAGGED_CALL, (_whole, _tag: string, inner: string) => {
    // Hermes 2 Pro / Hermes 3 write the object as a Python dict now and then (single quotes).
    const value = jsonOrUndefined(inner) ?? pythonLiteral(inner)
    const call = fromObject(value)
    // SmolLM2 writes a JSON list of calls inside the tags: `<tool_call>[{…}, {…}]</tool_call>`.
    const listed = Array.isArray(value) ? value.map(fromObject) : []
    if (call) calls.push(call)
    else if (listed.length > 0 && listed.every((c) => c !== null)) calls.push(...(listed as TextToolCall[]))
    else calls.push(...pythonStyleCalls(inner, tools).map(({ name, arguments: args }) => ({ name, arguments: args })))
    return ''
  })
  text = text.replace(FUNCTION_TAG, (_whole, name: string, inner: string) => {
    const args = jsonOrUndefined(inner)
    calls.push({ name, arguments: typeof args === 'object' && args !== null ? JSON.stringify(args) : inner })
    return ''
  })
  text = openedCalls(text, calls, GRANITE_OPENER, PHI_CALL_END)
  text = openedCalls(text, calls, PHI_OPENER, PHI_CALL_END)
  text = openedCalls(text, calls, INTERNLM_OPENER, INTERNLM_CALL_END)
  text = interpreterCalls(text, calls, tools)
  text = headedCalls(text, calls, HARMONY_HEADER, HARMONY_CALL_END)
  text = headedCalls(text, calls, MISTRAL_HEADER)
  text = text.replace(BRACKET_CALL, (_whole, name: string, param: string) => {
    const tool = tools.find((t) => t.name === name)
    const key = tool ? primaryProperty(tool.inputSchema) : null
    calls.push({ name, arguments: JSON.stringify(key ? { [key]: param.trim() } : { input: param.trim() }) })
    return ''
  })
  if (calls.length === 0) {
    const glm = glmCalls(text, tools)
    if (glm.calls.length > 0) return glm
    const found = jsonObjectCalls(text)
    const known = found.calls.filter((c) => tools.some((t) => t.name === c.name))
    // A JSON object that names no known tool is most likely content, not a call.
    if (known.length > 0) return { calls: known, text: found.text.replace(/\s+/g, ' ').trim() }
    const python = pythonCalls(text, tools)
    if (python.calls.length > 0) return python
    return { calls, text: content.trim() }
  }
  return { calls, text: tidy(text) }
}

/** The words left once calls are cut out: blanks at line ends and runs of blanks or blank lines to one space; single line breaks (a list's) stay. */
function tidy(text: string): string {
  return text.replace(/[ \t]+\n/g, '\n').replace(/\s{2,}/g, ' ').trim()
}

/**
 * Calls after an opener: a list (Granite's `<|tool_call|>[…]` / `<tool_call>[…]`, Phi-4-mini's
 * `<|tool_call|>[…]<|/tool_call|>` and `functools[…]`) or one object (InternLM's
 * `<|action_start|><|plugin|>{…}<|action_end|>`), pushed onto `calls` and cut out with their opener
 * and the closing token `close` where it follows; a list or object that is no calls stays.
 */
function openedCalls(text: string, calls: TextToolCall[], opener: RegExp, close: RegExp): string {
  let rest = ''
  let cursor = 0
  opener.lastIndex = 0
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const open = match.index + match[0].length
    const single = text[open] === '{'
    const end = single ? jsonObjectEnd(text, open) : jsonListEnd(text, open)
    if (end < 0) break
    const value = jsonOrUndefined(text.slice(open, end))
    const found = single ? [fromObject(value)] : Array.isArray(value) ? value.map(fromObject) : []
    if (found.length === 0 || found.some((c) => c === null)) continue
    calls.push(...(found as TextToolCall[]))
    rest += text.slice(cursor, match.index)
    close.lastIndex = end
    cursor = end + (close.exec(text)?.[0].length ?? 0)
    opener.lastIndex = cursor
  }
  return rest + text.slice(cursor)
}

/**
 * Calls written as a header naming the tool over its JSON arguments (gpt-oss's harmony header, with
 * `<|call|>` after the arguments; Mistral's `[TOOL_CALLS]name[ARGS]`), pushed onto `calls` and cut
 * out with the header and the closing token; a header over JSON that is no object stays.
 */
function headedCalls(text: string, calls: TextToolCall[], header: RegExp, close?: RegExp): string {
  let rest = ''
  let cursor = 0
  header.lastIndex = 0
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const open = match.index + match[0].length
    const end = jsonObjectEnd(text, open)
    const args = end < 0 ? undefined : jsonOrUndefined(text.slice(open, end))
    if (typeof args !== 'object' || args === null || Array.isArray(args)) continue
    calls.push({ name: match[1]!, arguments: JSON.stringify(args) })
    rest += text.slice(cursor, match.index)
    cursor = end
    if (close) {
      close.lastIndex = end
      cursor += close.exec(text)?.[0].length ?? 0
    }
    header.lastIndex = cursor
  }
  return rest + text.slice(cursor)
}

/**
 * The GLM family's calls: the tool's name alone on a line (GLM's assistant metadata line) and under
 * it the JSON arguments (GLM-4) or a ```python fence holding `tool_call(key='…')` (ChatGLM3), as
 * they reach the text when the server's template does not turn them into native calls. Only the
 * agent's own tool names count, and only on a line of their own.
 */
function glmCalls(text: string, tools: readonly AgentTool[]): TextToolParse {
  const calls: TextToolCall[] = []
  const names = tools.filter((t) => /^[A-Za-z0-9_.-]+$/.test(t.name)).map((t) => t.name.replace(/[.-]/g, '\\$&'))
  if (names.length === 0) return { calls, text }
  // The line break before a name is looked behind, not taken: a name line that is no call (a list of
  // names) leaves the next line, which may be the call, to match.
  const line = new RegExp(`(?<=^|\\n)[ \\t]*(${names.join('|')})[ \\t]*\\n\\s*`, 'g')
  let rest = ''
  let cursor = 0
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const tool = tools.find((t) => t.name === match?.[1])
    if (!tool) continue
    const at = match.index + match[0].length
    let end = -1
    if (text[at] === '{') {
      end = jsonObjectEnd(text, at)
      const args = end < 0 ? undefined : jsonOrUndefined(text.slice(at, end))
      if (typeof args === 'object' && args !== null && !Array.isArray(args)) calls.push({ name: tool.name, arguments: JSON.stringify(args) })
      else end = -1
    } else if (text.startsWith('```python', at)) {
      const close = text.indexOf('```', at + 9)
      const inner = close < 0 ? '' : text.slice(at + 9, close).replace(/^\s*tool_call\s*\(/, `${tool.name}(`)
      const call = pythonStyleCalls(inner, [tool])[0]
      if (call) {
        calls.push({ name: tool.name, arguments: call.arguments })
        end = close + 3
      }
    }
    if (end < 0) continue
    rest += text.slice(cursor, match.index)
    cursor = end
    line.lastIndex = end
  }
  rest += text.slice(cursor)
  return { calls, text: tidy(rest) }
}

/** `query_db(query="…")` calls, cut out of the text with the fences or backticks around them. */
function pythonCalls(text: string, tools: readonly AgentTool[]): TextToolParse {
  const found = pythonStyleCalls(text, tools)
  let rest = text
  for (const call of [...found].reverse()) rest = rest.slice(0, call.start) + rest.slice(call.end)
  // Llama 3.2 writes its calls as a Python list, `[calculator(expression="…")]`: its brackets go too.
  rest = rest.replace(EMPTY_FENCE, '').replace(/``/g, '').replace(/\[[\s,]*\]/g, '')
  return { calls: found.map(({ name, arguments: args }) => ({ name, arguments: args })), text: rest.replace(/\s+/g, ' ').trim() }
}
