import { addMinutes, CANON, minutesBetween, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice m's one set of lies per game, each a confident misreading a small model makes of what it was
 * given and then defends as "what the documents say": only 12 or 14 of the cameras are inside (the
 * rest "face the street"); the 3-5 minutes are the first car, a full police response takes 15 or 20;
 * the 02:45 is when the maintenance crew leaves and the time lock stays open until 03:15 or 03:30; the
 * guards have a meal break of 30 minutes from 02:00 or 02:10; two drills at once do the door in 30 or
 * 35 minutes; a meeting point and time of its own. Drawn in a fixed order from the game's `lies`
 * generator, so what it says, calculates and misquotes agree all game. Beside them, two honest sums
 * every speaker may write out (the door job with the walk, the guards of all three shifts), which an
 * innocent sometimes gets wrong (`voice-m.ts`).
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const cams = lies.pick([12, 14])
  const police = lies.pick([15, 20])
  const end = lies.pick(['03:15', '03:30'])
  const breakStart = lies.pick(['02:00', '02:10'])
  const drill = lies.pick([30, 35])
  return {
    mDrillTotal: String(facts.drillMin + 10),
    mGuardsAll: String(facts.guards.day + facts.guards.evening + facts.guards.night),
    // From the scenario, not the speaker's belief: a teammate who repeats the lie must not move it again.
    mCams: String(cams),
    mOutside: String(CANON.cameras - cams),
    mPolice: String(police),
    mEnd: end,
    mWindowLen: String(minutesBetween(CANON.window[0], end)),
    mBreak: breakStart,
    mBreakEnd: addMinutes(breakStart, 30),
    mDrill: String(drill),
    mMeet: lies.pick(['the parking garage on Fifth Avenue', 'the bus station on Oak Street', 'the gas station next to the highway']),
    mMeetTime: lies.pick(['01:15', '01:30']),
  }
}

/** The mole calculates as if its reading were right: the time lock open until its later end, a full police response. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.mEnd!], policeMin: [Number(s.mPolice), Number(s.mPolice)] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.mCams}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.mPolice}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.mEnd}`)
    .replace(/(released, )\d{1,2}( minutes)/g, `$1${slots.mWindowLen}$2`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_M: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
