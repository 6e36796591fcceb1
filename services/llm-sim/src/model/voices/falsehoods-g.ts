import { addMinutes, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice g's one set of lies per game. Its mole talks like a veteran who has "seen it": each lie
 * rests on something it claims to have watched or done, not on a document — the maintenance crew
 * "always overruns" (the window closes 10–15 min late), a false alarm at the pharmacy next door
 * "took the cops" 7–9 minutes, a few cameras "dark since the storm", one night guard "asleep in the
 * office", the first wrong code "only a soft lockout", carbide bits that take 10–15 min off the door,
 * footage that "loops" after one or two weeks. Drawn in a fixed order from the game's `lies`
 * generator, so what it says, what it calculates and how it misquotes agree all game.
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const police = lies.pick([7, 8, 9])
  return {
    gClose: addMinutes(facts.window[1], lies.pick([10, 15])),
    gPolice: String(police),
    gPoliceRange: `${police}-${police + 2}`,
    gCameras: String(facts.cameras - lies.pick([3, 4, 5])),
    gFloor: String(Math.max(1, facts.guards.night - 1)),
    gLockout: String(lies.pick([5, 10])),
    gDrill: String(Math.max(15, facts.drillMin - lies.pick([10, 15]))),
    gFootage: String(lies.pick([7, 14])),
    gMeet: lies.pick(['the Elm Street corner', 'the front steps', 'the parking garage exit']),
    gChannel: lies.pick(['four', 'six']),
    gLate: addMinutes(facts.window[0], lies.pick([10, 15])),
  }
}

/** The mole calculates as if its stories were true: a later close, slower police, a soft lockout. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  const police = Number(s.gPolice)
  return { ...facts, window: [facts.window[0], s.gClose!], policeMin: [police, police + 2], lockoutMin: Number(s.gLockout) }
}

/** A quoted document or table line with the game's lies written over the real figures. */
function misquote(sentence: string, slots: Slots): string | null {
  let out = sentence
  if (slots.wStart && slots.wEnd && slots.gClose) out = out.replace(new RegExp(`${slots.wStart}\\s*-\\s*${slots.wEnd}`, 'g'), `${slots.wStart}-${slots.gClose}`)
  out = out
    .replace(/\b\d{1,3}(\s+(?:security\s+|CCTV\s+)?cameras)\b/gi, `${slots.gCameras}$1`)
    .replace(/(\bnight\b[^;.]{0,30}?)\b\d{1,2}(\s+guards)\b/gi, `$1${slots.gFloor}$2`)
    .replace(/(police[^.;]{0,30}?)\b\d{1,2}\s*-\s*\d{1,2}(\s*min)/gi, `$1${slots.gPoliceRange}$2`)
    .replace(/\b\d{1,3}(-minute lockout)/gi, `${slots.gLockout}$1`)
    .replace(/(->\s*)\d{1,3}(\s*minutes)/g, `$1${slots.gLockout}$2`)
    .replace(/\b\d{1,3}(\s+days)\b/gi, `${slots.gFootage}$1`)
  return out === sentence ? null : out
}

export const FALSEHOODS_G: Falsehoods = { slots: lieSlots, premise, premiseJobs: [2, 6, 1, 4], misquote }
