import { addMinutes, CANON, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice h's one set of lies per game, each hung on a workaday explanation a tired crew might
 * accept: the time lock's clock "runs slow" and was never reset when the clocks changed (so it
 * relocks 10 or 15 minutes after the plan's close), the night police car comes from the ring-road
 * station (11–14, 12–15 or 14–17 minutes), a quarter or a third of the camera domes are dummies
 * (18 or 16 live), one of the three night guards is on long-term sick (James Williams or Thomas
 * Brown), the keypad allows five wrong codes, and the night guards swap floors at the start of the
 * window so nobody watches the monitors for 15 or 20 minutes. Drawn in a fixed order from the
 * game's `lies` generator, so what it says, calculates and misquotes agree all game.
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const slow = lies.pick([10, 15])
  const police = lies.pick([11, 12, 14])
  const dummies = lies.pick([6, 8])
  return {
    hSlow: String(slow),
    hClose: addMinutes(facts.window[1], slow),
    hPolice: `${police}-${police + 3}`,
    hPoliceLo: String(police),
    hDummies: String(dummies),
    // Counted from the scenario's total, not the team's current belief: a teammate's slip of the
    // camera count must not change the liar's own story halfway through the game.
    hLive: String(CANON.cameras - dummies),
    hNight: String(Math.max(1, facts.guards.night - 1)),
    hSick: lies.pick(['James Williams', 'Thomas Brown']),
    hTries: String(facts.wrongTries + 2),
    hGapEnd: addMinutes(facts.window[0], lies.pick([15, 20])),
    hRv: lies.pick(['the multi-storey on Church Lane', 'the bus depot on Station Road', 'the back of the Co-op car park']),
  }
}

/** The mole calculates as if its stories were true: a later relock and a slower police car. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  const police = Number(s.hPoliceLo)
  return { ...facts, window: [facts.window[0], s.hClose!], policeMin: [police, police + 3] }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  let out = sentence
  if (slots.wStart && slots.wEnd && slots.hClose) out = out.replace(new RegExp(`${slots.wStart}\\s*-\\s*${slots.wEnd}`, 'g'), `${slots.wStart}-${slots.hClose}`)
  out = out
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.hLive}$1`)
    .replace(/(\bnight\b[^;.]{0,30}?)\b\d{1,2}(\s+guards)\b/gi, `$1${slots.hNight}$2`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.hPolice}$2`)
    .replace(/\b\d(\s+(?:times|wrong codes)\b)/g, `${slots.hTries}$1`)
  return out === sentence ? null : out
}

export const FALSEHOODS_H: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 6, 4, 8], misquote }
