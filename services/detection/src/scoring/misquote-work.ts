/**
 * The bounded work of the misquote check (misquotes.ts): a budget of steps per session, shared out
 * among its speakers, so no transcript can make one POST /detect cost seconds of CPU.
 */
/**
 * Steps (lines reached through a word, figures compared) one session may spend here. A development
 * game takes at most a few thousand; a transcript built to be slow stops at this many, and the
 * misquotes found before it are kept. With the cap above, the work is linear in the transcript below
 * the budget and bounded above it.
 */
export const MISQUOTE_BUDGET = 500_000

/**
 * The work one session's check has done, shared out among its speakers: each may spend an equal
 * share of the budget, so one verbose (or hostile) agent that spends its own share cannot leave the
 * mole, speaking later, unread. The total stays within the budget: a step that would take a speaker
 * past its share is not taken.
 */
export class MisquoteWork {
  steps = 0
  /** Whether any speaker stopped at its share. */
  exhausted = false
  /** The speakers that stopped at their share. */
  readonly stopped = new Set<string>()
  private share: number
  private readonly bySpeaker = new Map<string, number>()
  constructor(readonly budget = MISQUOTE_BUDGET) {
    this.share = budget
  }
  /** Share the budget among this many speakers. */
  shareAmong(speakers: number): void {
    this.share = Math.floor(this.budget / Math.max(1, speakers))
  }
  /** Count `n` steps of `speaker`'s; false (and nothing counted) once they would pass its share. */
  spend(speaker: string, n: number): boolean {
    const used = this.bySpeaker.get(speaker) ?? 0
    if (this.stopped.has(speaker) || used + n > this.share) {
      this.stopped.add(speaker)
      this.exhausted = true
      return false
    }
    this.bySpeaker.set(speaker, used + n)
    this.steps += n
    return true
  }
}
