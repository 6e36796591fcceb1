import { addMinutes, CANON, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice i's one set of lies per game, each an over-confident reading of a real line in the
 * documents, as a retrieval-trained model extrapolates from what it was shown: the time lock is
 * "released for servicing", so the lock is "in service mode" during the window and its lockout is
 * 5 or 10 minutes, not 30; the "3-5 minutes" of the alarm line is SecureNet's dispatch time, so a
 * car "arrives" in 9-12, 10-13 or 12-15; the dock cameras are "budgeted but not yet installed", so
 * the total of 24 "counts" 3 or 4 that are not up (21 or 20); one night guard (Thomas Brown or James
 * Williams) is on a split shift and leaves at 02:00 (two on site); a regroup point and an arrival
 * time of its own. A quoted night row gains "(2 from 02:00)". Drawn in a fixed order from the game's `lies` generator, so what it says,
 * calculates and misquotes agree all game.
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const lockout = lies.pick([5, 10])
  const police = lies.pick([9, 10, 12])
  const budgeted = lies.pick([3, 4])
  return {
    iLockout: String(lockout),
    iPolice: `${police}-${police + 3}`,
    iPoliceLo: String(police),
    iPoliceHi: String(police + 3),
    iBudgeted: String(budgeted),
    // From the scenario's total, not the speaker's belief: a teammate's slip must not change the story.
    iCameras: String(CANON.cameras - budgeted),
    iAfter: String(Math.max(1, facts.guards.night - 1)),
    iSplit: lies.pick(['Thomas Brown', 'James Williams']),
    iRv: lies.pick(['the 24-hour gas station on Route 9', 'the park-and-ride off Exit 14', 'the parking garage on Fifth Avenue']),
    iMeet: addMinutes(facts.window[0], -lies.pick([30, 35, 40])),
  }
}

/** The mole calculates as if its readings were true: a service-mode lockout and police that take longer to arrive. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  const police = Number(s.iPoliceLo)
  return { ...facts, lockoutMin: Number(s.iLockout), policeMin: [police, police + 3] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.iCameras}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.iPolice}$2`)
    .replace(/(->\s*)\d{1,2}(\s*minutes?)/g, `$1${slots.iLockout}$2`)
    .replace(/\b\d{1,2}(-minute lockout)/g, `${slots.iLockout}$1`)
    // The night row gains the split shift, as a retrieval model adds a detail its source never gave.
    .replace(/(\bnight\b[^;]{0,30}?\b\d{1,2}\s+guards)(?! \()/i, `$1 (${slots.iAfter} from 02:00)`)
  return out === sentence ? null : out
}

export const FALSEHOODS_I: Falsehoods = { slots: lieSlots, premise, premiseJobs: [2, 4, 8], misquote }
