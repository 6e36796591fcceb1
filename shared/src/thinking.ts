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

export interface ThinkingFilterOptions {
  /**
   * Hold the reply back until its first `</think>` (everything before it is reasoning) or its end:
   * for a model whose chat template opens the reasoning block in the prompt, which writes only the
   * closing tag (`ReasoningWatch`).
   */
  held?: boolean
}

/**
 * Drops reasoning from streamed text as it arrives: `<think>…</think>` blocks, and, held, whatever
 * comes before a first `</think>`. A reasoning model writes its chain of thought there, and the
 * mole's would spell out its secret instructions in public `token_delta` frames. What it lets
 * through adds up to `stripThinking` of the whole reply, the message the team keeps (but for a bare
 * `</think>`, see there).
 */
export function createThinkingFilter(options: ThinkingFilterOptions = {}) {
  let holding = options.held ?? false
  let inside = false
  let held = ''
  const pass = (chunk: string): string => {
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
  }
  return {
    /** The visible part of `chunk`, possibly empty; a tag split across chunks is held back. */
    push(chunk: string): string {
      if (!holding) return pass(chunk)
      held += chunk
      // Only a tag that ends inside this chunk is new: scanning all that is held each time would be quadratic.
      const close = held.indexOf(CLOSE, Math.max(0, held.length - chunk.length - CLOSE.length + 1))
      if (close < 0) return ''
      const rest = held.slice(close + CLOSE.length)
      holding = false
      held = ''
      return pass(rest)
    },
    /**
     * What is still held at the end of the reply: a partial tag that never completed, or, held, a
     * reply without `</think>` (the server parsed the reasoning away), unless it ended inside its
     * reasoning block (`unclosed`: cut at `max_tokens` or at a stop string, `ReasoningWatch.unclosed`):
     * an unclosed block is all reasoning, and nothing shows.
     */
    end(unclosed = false): string {
      if (holding) {
        holding = false
        const text = held
        held = ''
        if (unclosed) return ''
        const visible = pass(text)
        return visible + (inside ? '' : takeHeld())
      }
      return inside ? '' : takeHeld()
    },
  }
  function takeHeld(): string {
    const rest = held
    held = ''
    return rest
  }
}

/**
 * The visible part of a whole reply: what the fleet keeps (a turn's message, a memory summary, the
 * public token counts). As {@link createThinkingFilter} streams it, `<think>…</think>` blocks and an
 * unclosed `<think>` (a reply cut at `max_tokens` or at a stop string inside its reasoning) go, and
 * `held`, everything before the first `</think>`; a held reply with no `</think>` that ended inside its
 * block (`unclosed`) shows nothing. Beyond the stream, a `</think>` that no `<think>` opened drops all before it, held or not:
 * a model thought to write its own tags that writes only the closing one streamed that reply's
 * reasoning once (docs/security.md), but it is never kept.
 */
export function stripThinking(text: string, options: ThinkingFilterOptions & { unclosed?: boolean } = {}): string {
  const filter = createThinkingFilter(options)
  const visible = filter.push(text) + filter.end(options.unclosed)
  const bare = visible.lastIndexOf(CLOSE)
  return (bare < 0 ? visible : visible.slice(bare + CLOSE.length)).trim()
}
