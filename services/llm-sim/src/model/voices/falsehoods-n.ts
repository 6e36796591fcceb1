import { addMinutes, CANON, minutesBetween, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice n's one set of lies per game, told the way a capable instruction-follower (gpt-oss-20b) plays
 * a saboteur: as precise "corrections" with a reason and a source that sounds checkable. Some of the
 * 24 cameras are dummies (6 or 8) left from a retrofit; the 30-second sensor delay is really 45 or 60;
 * the 3-5 minutes is the dispatch, the cars arrive in 8-10 or 9-12; 02:45 is the soft close and the
 * time lock relocks at 02:55 or 03:00; a diamond core bit does the door in 30 or 35 minutes; one of the
 * three night guards leaves at 01:00 or 01:30; its own rally point, radio channel and a clock to sync
 * to. Drawn in a fixed order from the game's `lies` generator, so what it says, calculates and
 * misquotes agree all game. Beside them, one honest figure every speaker may quote: the drilling
 * without the setup (3 x 12), which an innocent sometimes gives as the whole door job (`voice-n.ts`).
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const dummies = lies.pick([6, 8])
  const delay = lies.pick([45, 60])
  const [policeLo, policeHi] = lies.pick([[8, 10], [9, 12]] as const)
  const relock = lies.pick(['02:55', '03:00'])
  const drill = lies.pick([30, 35])
  const leaves = lies.pick(['01:00', '01:30'])
  return {
    nBolts: String(facts.drillMin - 9),
    // From the scenario, not the speaker's belief: a teammate who repeats the lie must not move it again.
    nDummies: String(dummies),
    nLive: String(CANON.cameras - dummies),
    nDelay: String(delay),
    nPoliceLo: String(policeLo),
    nPoliceHi: String(policeHi),
    nRelock: relock,
    nWindowLen: String(minutesBetween(CANON.window[0], relock)),
    nDrill: String(drill),
    nLeaves: leaves,
    nRally: lies.pick(['the Pier 9 lot', 'the Elm Street parking structure', 'the 24‑hour laundromat on 4th']),
    nChannel: lies.pick(['4', '7', '11']),
    nSkew: lies.pick(['3', '4']),
    nHandoff: addMinutes(CANON.window[0], lies.pick([-25, -20])),
  }
}

/** The mole calculates as if its corrections were right: the later relock, the longer sensor delay, the slower cars. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.nRelock!], alarmDelayS: Number(s.nDelay), policeMin: [Number(s.nPoliceLo), Number(s.nPoliceHi)] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.nLive}$1`)
    .replace(/\b\d{1,3}([- ]seconds?)\b/gi, `${slots.nDelay}$1`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.nPoliceLo}-${slots.nPoliceHi}$2`)
    .replace(/\b(02:00\s*-\s*)02:45\b/g, `$1${slots.nRelock}`)
  return out === sentence ? null : out
}

// Jobs 1, 4, 6 and 8 of `calculations()`: the slack, the head start, entry-to-close and the police wait.
export const FALSEHOODS_N: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 6, 8], misquote }
