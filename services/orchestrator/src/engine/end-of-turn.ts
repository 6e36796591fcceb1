import { END_OF_TURN_MARKERS } from '@heist/shared/chat-client'
import { partialTagLength } from './thinking-filter.js'

// The shared list (every call of the fleet sends it as `stop`); a server that ignores `stop` leaves
// them in the text, and the turn ends at the first one.
/** The first marker at or after `from`, or -1; `skip` passes over markers where it says so. */
function firstMarker(text: string, from: number, skip?: (at: number) => boolean): number {
  let first = -1
  for (const marker of END_OF_TURN_MARKERS) {
    let at = text.indexOf(marker, from)
    while (at >= 0 && skip?.(at)) at = text.indexOf(marker, at + 1)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/**
 * Whether `at` lies in a reasoning block (`<think>…</think>`, or before a `</think>` whose opening
 * the server dropped): a marker there must not cut the reply, or the block would lose its closing
 * tag and `stripThinking` would publish the reasoning.
 */
function inReasoning(text: string, at: number): boolean {
  const open = text.lastIndexOf('<think>', at)
  const close = text.lastIndexOf('</think>', at)
  if (open > close) return true
  if (open >= 0 || close >= 0) return false
  const nextClose = text.indexOf('</think>', at)
  const firstOpen = text.indexOf('<think>')
  return nextClose >= 0 && (firstOpen < 0 || firstOpen > nextClose)
}

/** Where the turn's text starts: after any whitespace and markers that open the reply. */
function openingEnd(text: string): number {
  let at = 0
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++
    const marker = END_OF_TURN_MARKERS.find((m) => text.startsWith(m, at))
    if (!marker) return at
    at += marker.length
  }
}

/** The part of a reply the model meant as its turn: markers that open it are skipped, the first one after them ends it. */
export function cutAtEndOfTurn(content: string): string {
  const start = openingEnd(content)
  const end = firstMarker(content, start, (at) => inReasoning(content, at))
  return content.slice(start, end < 0 ? content.length : end)
}

/**
 * The streamed counterpart of `cutAtEndOfTurn`, for text the thinking filter has already passed (no
 * reasoning left in it): the deltas add up to what it keeps.
 */
export function createEndOfTurnFilter() {
  let all = ''
  let shown = 0
  let started = false
  let ended = false
  return {
    push(chunk: string): string {
      if (ended) return ''
      all += chunk
      if (!started) {
        const start = openingEnd(all)
        // Not known yet while what follows the opening is nothing, or could still be a marker.
        if (start === all.length || partialTagLength(all, END_OF_TURN_MARKERS) === all.length - start) return ''
        started = true
        shown = start
      }
      // What was shown ends before any marker could begin, so the search starts there.
      const at = firstMarker(all, shown)
      if (at >= 0) {
        ended = true
        const out = all.slice(shown, at)
        shown = at
        return out
      }
      const upto = Math.max(shown, all.length - partialTagLength(all, END_OF_TURN_MARKERS))
      const out = all.slice(shown, upto)
      shown = upto
      return out
    },
    /** What is still held at the end of the reply (a partial marker that never completed). */
    end(): string {
      if (ended) return ''
      const out = all.slice(started ? shown : openingEnd(all))
      shown = all.length
      return out
    },
  }
}
