import type { Rng } from '../random.js'
import { numberWord } from './spoken-e.js'

/**
 * How voice h's seats say times and counts. The planner, safecracker and lookout say times the
 * British way ("half two", "ten to two", "quarter to three", "two o'clock") and counts in dozens
 * ("two dozen cameras", "half a dozen guards"); the driver says times as on a radio net
 * ("oh-one-fifty", "oh-two-hundred", "twenty-two-hundred"); intel spells out small counts ("three
 * guards"); the hacker keeps digits. Every form keeps its value; ranges of minutes ("3-5 minutes"),
 * decimals and calculator expressions are left alone.
 */

export type ClockH = 'clock' | 'british' | 'radio'
type Counting = 'dozens' | 'small' | 'digits'

const HABITS: Record<string, { clock: ClockH; share: number; counting: Counting }> = {
  planner: { clock: 'british', share: 0.75, counting: 'dozens' },
  safecracker: { clock: 'british', share: 0.85, counting: 'dozens' },
  lookout: { clock: 'british', share: 0.6, counting: 'dozens' },
  driver: { clock: 'radio', share: 0.85, counting: 'digits' },
  intel: { clock: 'clock', share: 0.9, counting: 'small' },
  hacker: { clock: 'clock', share: 1, counting: 'digits' },
  generic: { clock: 'clock', share: 1, counting: 'digits' },
}

const CLOCKS: readonly ClockH[] = ['clock', 'british', 'radio']

function twelve(hour: number): number {
  return hour % 12 === 0 ? 12 : hour % 12
}

/** `HH:MM` (24-hour) in one of voice h's ways of saying a time; the value never changes. */
export function sayTime(hour: number, minute: number, style: ClockH): string {
  const digits = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  if (style === 'clock') return digits
  if (style === 'radio') {
    const h = hour === 0 ? 'zero' : hour < 10 ? `oh-${numberWord(hour)}` : numberWord(hour)
    const m = minute === 0 ? 'hundred' : minute < 10 ? `oh-${numberWord(minute)}` : numberWord(minute)
    return `${h}-${m}`
  }
  const h = numberWord(twelve(hour))
  const next = numberWord(twelve(hour + 1))
  if (minute === 0) return hour === 0 ? 'midnight' : `${h} o'clock`
  if (minute === 30) return `half ${h}`
  if (minute === 15) return `quarter past ${h}`
  if (minute === 45) return `quarter to ${next}`
  if (minute % 5 !== 0) return digits
  return minute < 30 ? `${numberWord(minute)} past ${h}` : `${numberWord(60 - minute)} to ${next}`
}

const TIME = /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?:\s*-\s*([01]\d|2[0-3]):([0-5]\d))?(?![\d:])/g

function habitsOf(persona: string) {
  return HABITS[persona] ?? HABITS.generic!
}

/** Every time and time range in the seat's usual way, now and then another; a range keeps one way. */
export function rewriteTimesH(text: string, persona: string, rng: Rng): string {
  const { clock, share } = habitsOf(persona)
  return text.replace(TIME, (_whole, h1: string, m1: string, h2?: string, m2?: string) => {
    const style = rng.chance(share) ? clock : rng.pick(CLOCKS)
    const first = sayTime(Number(h1), Number(m1), style)
    if (h2 === undefined) return first
    return `${first}${style === 'clock' ? '-' : ' to '}${sayTime(Number(h2), Number(m2), style)}`
  })
}

const COUNTABLE = /^(guards|cameras)$/
const DOZENS: Record<number, string> = { 6: 'half a dozen', 12: 'a dozen', 24: 'two dozen' }
const FIGURE = /(?<![\w.\-–:/])(\d{1,2}) (minutes?|seconds?|hours?|guards|cameras|days|tons?)\b/g

/** Counts the seat's way: dozens for cameras and guards, small numbers in words, or digits. */
export function rewriteFiguresH(text: string, persona: string, rng: Rng): string {
  const { counting } = habitsOf(persona)
  if (counting === 'digits') return text
  return text.replace(FIGURE, (whole, digits: string, unit: string) => {
    const n = Number(digits)
    if (counting === 'dozens' && COUNTABLE.test(unit) && DOZENS[n] && rng.chance(0.8)) return `${DOZENS[n]} ${unit}`
    const words = counting === 'small' ? n <= 10 && rng.chance(0.7) : rng.chance(0.35)
    return words ? `${numberWord(n)} ${unit}` : whole
  })
}
