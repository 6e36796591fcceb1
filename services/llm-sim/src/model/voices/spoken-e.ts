import type { Rng } from '../random.js'

/**
 * How voice e writes times and figures: the same 02:45 as `02:45`, `2.45am`, `0245` or
 * "quarter to three"; 30 seconds as `30s`, "30 sec" or "thirty seconds". Every form keeps the
 * value; only the writing changes (one am/pm slip in a hundred 12-hour times is the exception,
 * an honest mistake small models make).
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** 0–99 in words ("forty-five" or "forty five"); larger numbers stay digits. */
export function numberWord(n: number, hyphen = true): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n)
  if (n < 20) return ONES[n]!
  const ones = n % 10
  return ones === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]}${hyphen ? '-' : ' '}${ONES[ones]}`
}

export type ClockStyle = 'clock' | 'dotted' | 'military' | 'spoken'
export const CLOCK_STYLES: readonly ClockStyle[] = ['clock', 'clock', 'dotted', 'dotted', 'military', 'spoken', 'spoken']

const AM_PM_SLIP = 0.01

function twelve(hour: number): number {
  return hour % 12 === 0 ? 12 : hour % 12
}

/** `HH:MM` (24-hour) in one of the voice's ways of writing a time. */
export function writeTime(hour: number, minute: number, style: ClockStyle, rng: Rng): string {
  const mm = String(minute).padStart(2, '0')
  if (style === 'clock') return `${String(hour).padStart(2, '0')}:${mm}`
  if (style === 'military') return `${String(hour).padStart(2, '0')}${mm}`
  const h = twelve(hour)
  if (style === 'spoken') {
    if (minute === 30) return `half ${numberWord(h)}`
    if (minute === 15) return `quarter past ${numberWord(h)}`
    if (minute === 45) return `quarter to ${numberWord(twelve(hour + 1))}`
    if (minute === 0) return hour === 0 ? 'midnight' : `${numberWord(h)} o'clock`
  }
  const pm = (hour >= 12) !== rng.chance(AM_PM_SLIP)
  return `${h}${minute === 0 ? '' : `.${mm}`}${pm ? 'pm' : 'am'}`
}

const TIME = /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?:\s*-\s*([01]\d|2[0-3]):([0-5]\d))?(?![\d:])/g

/** Every time and time range, each in the message's usual style or now and then another. */
export function rewriteTimes(text: string, usual: ClockStyle, rng: Rng): string {
  return text.replace(TIME, (_whole, h1: string, m1: string, h2?: string, m2?: string) => {
    const style = rng.chance(0.8) ? usual : rng.pick(CLOCK_STYLES)
    const first = writeTime(Number(h1), Number(m1), style, rng)
    if (h2 === undefined) return first
    return `${first}${style === 'spoken' ? ' till ' : '-'}${writeTime(Number(h2), Number(m2), style, rng)}`
  })
}

const UNITS: Record<string, { digits: readonly string[]; words: readonly string[] }> = {
  minute: { digits: ['# minutes', '# mins', '#min'], words: ['# minutes', '# mins'] },
  second: { digits: ['#s', '# sec', '# seconds'], words: ['# seconds', '# secs'] },
  hour: { digits: ['#h', '# hrs', '# hours'], words: ['# hours'] },
}

function family(unit: string): string | null {
  if (/^min/i.test(unit)) return 'minute'
  if (/^(s|sec|secs|seconds?)$/i.test(unit)) return 'second'
  if (/^(h|hrs?|hours?)$/i.test(unit)) return 'hour'
  return null
}

const FIGURE = /(?<![\w.\-–:/])(\d{1,2})(\s?)(minutes?|mins?|seconds?|secs?|sec|s|hours?|hrs?|h|guards?|cameras?|cams?|days?|tries|tons?)\b/g

/** A figure with its unit: words about half the time, the unit attached, shortened or spelled out. */
export function rewriteFigures(text: string, rng: Rng): string {
  return text.replace(FIGURE, (whole, digits: string, space: string, unit: string) => {
    // A bare "s" is a unit only when attached ("30s"), never "3 s…".
    if (unit === 's' && space) return whole
    const n = Number(digits)
    const words = rng.chance(0.5)
    const number = words ? numberWord(n, rng.chance(0.5)) : digits
    const kind = family(unit)
    if (!kind) return `${number}${space || ' '}${unit}`
    const forms = UNITS[kind]![words ? 'words' : 'digits']
    const form = rng.pick(forms)
    return form.replace('#', number).replace(/(minute|second|hour)s$/, n === 1 ? '$1' : '$&').replace(/(min|sec|hr)s$/, n === 1 ? '$1' : '$&')
  })
}
