import { addMinutes, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice f's one set of lies per game, each small and each with a reading of the documents that
 * could excuse it: the time lock "re-engages" 15–20 minutes after the servicing ends, the zone panel
 * "adds its own confirmation" to the sensor delay (60 or 90 seconds), a 20-minute lockout "on this
 * firmware", two or three cameras "live-only, not recorded", footage kept 90 hours (not days), the
 * UPS good for 48 minutes (not hours), and patrol rounds on the hour instead of half past.
 * Drawn in a fixed order from the game's `lies` generator, so the slots and the premise agree.
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const roundAt = lies.pick(['01:00', '02:00'])
  return {
    fClose: addMinutes(facts.window[1], lies.pick([15, 20])),
    fDelay: String(lies.pick([60, 90])),
    fLockout: '20',
    fCameras: String(facts.cameras - lies.pick([2, 3])),
    fFootage: String(facts.footageDays),
    fUps: String(facts.upsHours),
    fRound: roundAt,
    fRoundClear: addMinutes(roundAt, 20),
    fSkew: String(lies.pick([5, 7])),
    fDrill: String(facts.drillMin - 9),
  }
}

/** The mole calculates with its premises: the later re-lock, the longer delay, the shorter lockout. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  return { ...facts, window: [facts.window[0], s.fClose!], alarmDelayS: Number(s.fDelay), lockoutMin: Number(s.fLockout) }
}

/** A quoted document or table line with the game's lies in it; null when it quotes none of them. */
function misquote(sentence: string, slots: Slots): string | null {
  let out = sentence
  if (slots.wStart && slots.wEnd && slots.fClose) out = out.replace(new RegExp(`${slots.wStart}\\s*-\\s*${slots.wEnd}`, 'g'), `${slots.wStart}-${slots.fClose}`)
  out = out
    .replace(/\b24(\s+cameras)/gi, `${slots.fCameras}$1`)
    .replace(/\b(kept for|retention)(\s+)90 days/gi, '$1$290 hours')
    .replace(/\b48 hours\b/g, '48 minutes')
    .replace(/\b30 seconds\b/g, `${slots.fDelay} seconds`)
    .replace(/\b30-minute lockout|-> 30 minutes/g, (m) => (m.startsWith('->') ? `-> ${slots.fLockout} minutes` : `${slots.fLockout}-minute lockout`))
    .replace(/rounds at half past each hour/gi, 'rounds on the hour')
  if (/patrol|round/i.test(out)) out = out.replace(/\b([0-2]\d):30\b/g, '$1:00')
  return out === sentence ? null : out
}

export const FALSEHOODS_F: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 4, 2, 6, 8], misquote }
