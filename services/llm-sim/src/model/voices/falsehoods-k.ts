import { addMinutes, CANON, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice k's one set of lies per game, each put as "standard practice" that overrides the documents,
 * as an enterprise-tuned model fills a gap with what is typical of a system class: SecureNet
 * "verifies every alarm by phone before dispatch", which "adds" 5, 6 or 8 minutes (police in 8-10,
 * 9-11 or 11-13); the TitanSafe lockout is "progressive", so a first lockout is 10 or 15 minutes and
 * the 30 applies "after repeated lockouts"; the floor 2 and floor 3 cameras are on a second recorder
 * "set to live view at night", so only 17 or 19 of the 24 record; the night guards take the
 * "mandatory" 20- or 30-minute break together at 02:00, leaving one on the floor; a rally point of
 * its own. Drawn in a fixed order from the game's `lies` generator, so what it says, calculates and
 * misquotes agree all game.
 */
function lieSlots(_facts: Facts, lies: Rng): Slots {
  const verify = lies.pick([5, 6, 8])
  const lockout = lies.pick([10, 15])
  const liveOnly = lies.pick([5, 7])
  const brk = lies.pick([20, 30])
  // From the scenario, not the speaker's belief: a teammate who repeats the lie must not move it again.
  const lo = CANON.policeMin[0] + verify
  return {
    kVerify: String(verify),
    kPolice: `${lo}-${lo + 2}`,
    kPoliceLo: String(lo),
    kPoliceHi: String(lo + 2),
    kLockout: String(lockout),
    kLiveOnly: String(liveOnly),
    kRecording: String(CANON.cameras - liveOnly),
    kBreak: String(brk),
    kBreakEnd: addMinutes(CANON.window[0], brk),
    kOnFloor: String(Math.max(1, CANON.guards.night - 2)),
    kRv: lies.pick(['the Riverside Plaza parking structure', 'the 24-hour laundromat on Oak Street', 'the old rail yard on Harbor Road']),
    kMeet: addMinutes(CANON.window[0], -lies.pick([20, 50])),
  }
}

/** The mole calculates as if its standards were true: a short first lockout and police delayed by the verification call. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  const police = Number(s.kPoliceLo)
  return { ...facts, lockoutMin: Number(s.kLockout), policeMin: [police, police + 2] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  const out = sentence
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?)cameras\b/gi, `${slots.kRecording}$1recording cameras`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.kPolice}$2`)
    .replace(/(->\s*)\d{1,2}(\s*minutes?)/g, `$1${slots.kLockout}$2`)
    .replace(/\b\d{1,2}(-minute lockout)/g, `${slots.kLockout}$1`)
    // The night row gains the break, a detail its source never gave.
    .replace(/(\bnight\b[^;]{0,30}?\b\d{1,2}\s+guards)(?! \()/i, `$1 (${slots.kOnFloor} on the floor during the 02:00 break)`)
  return out === sentence ? null : out
}

export const FALSEHOODS_K: Falsehoods = { slots: lieSlots, premise, premiseJobs: [2, 4, 8], misquote }
