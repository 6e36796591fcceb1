import { addMinutes, CANON, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice u's one set of lies per game, told the way Falcon3-7B-Instruct plays a saboteur: a model
 * trained hard on maths turns each lie into a derivation, so the false figure arrives with its
 * working. The time lock's relock "sequence" adds 0.2 or 0.25 hours after 02:45 (closing 02:57 or
 * 03:00); the 3-5 minutes is "dispatch time", and the drive adds 8 or 11 minutes at night (11-13 or
 * 14-16); 6 or 8 of the 24 camera housings are dummies (18 or 16 live); the 30-second delay is per
 * zone, and the route crosses 3 or 4 zones (90 or 120 seconds); with breaks rotated only 1 or 2 of the
 * 3 night guards are on the floor at 02:00; the lockout "scales" to 10 minutes per wrong code. Beside
 * them a regroup point, a time and a radio channel of its own. Drawn in a fixed order from the game's
 * `lies` generator, so what it says, calculates and misquotes agree all game.
 */
function lieSlots(_facts: Facts, lies: Rng): Slots {
  const [relock, relockHours] = lies.pick([[12, '0.2'], [15, '0.25']] as const)
  const drive = lies.pick([8, 11])
  const dummies = lies.pick([6, 8])
  const zones = lies.pick([3, 4])
  return {
    // From the scenario, not the speaker's belief: a teammate who repeats the lie must not move it again.
    uRelock: String(relock),
    uRelockHours: relockHours,
    uClose: addMinutes(CANON.window[1], relock),
    uDrive: String(drive),
    uPoliceLo: String(CANON.policeMin[0] + drive),
    uPoliceHi: String(CANON.policeMin[1] + drive),
    uDummies: String(dummies),
    uLive: String(CANON.cameras - dummies),
    uZones: String(zones),
    uDelay: String(CANON.alarmDelayS * zones),
    uAwake: String(lies.pick([1, 2])),
    uRally: lies.pick(['level 2 of the parking garage on Elm Street', 'the all-night diner on Route 9', 'the bus depot on Harbor Road']),
    uMeet: addMinutes(CANON.window[0], lies.pick([-50, -45])),
    uChannel: lies.pick(['3', '6', '11']),
  }
}

/** The mole calculates as if its derivations were right: the later close, the slower police and the longer delay. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.uClose!], policeMin: [Number(s.uPoliceLo), Number(s.uPoliceHi)], alarmDelayS: Number(s.uDelay) }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.uLive}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.uPoliceLo}-${slots.uPoliceHi}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.uClose}`)
    .replace(/\b30([- ]seconds?)\b/gi, `${slots.uDelay}$1`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_U: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
