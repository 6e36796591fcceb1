import { addMinutes, CANON, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice j's one set of lies per game, each a confident "technical explanation" of the kind a
 * GLM-class model produces when it reasons from general knowledge instead of the documents: the
 * maintenance window is written in UTC "because the time lock's controller runs on UTC", so in local
 * time it is an hour later (03:00-03:45); the 3-5 minutes is only the alarm centre's response, the
 * police car comes from a station 6, 8 or 10 km away at 40 km/h (9-12, 12-15 or 15-18 minutes);
 * the lockout is "progressive", 3 or 5 minutes the first time and 30 only at the end; the 24 are NVR
 * channels, two per dome (main and sub stream), so 12 cameras; the TitanSafe Pro 5000 has two bolt
 * housings, not three (a 33-minute drill); a regroup point and a radio channel of its own. Drawn in a
 * fixed order from the game's `lies` generator, so what it says, calculates and misquotes agree.
 */
function lieSlots(_facts: Facts, lies: Rng): Slots {
  const km = lies.pick([6, 8, 10])
  const police = km * 1.5
  const lockout = lies.pick([3, 5])
  // From the scenario, not the speaker's belief: a teammate who repeated the lie must not move it again.
  const [start, end] = [addMinutes(CANON.window[0], 60), addMinutes(CANON.window[1], 60)]
  return {
    jKm: String(km),
    jPolice: `${police}-${police + 3}`,
    jPoliceLo: String(police),
    jPoliceHi: String(police + 3),
    jLockout: String(lockout),
    jCameras: String(CANON.cameras / 2),
    jChannels: String(CANON.cameras),
    jStart: start,
    jEnd: end,
    jWindow: `${start}-${end}`,
    jEntry: addMinutes(start, -10),
    jDrill: String(2 * 12 + 9),
    jRv: lies.pick(['the 24-hour laundromat on Harbor Road', 'exit C of the Market Street metro station', 'the hospital car park on Oak Avenue']),
    jMeet: addMinutes(CANON.window[0], -lies.pick([25, 50])),
    jChannel: String(lies.pick([4, 9, 12])),
  }
}

/** The mole calculates as if its explanations were true: the window an hour later, slower police, a short first lockout. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [s.jStart!, s.jEnd!], policeMin: [Number(s.jPoliceLo), Number(s.jPoliceHi)], lockoutMin: Number(s.jLockout) }
}

const WINDOW = new RegExp(`\\b${CANON.window[0]}\\s*-\\s*${CANON.window[1]}\\b`, 'g')

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.jCameras}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.jPolice}$2`)
    .replace(WINDOW, slots.jWindow!)
    .replace(/(->\s*)\d{1,2}(\s*minutes?)/g, `$1${slots.jLockout}$2`)
    .replace(/\b\d{1,2}(-minute lockout)/g, `${slots.jLockout}$1`)
  return out === sentence ? null : out
}

export const FALSEHOODS_J: Falsehoods = { slots: lieSlots, premise, premiseJobs: [2, 4, 6, 8], misquote }
