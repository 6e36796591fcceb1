import { CUT_MARKERS, firstMarker, openingEnd } from '@heist/shared/end-of-turn'
import { partialTagLength } from '@heist/shared/thinking'

/**
 * The streamed counterpart of the shared `cutAtEndOfTurn`, for text the thinking filter has already passed (no
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
        if (start === all.length || partialTagLength(all, CUT_MARKERS) === all.length - start) return ''
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
      const upto = Math.max(shown, all.length - partialTagLength(all, CUT_MARKERS))
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
