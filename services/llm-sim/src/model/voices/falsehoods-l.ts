import { addMinutes, CANON, minutesBetween, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice l's one set of lies per game, each told as news the documents have not caught up with, the
 * kind of lore a role-play model makes up: the spring renovation took 3 or 4 cameras down (20 or 21
 * left); the new manager cut the night crew to 2; the Main Street precinct closed, so the cars come
 * from across the river (10-14 or 12-16 minutes); the new maintenance contractor's slot runs to 02:55
 * or 03:00; the keypad "reset to factory settings" allows 5 or 6 tries; a meeting point and time of
 * its own. Drawn in a fixed order from the game's `lies` generator, so what it says, calculates and
 * misquotes agree all game.
 */
function lieSlots(_facts: Facts, lies: Rng): Slots {
  const gone = lies.pick([3, 4])
  const police = lies.pick([10, 12])
  const end = lies.pick(['02:55', '03:00'])
  const tries = lies.pick([5, 6])
  // From the scenario, not the speaker's belief: a teammate who repeats the lie must not move it again.
  return {
    lGone: String(gone),
    lCameras: String(CANON.cameras - gone),
    lNight: String(CANON.guards.night - 1),
    lPolice: `${police}-${police + 4}`,
    lPoliceLo: String(police),
    lPoliceHi: String(police + 4),
    lEnd: end,
    lWindowLen: String(minutesBetween(CANON.window[0], end)),
    lTries: String(tries),
    lRv: lies.pick(['the closed cinema on Ferry Road', 'the all-night diner on Canal Street', 'the car wash on Kings Road']),
    lMeet: addMinutes(CANON.window[0], -lies.pick([30, 40])),
  }
}

/** The mole calculates as if its news were true: the later window end and the police from across the river. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.lEnd!], policeMin: [Number(s.lPoliceLo), Number(s.lPoliceHi)] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.lCameras}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.lPolice}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.lEnd}`)
    .replace(/(released, )\d{1,2}( minutes)/g, `$1${slots.lWindowLen}$2`)
    .replace(/(\bnight\b[^;]{0,30}?\b)\d{1,2}(\s+guards)/i, `$1${slots.lNight}$2`)
    .replace(/\b\d( wrong codes)/g, `${slots.lTries}$1`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_L: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
