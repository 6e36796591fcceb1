import type { DetectionResult } from '@heist/shared/contracts/detection'
import { api } from './api.js'
import type { Charts } from './charts.js'
import { errorText, refreshButton } from './controls.js'
import { byId, newestWins, pct, pctApart } from './dom.js'
import type { Log } from './log.js'
import { fieldStatus, toast } from './toast.js'

/**
 * The detector's verdict on the session shown: the summary line and the suspicion chart. Three
 * sources paint it: the session's detail (asked when the session is chosen), a detection the user
 * runs ("running…", then its result or error) and detection frames. Each paints only if nothing
 * asked or received after it has painted: a detail asked before a detection ran never undoes it.
 */
export function createDetectionView(charts: Charts, log: Log, current: () => string | null) {
  const summary = byId('detection-summary')
  const order = newestWins()
  /** Sessions whose detection request is still out: their summary says "running" whenever they are shown. */
  const detecting = new Set<string>()
  const button = byId<HTMLButtonElement>('btn-detect')

  /**
   * The button is per session: it says "running" (and is disabled) while the session shown has a
   * detection out, and stays usable on every other session meanwhile.
   */
  function paintButton(): void {
    const id = current()
    const running = id !== null && detecting.has(id)
    button.dataset.busy = String(running)
    refreshButton(button)
    button.textContent = running ? '🤖 detection running…' : '🤖 run detection'
  }

  function paintResult(result: DetectionResult | null): void {
    charts.suspicion(result)
    summary.dataset.state = result ? 'done' : ''
    if (!result) return void (summary.textContent = '')
    // suspect null is the detector's "nobody" verdict: no score clears the calibrated threshold, so it calls this a control game.
    const [score, threshold] = result.threshold === undefined ? [pct(result.confidence), undefined] : pctApart(result.confidence, result.threshold)
    const bar = threshold === undefined ? '' : ` (accuses above ${threshold})`
    const verdict = result.suspect === null
      ? `suspects nobody: top score ${score}${bar}, it calls this a control game`
      : `suspects ${result.suspect} with confidence ${score}${bar}`
    summary.textContent = `detector (${result.mode === 'hybrid' ? 'rules + model' : 'rules only'}): ${verdict} · ${result.message_count} messages`
  }

  function paintRunning(): void {
    summary.dataset.state = 'pending'
    summary.textContent = 'detection running… (the detector reads the transcript and asks the model; up to two minutes)'
  }

  /** Paints now, as the newest word, if `id` is the session shown. */
  const paintNow = (id: string, paint: () => void) => {
    if (current() === id && order.begin()()) paint()
  }

  /** The summary line says "running" only until the request ends, with a result or its error. */
  async function run(id: string): Promise<void> {
    detecting.add(id)
    paintNow(id, paintRunning)
    paintButton()
    try {
      const result = await api<DetectionResult>('POST', `/api/sessions/${encodeURIComponent(id)}/detect`, undefined, { long: true })
      log.add(`detection on ${id}: ok`, 'ok')
      paintNow(id, () => paintResult(result))
    } catch (error) {
      const text = `detection failed: ${errorText(error)}`
      paintNow(id, () => {
        summary.dataset.state = 'error'
        summary.textContent = text
      })
      log.add(`${id}: ${text}`, 'error')
      toast(text)
    } finally {
      detecting.delete(id)
      paintButton()
    }
  }

  button.addEventListener('click', () => {
    const id = current()
    if (!id) return fieldStatus('game-status', 'run detection: choose a session first', 'error')
    void run(id)
  })

  return {
    /** A session was chosen: nothing of the one before is left; "running" (summary and button) if this one's detection is still out. */
    reset(id: string): void {
      paintNow(id, () => (detecting.has(id) ? paintRunning() : paintResult(null)))
      paintButton()
    },
    /**
     * For a request about `id` sent now (its detail, then its latest result): the returned function
     * paints the answer unless a detection on `id` is out (its own reply paints) or something newer painted.
     */
    asked(id: string): (result: DetectionResult | null) => void {
      const paint = order.begin()
      return (result) => {
        if (current() === id && !detecting.has(id) && paint()) paintResult(result)
      }
    },
    /** A result the dashboard pushed (this browser's detection, another's, or the detection service's own). */
    pushed(result: DetectionResult): void {
      paintNow(result.session_id, () => paintResult(result))
    },
  }
}
export type DetectionView = ReturnType<typeof createDetectionView>
