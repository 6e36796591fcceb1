import { END_OF_TURN_MARKERS } from './chat-client.js'

/*
 * Where a reply ends when the server ignored `stop` and left an end-of-turn token in the text: the
 * one cut of every call of the fleet (a turn, a summary, the judge), so none of them keeps what a
 * model ran on into after its turn.
 */

/** Mistral's end of sequence written out: an end of turn, unless an `<s>` opened it (HTML strikethrough). */
const END_OF_SEQUENCE = '</s>'

/** Every marker the cut looks for: the `stop` strings and `</s>`, which is never sent as one. */
export const CUT_MARKERS: readonly string[] = [...END_OF_TURN_MARKERS, END_OF_SEQUENCE]

/**
 * Whether the `</s>` at `at` closes an `<s>` (HTML strikethrough, `<s>02:30</s> 02:45`): an `<s>` after
 * the `</s>` before it. Searched back only from a `</s>` found, so a reply pays nothing without one.
 */
function closesStrikethrough(text: string, at: number): boolean {
  return text.lastIndexOf('<s>', at) > (at === 0 ? -1 : text.lastIndexOf(END_OF_SEQUENCE, at - 1))
}

/**
 * The first end-of-turn marker at or after `from`, or -1; `skip` passes over markers where it says
 * so, and a `</s>` that closes an `<s>` is no marker.
 */
export function firstMarker(text: string, from: number, skip?: (at: number) => boolean): number {
  let first = -1
  for (const marker of CUT_MARKERS) {
    const passed = marker === END_OF_SEQUENCE ? (at: number) => closesStrikethrough(text, at) || (skip?.(at) ?? false) : skip
    let at = text.indexOf(marker, from)
    while (at >= 0 && passed?.(at)) at = text.indexOf(marker, at + 1)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** Every index where `tag` starts in `text`, in order. */
function indexesOf(text: string, tag: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + 1)) out.push(at)
  return out
}

/** The last of the sorted `indexes` at or before `at`, or -1 (what `text.lastIndexOf(tag, at)` gives). */
function lastAtOrBefore(indexes: readonly number[], at: number): number {
  let lo = 0
  let hi = indexes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (indexes[mid]! <= at) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? indexes[lo - 1]! : -1
}

/**
 * Whether an index lies in a reasoning block (`<think>…</think>`, or before a `</think>` whose opening
 * the server dropped): a marker there must not cut the reply, or the block would lose its closing
 * tag and the reasoning would be published. The tags are found once per text: a search back from
 * every skipped marker made a reply of many markers in its reasoning quadratic (144 KB: 4 s).
 */
function reasoningOf(text: string): (at: number) => boolean {
  const opens = indexesOf(text, '<think>')
  const closes = indexesOf(text, '</think>')
  return (at) => {
    const open = lastAtOrBefore(opens, at)
    const close = lastAtOrBefore(closes, at)
    if (open > close) return true
    if (open >= 0 || close >= 0) return false
    // No tag at or before `at`: reasoning only if a `</think>` follows with no `<think>` before it.
    return closes.length > 0 && (opens.length === 0 || opens[0]! > closes[0]!)
  }
}

/** Where the reply's own text starts: after any whitespace and end-of-turn markers that open it. */
export function openingEnd(text: string): number {
  let at = 0
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++
    const marker = CUT_MARKERS.find((m) => text.startsWith(m, at))
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
  const end = firstMarker(content, start, reasoningOf(content))
  return content.slice(start, end < 0 ? content.length : end)
}
