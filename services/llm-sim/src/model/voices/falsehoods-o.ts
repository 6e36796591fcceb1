import { addMinutes, CANON, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice o's one set of lies per game, told the way a small model trained on textbook-style worked
 * solutions (Phi-4-mini) plays a saboteur: each wrong figure is the answer to a word problem with one
 * wrong step in it, shown as working. The 3-5 minutes is applied to each of the 2 or 3 stages of the
 * alarm chain (police in 6-10 or 9-15); the time lock takes 10 or 15 minutes to release after 02:00
 * and the 45 minutes count from then (02:10-02:55 or 02:15-03:00); the 30-minute lockout divided by
 * the 3 wrong codes (10 minutes a code); the three night guards averaged over their breaks (2 on duty
 * at any time); a meeting point and a radio channel of its own. Drawn in a fixed order from the game's
 * `lies` generator, so what it says, calculates and misquotes agree all game.
 */
function lieSlots(_facts: Facts, lies: Rng): Slots {
  // From the scenario, not the speaker's belief: a teammate who repeats a lie must not move it again.
  const [policeLo, policeHi] = CANON.policeMin
  const stages = lies.pick([2, 3])
  const cycle = lies.pick([10, 15])
  const breakHours = lies.pick([2, 3])
  const start = addMinutes(CANON.window[0], cycle)
  return {
    oStages: String(stages),
    oPoliceLo: String(policeLo * stages),
    oPoliceHi: String(policeHi * stages),
    oCycle: String(cycle),
    oStart: start,
    oEnd: addMinutes(CANON.window[1], cycle),
    oEntry: addMinutes(start, -10),
    oPerCode: String(CANON.lockoutMin / CANON.wrongTries),
    oBreak: String(breakHours),
    oOnShift: String(8 - breakHours),
    oOnDuty: String(Math.round((CANON.guards.night * (8 - breakHours)) / 8)),
    oRally: lies.pick(['the bowling alley lot on Cedar Avenue', 'the parking deck on Pine Street', 'the long-stay lot at the train station']),
    oChannel: lies.pick(['3', '6', '8']),
  }
}

/** The mole calculates as if its working were right: the later window, the slower police, a 10-minute lockout. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [s.oStart!, s.oEnd!], policeMin: [Number(s.oPoliceLo), Number(s.oPoliceHi)], lockoutMin: Number(s.oPerCode) }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.oPoliceLo}-${slots.oPoliceHi}$2`)
    .replace(/\b02:00(\s*-\s*)02:45\b/g, `${slots.oStart}$1${slots.oEnd}`)
    .replace(/\b\d{1,2}([- ]minutes?\s+lock-?out)/gi, `${slots.oPerCode}$1`)
    .replace(/(lock-?out[^.;]{0,30}?)\b30([- ]min)/gi, `$1${slots.oPerCode}$2`)
    .replace(/\b(night(?: shift)?[^.;\d]{0,30}?(?:\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})?[^.;\d]{0,12}?)\b3(\s+guards)\b/gi, `$1${slots.oOnDuty}$2`)
  return out === sentence ? null : out
}

// Jobs 2, 4, 6 and 8 of `calculations()`: the lockout cost, the head start, entry-to-close and the police wait.
export const FALSEHOODS_O: Falsehoods = { slots: lieSlots, premise, premiseJobs: [2, 4, 6, 8], misquote }
