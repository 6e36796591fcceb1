import type { Rng } from '../random.js'
import { numberWord } from './spoken-e.js'

/**
 * How voice f writes times, figures and spelling: the same 02:45 as `02:45`, `2:45 a.m.`,
 * `2:45 AM`, `02:45 hrs` or "a quarter to three"; 90 seconds as "a minute and a half", 45 minutes
 * as "three-quarters of an hour", 48 hours as "two days"; British and American spellings mixed
 * within one message. Every form keeps the value: only the writing changes.
 */

export type ClockStyleF = 'twentyFour' | 'dotsAmPm' | 'capsAmPm' | 'hrs' | 'words'
export const CLOCK_STYLES_F: readonly ClockStyleF[] = ['twentyFour', 'twentyFour', 'dotsAmPm', 'capsAmPm', 'hrs', 'words', 'words']

function twelve(hour: number): number {
  return hour % 12 === 0 ? 12 : hour % 12
}

/** "a quarter to three", "half past two", "ten past two", "two o'clock"; null for a minute words do not fit. */
function inWords(hour: number, minute: number): string | null {
  const h = numberWord(twelve(hour))
  const next = numberWord(twelve(hour + 1))
  if (minute === 0) return hour === 0 ? 'midnight' : `${h} o'clock`
  if (minute === 15) return `a quarter past ${h}`
  if (minute === 30) return `half past ${h}`
  if (minute === 45) return `a quarter to ${next}`
  if (minute % 5 !== 0) return null
  return minute < 30 ? `${numberWord(minute)} past ${h}` : `${numberWord(60 - minute)} to ${next}`
}

/** `HH:MM` (24-hour) in one of voice f's ways of writing a time. */
export function writeTimeF(hour: number, minute: number, style: ClockStyleF): string {
  const mm = String(minute).padStart(2, '0')
  const hh = String(hour).padStart(2, '0')
  if (style === 'twentyFour') return `${hh}:${mm}`
  if (style === 'hrs') return `${hh}:${mm} hrs`
  if (style === 'words') {
    const said = inWords(hour, minute)
    if (said) return said
  }
  const pm = hour >= 12
  return style === 'capsAmPm' ? `${twelve(hour)}:${mm} ${pm ? 'PM' : 'AM'}` : `${twelve(hour)}:${mm} ${pm ? 'p.m.' : 'a.m.'}`
}

const TIME = /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?:\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d))?(?![\d:])/g

/** Every time and time range in the message's usual style, or now and then another; a range keeps one style. */
export function rewriteTimesF(text: string, usual: ClockStyleF, rng: Rng): string {
  return text.replace(TIME, (_whole, h1: string, m1: string, h2?: string, m2?: string) => {
    const style = rng.chance(0.75) ? usual : rng.pick(CLOCK_STYLES_F)
    const first = writeTimeF(Number(h1), Number(m1), style)
    if (h2 === undefined) return first
    const joiner = style === 'words' ? ' to ' : style === 'hrs' ? ' – ' : '–'
    return `${first.replace(/ hrs$/, '')}${joiner}${writeTimeF(Number(h2), Number(m2), style)}`
  })
}

/** Spoken amounts a model reaches for instead of the number: 90 seconds is "a minute and a half". */
const SPOKEN: Record<string, Record<number, string>> = {
  minute: { 15: 'a quarter of an hour', 30: 'half an hour', 45: 'three-quarters of an hour', 60: 'an hour', 90: 'an hour and a half' },
  second: { 30: 'half a minute', 60: 'a minute', 90: 'a minute and a half', 120: 'two minutes' },
  hour: { 24: 'a full day', 48: 'two days' },
  day: { 90: 'three months', 30: 'a month' },
}

const FORMS: Record<string, readonly string[]> = {
  minute: ['# minutes', '# min', '# mins'],
  second: ['# seconds', '# s', '# sec'],
  hour: ['# hours', '# h', '# hrs'],
  day: ['# days'],
  camera: ['# cameras'],
  guard: ['# guards'],
  ton: ['# tonnes', '# tons'],
}

function family(unit: string): string {
  if (/^min/i.test(unit)) return 'minute'
  if (/^s/i.test(unit)) return 'second'
  if (/^h/i.test(unit)) return 'hour'
  if (/^day/i.test(unit)) return 'day'
  if (/^cam/i.test(unit)) return 'camera'
  if (/^guard/i.test(unit)) return 'guard'
  return 'ton'
}

const FIGURE = /(?<![\w.\-–:/*])(\d{1,3})(\s|-)(minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|cameras?|guards?|tons?|tonnes?)\b(?!\*\*)/g

/**
 * A figure with its unit, written one of several ways: digits or words, the unit long or short,
 * or the spoken amount ("half a minute"); now and then in bold. An adjective ("45-minute") keeps
 * its hyphen. Ranges, decimals, times and expressions are left alone.
 */
export function rewriteFiguresF(text: string, rng: Rng, boldRate = 0.2): string {
  return text.replace(FIGURE, (whole, digits: string, joint: string, unit: string) => {
    const n = Number(digits)
    const kind = family(unit)
    let out: string
    if (joint === '-') {
      const noun = kind === 'ton' ? rng.pick(['tonne', 'ton']) : kind === 'minute' || kind === 'second' || kind === 'hour' || kind === 'day' ? kind : null
      if (!noun) return whole
      out = `${rng.chance(0.4) ? numberWord(n) : digits}-${noun}`
    } else {
      const spoken = SPOKEN[kind]?.[n]
      if (spoken && rng.chance(0.3)) out = spoken
      else {
        const words = n <= 99 && rng.chance(0.35)
        // A number in words takes the unit in words too: "thirty seconds", never "thirty s".
        out = (words ? FORMS[kind]![0]! : rng.pick(FORMS[kind]!)).replace('#', words ? numberWord(n) : digits)
        if (n === 1) out = out.replace(/(minute|second|hour|day|camera|guard|tonne|ton)s$/, '$1')
      }
    }
    return rng.chance(boldRate) ? `**${out}**` : out
  })
}

const SPELLINGS: readonly [string, string][] = [
  ['authorisation', 'authorization'], ['authorised', 'authorized'], ['organise', 'organize'], ['prioritise', 'prioritize'],
  ['minimise', 'minimize'], ['analyse', 'analyze'], ['recognise', 'recognize'], ['realise', 'realize'], ['finalise', 'finalize'],
  ['synchronise', 'synchronize'], ['metres', 'meters'], ['colour', 'color'], ['favour', 'favor'], ['centre', 'center'],
  ['defence', 'defense'], ['behaviour', 'behavior'], ['travelling', 'traveling'], ['cancelled', 'canceled'], ['armoured', 'armored'],
  ['neighbouring', 'neighboring'], ['licence', 'license'], ['manoeuvre', 'maneuver'], ['kerb', 'curb'],
]

/** British spellings turned American for most words of a message (its leaning), the rest left British: models mix them. */
export function mixSpelling(text: string, rng: Rng): string {
  const american = rng.chance(0.5)
  let out = text
  for (const [uk, us] of SPELLINGS) {
    if (!out.toLowerCase().includes(uk)) continue
    const flip = rng.chance(0.8) ? american : !american
    if (flip) out = out.replace(new RegExp(uk, 'gi'), (found) => (found[0] === found[0]!.toUpperCase() ? us[0]!.toUpperCase() + us.slice(1) : us))
  }
  return out
}
