import { addMinutes, type Facts } from '../canon.js'
import type { Rng } from '../random.js'
import type { Slots } from '../slots.js'
import type { Falsehoods } from '../voice.js'

/**
 * Voice e's one set of lies per game. Each starts from a wrong premise the mole could defend
 * ("the 45 minutes are with the door shut", "30 seconds per zone and we cross two", "3-5 minutes
 * is from dispatch, SecureNet takes a while to phone it in", "the lock is released early for the
 * service crew"), so the figures it states follow from the premise rather than from nowhere.
 * Drawn in a fixed order from the game's `lies` generator: the slots and the premise agree.
 */
function lieSlots(facts: Facts, lies: Rng): Slots {
  const relay = lies.pick([2, 3])
  return {
    earlyOpen: addMinutes(facts.window[0], -lies.pick([10, 15, 20])),
    longInside: String(facts.maxInsideMin + lies.pick([15, 20])),
    // Per zone, and the route crosses zones E and F.
    doubleDelay: String(facts.alarmDelayS * 2),
    relay: String(relay),
    lateCops: `${facts.policeMin[0] + relay}-${facts.policeMin[1] + relay}`,
    shortRound: String(lies.pick([8, 10])),
    // "Agreed" — and then a different time for the same meeting.
    shiftedEntry: addMinutes(facts.window[0], lies.pick([5, 10])),
  }
}

/** The mole calculates with its premises: an earlier release, longer inside, a doubled delay, slower police. */
function premise(facts: Facts, lies: Rng): Facts {
  const s = lieSlots(facts, lies)
  const [low, high] = s.lateCops!.split('-').map(Number)
  return { ...facts, window: [s.earlyOpen!, facts.window[1]], maxInsideMin: Number(s.longInside), alarmDelayS: Number(s.doubleDelay), policeMin: [low!, high!] }
}

const SWAP = '\u0000'

/** A quoted document or table line with the game's lies in it; the two night guards' posts swapped. */
function misquote(sentence: string, slots: Slots): string | null {
  let out = sentence
  if (slots.window && slots.earlyOpen && slots.wEnd) out = out.split(slots.window).join(`${slots.earlyOpen}-${slots.wEnd}`)
  out = out
    .replace(/((?:maximum safe working time|max safe time inside)[^.;\d]{0,30})\d{1,3}(\s*min)/gi, `$1${slots.longInside}$2`)
    .replace(/((?:about|duration minutes)\s+)20\b/gi, `$1${slots.shortRound}`)
    .replace(/alarmed at all hours/gi, 'alarmed only through the zone E panel')
    .replace(/James Williams/g, SWAP).replace(/Thomas Brown/g, 'James Williams').split(SWAP).join('Thomas Brown')
  return out === sentence ? null : out
}

export const FALSEHOODS_E: Falsehoods = { slots: lieSlots, premise, premiseJobs: [1, 5, 4, 6], misquote }
