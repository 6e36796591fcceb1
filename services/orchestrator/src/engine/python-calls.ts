import { primaryProperty } from './tool-arguments.js'
import type { AgentTool } from './types.js'

/** A call found in the text: where it stands and its arguments as JSON text. */
export interface PythonCall {
  name: string
  arguments: string
  start: number
  end: number
}

type Value = string | number | boolean | null

/** A Python literal at `i`: a quoted string (with escapes), a number, True/False/None. */
function literal(text: string, i: number): { value: Value; end: number } | null {
  const quote = text[i]
  if (quote === '"' || quote === "'") {
    let value = ''
    for (let j = i + 1; j < text.length; j++) {
      const ch = text[j] as string
      if (ch === '\\' && j + 1 < text.length) {
        const next = text[++j] as string
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next
      } else if (ch === quote) return { value, end: j + 1 }
      else value += ch
    }
    return null
  }
  const word = /^(?:-?\d+(?:\.\d+)?|True|False|None)/.exec(text.slice(i, i + 40))?.[0]
  if (!word) return null
  const value = word === 'True' ? true : word === 'False' ? false : word === 'None' ? null : Number(word)
  return { value, end: i + word.length }
}

type Nested = Value | Nested[] | { [key: string]: Nested }

/** Deeper than any call's arguments: a model looping on `[[[[` (or `{'a': {'a': …`) is no call, and would exhaust the stack. */
const MAX_DEPTH = 64

/** A Python dict, list or literal at `i` (what `repr` writes), or null. */
function nested(text: string, i: number, depth = 0): { value: Nested; end: number } | null {
  if (depth > MAX_DEPTH) return null
  const open = text[i]
  if (open !== '{' && open !== '[') return literal(text, i)
  const close = open === '{' ? '}' : ']'
  const items: Nested[] = []
  const entries: Record<string, Nested> = {}
  let j = i + 1
  const skip = () => { while (/\s/.test(text[j] ?? '')) j++ }
  for (let first = true; ; first = false) {
    skip()
    if (text[j] === close) return { value: open === '{' ? entries : items, end: j + 1 }
    if (!first) {
      if (text[j] !== ',') return null
      j++
      skip()
      if (text[j] === close) return { value: open === '{' ? entries : items, end: j + 1 }
    }
    if (open === '[') {
      const item = nested(text, j, depth + 1)
      if (!item) return null
      items.push(item.value)
      j = item.end
      continue
    }
    const key = literal(text, j)
    if (!key || typeof key.value !== 'string') return null
    j = key.end
    skip()
    if (text[j] !== ':') return null
    j++
    skip()
    const value = nested(text, j, depth + 1)
    if (!value) return null
    entries[key.value] = value.value
    j = value.end
  }
}

/**
 * A whole text that is one Python dict or list as `repr` writes it (`{'name': 'calculator',
 * 'arguments': {'expression': '3 * 12'}}`, single quotes, True/None), as a JSON value; undefined when
 * it is anything else. Hermes 2 Pro and Hermes 3 write their `<tool_call>` objects this way now and
 * then, which NousResearch's own parser reads with `ast.literal_eval` after `json.loads` fails.
 */
export function pythonLiteral(text: string): unknown {
  const start = text.search(/\S/)
  if (start < 0) return undefined
  const parsed = nested(text, start)
  return parsed && text.slice(parsed.end).trim() === '' ? parsed.value : undefined
}

/** `key="v", key2=3` or one positional literal, up to the closing parenthesis. */
function argumentList(text: string, open: number, tool: AgentTool): { args: Record<string, Value>; end: number } | null {
  const args: Record<string, Value> = {}
  let i = open + 1
  const skip = () => { while (/\s/.test(text[i] ?? '')) i++ }
  for (let first = true; ; first = false) {
    skip()
    if (text[i] === ')') return { args, end: i + 1 }
    if (!first) {
      if (text[i] !== ',') return null
      i++
      skip()
      if (text[i] === ')') return { args, end: i + 1 }
    }
    const key = /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(text.slice(i, i + 80))
    if (key) i += key[0].length
    const value = literal(text, i)
    if (!value) return null
    const name = key?.[1] ?? (first ? primaryProperty(tool.inputSchema) : null)
    if (!name) return null
    args[name] = value.value
    i = value.end
  }
}

/** The `print(` Gemma 3 wraps a call in (Gemini's code-execution format), just before the call. */
const PRINT_OPEN = /(?<![\w.])print\(\s*$/
/** Its closing parenthesis, just after the call. */
const PRINT_CLOSE = /^\s*\)/

/**
 * Calls written the way Python-trained local models write them:
 * `query_db(query="SELECT …")`, `calculator(expression='45*60')`, `read_file("vault_specs.txt")`,
 * and Gemma 3's `print(default_api.calculator(expression="…"))`, whose `print( … )` and
 * `default_api.` go with the call. Only names of the agent's own tools count, so prose such as
 * "wait(a bit)" stays prose, and so does another object's method (`team.calculator(…)`).
 */
export function pythonStyleCalls(text: string, tools: readonly AgentTool[]): PythonCall[] {
  const calls: PythonCall[] = []
  if (tools.length === 0) return calls
  const names = tools.map((t) => t.name.replace(/[^A-Za-z0-9_]/g, '')).filter(Boolean)
  const opener = new RegExp(`(?<![\\w.])(?:default_api\\.)?(${names.join('|')})\\s*\\(`, 'g')
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const tool = tools.find((t) => t.name === match?.[1])
    if (!tool) continue
    const parsed = argumentList(text, match.index + match[0].length - 1, tool)
    if (!parsed) continue
    const printed = PRINT_OPEN.exec(text.slice(Math.max(0, match.index - 20), match.index))
    const closing = printed ? PRINT_CLOSE.exec(text.slice(parsed.end)) : null
    const start = closing ? match.index - printed![0].length : match.index
    const end = closing ? parsed.end + closing[0].length : parsed.end
    calls.push({ name: tool.name, arguments: JSON.stringify(parsed.args), start, end })
    opener.lastIndex = end
  }
  return calls
}
