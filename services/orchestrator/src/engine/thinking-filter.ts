const OPEN = '<think>'
const CLOSE = '</think>'

/** How much of `text`'s end could be the start of `tag` (so it is held back until the next chunk). */
function partialTagAt(text: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) if (tag.startsWith(text.slice(-n))) return n
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
      const keep = partialTagAt(text, inside ? CLOSE : OPEN)
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
