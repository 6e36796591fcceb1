import { addMinutes, CANON, minutesBetween, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice p's one set of lies per game, told the way Gemma 3 plays a saboteur: as a helpful "insider
 * tip" it has worked out, with bold emphasis and a little arithmetic to show its working. The
 * maintenance window is 45 minutes from the technician's sign-in (02:10 or 02:15), so it really closes
 * at 02:55 or 03:00; an unconfirmed sensor alarm is a low-priority call, so police take 10-14 or 12-15
 * minutes; the 24 cameras count the 4 or 6 in the car park across the street (20 or 18 on the building);
 * the third night guard is shared with the office tower next door (2 in the building); the keypad's
 * wrong-code counter resets after 10 or 15 minutes; cobalt bits do a bolt housing in 8 or 9 minutes
 * (a 33- or 36-minute door); the corridor cameras pan with a 20- or 25-second gap; its own rally
 * point, radio channel and meeting time. Drawn in a fixed order from the game's `lies` generator, so
 * what it says, calculates and misquotes agree all game.
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const signIn = lies.pick(['02:10', '02:15'])
  const end = addMinutes(signIn, 45)
  const carPark = lies.pick([4, 6])
  const [policeLo, policeHi] = lies.pick([[10, 14], [12, 15]] as const)
  const reset = lies.pick([10, 15])
  const bolt = lies.pick([8, 9])
  return {
    pSignIn: signIn,
    pEnd: end,
    // From the scenario, not the speaker's belief: a teammate who repeats a lie must not move it again.
    pWindowLen: String(minutesBetween(CANON.window[0], end)),
    pCarPark: String(carPark),
    pCameras: String(CANON.cameras - carPark),
    pPoliceLo: String(policeLo),
    pPoliceHi: String(policeHi),
    pGuards: String(CANON.guards.night - 1),
    pReset: String(reset),
    pBolt: String(bolt),
    pDrill: String(3 * bolt + 9),
    pSweep: String(lies.pick([20, 25])),
    pRally: lies.pick(['the bowling alley lot on Carver Street', 'the marina car park on Dock Road', 'the 24-hour pharmacy on Grant Avenue']),
    pChannel: lies.pick(['5', '8', '14']),
    pMeet: addMinutes(facts.window[0], -lies.pick([35, 40])),
  }
}

/** The mole calculates as if its tips were right: the later close and the low-priority police. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.pEnd!], policeMin: [Number(s.pPoliceLo), Number(s.pPoliceHi)] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.pCameras}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.pPoliceLo}-${slots.pPoliceHi}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.pEnd}`)
    .replace(/(night[^.;]{0,40}?)\b\d(,?\s+guards)\b/gi, `$1${slots.pGuards}$2`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_P: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
