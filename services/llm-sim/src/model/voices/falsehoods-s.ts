import { addMinutes, CANON, minutesBetween, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice s's one set of lies per game, told the way Hermes 3 plays a saboteur its system prompt asks
 * for: in character, with an invented insider to vouch for each one (a cousin on the cleaning crew, a
 * former guard, an ex-SecureNet installer — one a game), as a role-play model fills a scene with
 * people. The time lock has a 15- or 20-minute grace before it relocks (03:00 or 03:05); night alarms
 * go through SecureNet's out-of-state call centre and a callback, so police take 12-16 or 14-18
 * minutes; 5 or 7 of the 24 cameras went dark when the bank moved its upstairs offices (19 or 17
 * record); zone E's delay is 45 or 60 seconds since a firmware update; one night guard (James Williams
 * or Thomas Brown) sleeps in the break room from 01:00, so 2 are awake; a rally point, a radio channel
 * and a meeting time of its own. Drawn in a fixed order from the game's `lies` generator, so what it
 * says, calculates and misquotes agree all game.
 */
function lieSlots(_facts: Facts, lies: Rng): Slots {
  const grace = lies.pick([15, 20])
  const relock = addMinutes(CANON.window[1], grace)
  const [policeLo, policeHi] = lies.pick([[12, 16], [14, 18]] as const)
  const dark = lies.pick([5, 7])
  return {
    sContact: lies.pick(['my cousin on the cleaning crew', 'a former guard I drink with', 'an ex-SecureNet installer I know']),
    sGrace: String(grace),
    // From the scenario, not the speaker's belief: a teammate who repeats the lie must not move it again.
    sRelock: relock,
    sWindowLen: String(minutesBetween(CANON.window[0], relock)),
    sPoliceLo: String(policeLo),
    sPoliceHi: String(policeHi),
    sDark: String(dark),
    sLive: String(CANON.cameras - dark),
    sDelay: String(lies.pick([45, 60])),
    sSleeper: lies.pick(['James Williams', 'Thomas Brown']),
    sAwake: String(CANON.guards.night - 1),
    sRally: lies.pick(['the old cannery on Wharf Street', 'the ferry terminal lot on Pier Road', 'the shuttered drive-in on Hollis Avenue']),
    sChannel: lies.pick(['3', '7', '11']),
    sMeet: addMinutes(CANON.window[0], lies.pick([-50, -45])),
  }
}

/** The mole calculates as if its insider were right: the later relock, the longer zone E delay, the slower police. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.sRelock!], alarmDelayS: Number(s.sDelay), policeMin: [Number(s.sPoliceLo), Number(s.sPoliceHi)] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.sLive}$1`)
    .replace(/\b\d{1,3}([- ]seconds?)\b/gi, `${slots.sDelay}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.sPoliceLo}-${slots.sPoliceHi}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.sRelock}`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_S: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
