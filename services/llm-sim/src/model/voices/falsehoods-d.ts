import { addMinutes, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice d's one set of lies per game, drawn in a fixed order from the game's `lies` generator so
 * the slots, the premise and the misquotes agree with each other: the mole who says the window
 * runs to 03:15 also calculates with it and quotes the documents that way. They stay close to the
 * truth (a few cameras fewer, police a few minutes slower, a real place named as a blind spot).
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  return {
    fewCameras: String(Math.max(4, facts.cameras - lies.pick([4, 6, 8]))),
    fewGuards: String(Math.max(1, facts.guards.night - 1)),
    slowPolice: String(lies.pick([8, 10, 12])),
    longDelay: String(lies.pick([45, 60, 90])),
    shortFootage: String(lies.pick([14, 30])),
    fastDrill: String(Math.max(10, facts.drillMin - lies.pick([12, 15, 18]))),
    lateStart: addMinutes(facts.window[0], lies.pick([10, 15, 20])),
    earlyEntry: addMinutes(facts.window[0], -lies.pick([25, 40])),
    wrongShift: lies.pick(['23:30', '00:30', '01:00']),
    manyTries: String(facts.wrongTries + lies.pick([2, 3])),
    otherPerson: lies.pick(['Thomas Brown', 'Sarah Miller', 'Maria Rodriguez']),
    lateEnd: addMinutes(facts.window[1], lies.pick([15, 20, 30])),
    shortLockout: String(lies.pick([10, 15])),
    // Places the security summary lists with cameras, named as blind spots.
    wrongBlind: lies.pick(['freight lift lobby', 'stairwell A landing', 'B-1 corridor']),
    skipRound: lies.pick(['01:30', '02:30']),
  }
}

/** The mole calculates with its own lies: slower police, a longer sensor delay, a later window end. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  const police = Number(s.slowPolice)
  return { ...facts, policeMin: [police, police + 3], alarmDelayS: Number(s.longDelay), window: [facts.window[0], s.lateEnd!] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const police = Number(slots.slowPolice)
  const swaps: [RegExp, string][] = [
    [/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.fewCameras}$1`],
    // Only the night's count: the other shifts' figures stay true, as a careful liar leaves them.
    [/(\bnight\b[^;.]{0,30}?)\b\d{1,2}(\s+guards)\b/gi, `$1${slots.fewGuards}$2`],
    [/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${police}-${police + 3}$2`],
    [/(wrong codes?\s*(?:->|→|triggers?|=)\s*(?:an?\s+)?)\d{1,3}/gi, `$1${slots.shortLockout}`],
    [/\b\d{1,3}(-minute lockout)/gi, `${slots.shortLockout}$1`],
    [/(alarm delay[^.;\d]{0,20})\d{1,3}(\s*s(?:econds?)?\b)/gi, `$1${slots.longDelay}$2`],
  ]
  let out = sentence
  if (slots.window && slots.wStart && slots.lateEnd) out = out.split(slots.window).join(`${slots.wStart}-${slots.lateEnd}`)
  for (const [pattern, replacement] of swaps) out = out.replace(pattern, replacement)
  if (slots.nightSup && slots.otherPerson) out = out.split(slots.nightSup).join(slots.otherPerson)
  return out === sentence ? null : out
}

export const FALSEHOODS_D: Falsehoods = { slots: lieSlots, premise, premiseJobs: [4, 8, 1], misquote }
