const OPEN = '<think>'
const CLOSE = '</think>'

/** How much of `text`'s end could be the start of one of `tags` (so it is held back until the next chunk). */
export function partialTagLength(text: string, tags: readonly string[]): number {
  const longest = Math.max(...tags.map((t) => t.length))
  for (let n = Math.min(longest - 1, text.length); n > 0; n--) {
    const end = text.slice(-n)
    if (tags.some((t) => t.length > n && t.startsWith(end))) return n
  }
  return 0
}

/**
 * Drops `<think>…</think>` blocks from streamed text as it arrives. A reasoning model writes its
 * chain of thought there, and the mole's would spell out its secret instructions in public
 * `token_delta` frames; the final message already strips it (`stripThinking`).
 */
export function createThinkingFilter() {
  let inside = false
  let held = ''
  return {
    /** The visible part of `chunk`, possibly empty; a tag split across chunks is held back. */
    push(chunk: string): string {
      let text = held + chunk
      held = ''
      let visible = ''
      for (;;) {
        const tag = inside ? CLOSE : OPEN
        const at = text.indexOf(tag)
        if (at < 0) break
        if (!inside) visible += text.slice(0, at)
        text = text.slice(at + tag.length)
        inside = !inside
      }
      const keep = partialTagLength(text, [inside ? CLOSE : OPEN])
      held = text.slice(text.length - keep)
      if (!inside) visible += text.slice(0, text.length - keep)
      return visible
    },
    /** What is still held at the end of the reply (a partial tag that never completed). */
    end(): string {
      const rest = inside ? '' : held
      held = ''
      return rest
    },
  }
}
