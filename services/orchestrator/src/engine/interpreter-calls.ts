import { primaryProperty } from './tool-arguments.js'
import type { AgentTool } from './types.js'

/** A call found in text, as `parseTextToolCalls` returns them. */
interface Call {
  name: string
  arguments: string
}

/**
 * InternLM's code-interpreter call (InternLM2.5, InternLM3): `<|action_start|><|interpreter|>`, then
 * Python, in a ```python fence or bare, then `<|action_end|>` (left out by a server that stops there,
 * as the first token may be dropped by one that strips it). The model writes it where it wants a
 * sum worked out, instead of a calculator call.
 */
const INTERPRETER_OPENER = /(?:<\|action_start\|>\s*)?<\|interpreter\|>\s*/g
const ACTION_END = '<|action_end|>'
/** Python that is only arithmetic on literal numbers: what the calculator computes too (`**` is its `^`; `//` is not). */
const ARITHMETIC = /^(?!.*\/\/)[\d\s.+\-*/%()]*\d[\d\s.+\-*/%()]*$/
const PRINTED = /^print\s*\(([\s\S]*)\)$/

/** The code after an opener at `at`, and where the call ends (after its fence and `<|action_end|>`). */
function codeAt(text: string, at: number): { code: string; end: number } {
  const fence = /^```[a-z]*\n?/.exec(text.slice(at))
  const stop = text.indexOf(fence ? '```' : ACTION_END, at + (fence?.[0].length ?? 0))
  const codeEnd = stop < 0 ? text.length : stop
  const code = text.slice(at + (fence?.[0].length ?? 0), codeEnd).trim()
  let end = stop < 0 ? text.length : stop + (fence ? 3 : 0)
  const after = /^\s*<\|action_end\|>/.exec(text.slice(end))
  if (after) end += after[0].length
  return { code, end }
}

/** The arithmetic expression `code` computes (a bare one, or printed), in the calculator's syntax; null for any other code. */
export function arithmeticOf(code: string): string | null {
  const expression = (PRINTED.exec(code)?.[1] ?? code).trim()
  return ARITHMETIC.test(expression) ? expression.replace(/\*\*/g, '^') : null
}

/**
 * InternLM's interpreter calls, pushed onto `calls` and cut out of `text`. Code that is plain
 * arithmetic (or `print(<arithmetic>)`) becomes the call of the agent's calculator, when its scopes
 * give it one. Any other code is never run: it becomes a call of `interpreter`, a tool no agent has,
 * so the agent reads `TOOL_UNKNOWN` as the call's result (and may ask its calculator within the turn)
 * and the code is not published as its message.
 */
export function interpreterCalls(text: string, calls: Call[], tools: readonly AgentTool[]): string {
  const calculator = tools.find((t) => t.name === 'calculator')
  const key = calculator ? primaryProperty(calculator.inputSchema) ?? 'expression' : null
  let rest = ''
  let cursor = 0
  INTERPRETER_OPENER.lastIndex = 0
  for (let match = INTERPRETER_OPENER.exec(text); match; match = INTERPRETER_OPENER.exec(text)) {
    const { code, end } = codeAt(text, match.index + match[0].length)
    const expression = arithmeticOf(code)
    calls.push(expression !== null && key !== null
      ? { name: 'calculator', arguments: JSON.stringify({ [key]: expression }) }
      : { name: 'interpreter', arguments: JSON.stringify({ code }) })
    rest += text.slice(cursor, match.index)
    cursor = end
    INTERPRETER_OPENER.lastIndex = end
  }
  return rest + text.slice(cursor)
}
