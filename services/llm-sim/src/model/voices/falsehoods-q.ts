import { addMinutes, CANON, minutesBetween, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice q's one set of lies per game, told the way Qwen3 plays a saboteur: as "optimizations" of the
 * plan, each with a technical reason and a clause saying what it ensures. The time lock's relock
 * cycle starts at 02:45 and takes 8 or 12 minutes to finish, so the door is workable until 02:53 or
 * 02:57; the 3-5 minutes is SecureNet's verification call, and the patrol car needs 4 or 8 minutes
 * more (7-9 or 11-13); 5 or 7 of the 24 cameras are PTZ domes parked on their street preset at night
 * (19 or 17 watch the inside); the night supervisor is one of the 3 and never leaves the monitor room
 * (2 on the floor); pilot holes bring a bolt housing to 9 or 10 minutes (a 36- or 39-minute door); an
 * entry 25 or 30 minutes before the window "to pre-stage the gear"; its own rally point and radio
 * channel. Drawn in a fixed order from the game's `lies` generator, so what it says, calculates and
 * misquotes agree all game. Beside them one honest figure every speaker may give: the minutes from
 * the entry to the window's close, which an innocent sometimes works out as if clock times were
 * decimals (`voice-q.ts`).
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const relock = lies.pick([8, 12])
  const close = addMinutes(CANON.window[1], relock)
  const [policeLo, policeHi] = lies.pick([[7, 9], [11, 13]] as const)
  const ptz = lies.pick([5, 7])
  const pilot = lies.pick([9, 10])
  const entry = addMinutes(facts.window[0], -10)
  return {
    // Honest: what the speaker believes, for everyone's lines.
    qDoorToDoor: String(minutesBetween(entry, facts.window[1])),
    // From the scenario, not the speaker's belief: a teammate who repeats a lie must not move it again.
    qRelock: String(relock),
    qClose: close,
    qWindowLen: String(minutesBetween(CANON.window[0], close)),
    qPoliceLo: String(policeLo),
    qPoliceHi: String(policeHi),
    qPtz: String(ptz),
    qCovered: String(CANON.cameras - ptz),
    qFloorGuards: String(CANON.guards.night - 1),
    qPilot: String(pilot),
    qDrill: String(3 * pilot + 9),
    qEarly: addMinutes(CANON.window[0], -lies.pick([25, 30])),
    qRally: lies.pick(['the 24-hour car wash on Route 30', 'the gym parking lot on Birch Road', 'the parking garage on Alder Street']),
    qChannel: lies.pick(['2', '10', '15']),
  }
}

/** The mole calculates as if its optimizations were right: the later close and the slower patrol car. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.qClose!], policeMin: [Number(s.qPoliceLo), Number(s.qPoliceHi)] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.qCovered}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.qPoliceLo}-${slots.qPoliceHi}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.qClose}`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_Q: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
