/**
 * A pure function of a string, remembered for the strings seen lately. A session re-sends the same
 * messages turn after turn (the prompt, the history, the tool results), so the simulator, the
 * tokenizer and the judge meet each text many times. The cache is dropped whole when it is full:
 * simpler than an LRU, and a session's texts are back in it after one turn.
 *
 * The value is shared between callers: return something immutable (a number, a frozen object, a
 * map nobody writes to).
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 4096): ((text: string) => T) & { remembers(text: string): boolean } {
  const cache = new Map<string, T>()
  const remembered = (text: string): T => {
    const known = cache.get(text)
    if (known !== undefined || cache.has(text)) return known as T
    const value = fn(text)
    if (cache.size >= limit) cache.clear()
    cache.set(text, value)
    return value
  }
  // What a caller could time (a remembered text answers faster): tests check that no secret is kept.
  return Object.assign(remembered, { remembers: (text: string) => cache.has(text) })
}
