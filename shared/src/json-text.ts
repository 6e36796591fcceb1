/** JSON objects inside a model's prose: what small local models write around their JSON. */

/** Where the bracketing opened at `start` closes (exclusive), counting only `opens` and `closes`, or -1; brackets inside strings are skipped. */
function balancedEnd(text: string, start: number, opens: string, closes: string): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (opens.includes(ch)) depth++
    else if (closes.includes(ch) && --depth === 0) return i + 1
  }
  return -1
}

/**
 * The end (exclusive) of the balanced JSON object that starts with `{` at `start`, or -1; braces
 * inside strings are skipped.
 */
export const jsonObjectEnd = (text: string, start: number): number => balancedEnd(text, start, '{', '}')

/** The end (exclusive) of the JSON list that opens with `[` at `start` (its objects' braces counted too), or -1. */
export const jsonListEnd = (text: string, start: number): number => balancedEnd(text, start, '[{', ']}')

/**
 * `text` parsed as JSON, or undefined when it is not JSON (a model's malformed arguments, a torn line
 * at a log window's start): for callers that treat "not JSON" as "nothing here" and try something else.
 */
export function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The first complete JSON object in a text, parsed: fenced anywhere, after a preface ("Here you
 * go:") or followed by a sentence. Undefined when there is none.
 */
export function firstJsonObject(text: string): unknown {
  for (const json of jsonObjects(text)) return json
  return undefined
}

/**
 * Every complete JSON object in a text, parsed, in the order of their opening braces (objects nested in
 * an earlier one included), until a brace that never closes. One pass over the braces: a caller that
 * wants the first object of some shape iterates this instead of calling `firstJsonObject` again after
 * each brace (that was cubic in nested braces: 8.8 s of CPU for a 2,000-character answer).
 */
export function* jsonObjects(text: string): Generator<unknown> {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    const end = jsonObjectEnd(text, start)
    if (end < 0) return
    let json: unknown
    try {
      json = JSON.parse(text.slice(start, end))
    } catch {
      // prose with braces from here: try the next brace
      continue
    }
    yield json
  }
}
