import { END_OF_TURN_MARKERS } from './chat-client.js'

/*
 * Where a reply ends when the server ignored `stop` and left an end-of-turn token in the text: the
 * one cut of every call of the fleet (a turn, a summary, the judge), so none of them keeps what a
 * model ran on into after its turn.
 */

/**
 * The first end-of-turn marker at or after `from`, or -1; `skip` passes over markers where it says
 * so.
 */
export function firstMarker(text: string, from: number, skip?: (at: number) => boolean): number {
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
 * tag and the reasoning would be published.
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

/** Where the reply's own text starts: after any whitespace and end-of-turn markers that open it. */
export function openingEnd(text: string): number {
  let at = 0
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++
    const marker = END_OF_TURN_MARKERS.find((m) => text.startsWith(m, at))
    if (!marker) return at
    at += marker.length
  }
}

/**
 * The part of a reply the model meant as its turn: markers that open it are skipped, the first one
 * after them (outside a reasoning block) ends it.
 */
export function cutAtEndOfTurn(content: string): string {
  const start = openingEnd(content)
  const end = firstMarker(content, start, (at) => inReasoning(content, at))
  return content.slice(start, end < 0 ? content.length : end)
}
