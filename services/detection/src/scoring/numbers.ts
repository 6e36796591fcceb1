/**
 * Figures however they are written. Real small models write the same figure many ways: "45
 * minutes", "forty-five mins", "three quarters of an hour"; "02:45", "0245", "2.45am", "2h45",
 * "quarter to three". The quantity reader (facts.ts) reads digits, a unit and "HH:MM"; this pass
 * rewrites the other forms of a token list into those, so a figure written in words is checked
 * like one in digits, and "forty-five minutes" is not read as "five minutes" (nor "half an hour"
 * as "an hour", nor "two dozen cameras" as "two cameras"). General English, not any voice's words:
 * cardinal numbers, "dozen", halves and quarters of units, clock phrases, 24-hour forms.
 */

// Not "zero": "zero cams there" says a place has none, it counts nothing.
const ONES = new Map<string, number>(['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i): [string, number] => [w, i]).slice(1))
const TENS = new Map<string, number>(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, 20 + 10 * i]))
/** A number written as a word ("three"): a count or a clock's hour, never the name of a place. */
export const isNumberWord = (word: string): boolean => ONES.has(word) || TENS.has(word)

/** Tokens that may start a rewrite: anything else is copied as is (most messages have none). */
const STARTS = new Set([...ONES.keys(), ...TENS.keys(), 'a', 'an', 'half', 'quarter', 'dozen', 'noon', 'midday', 'midnight'])

const MINUTE_UNITS = new Set(['minute', 'minutes', 'min', 'mins'])
const HOUR_UNITS = new Set(['hour', 'hours', 'hr', 'hrs'])
const SECOND_UNITS = new Set(['second', 'seconds', 'sec', 'secs'])
const UNIT_WORDS = new Set([...MINUTE_UNITS, ...HOUR_UNITS, ...SECOND_UNITS, 'day', 'days', 'h', 'm', 's'])
/** Words before a time of day ("at 0245", "from 2200"): a bare four-digit number after them is a clock time. */
const CLOCK_CUES = new Set(['am', 'pm', 'at', 'from', 'until', 'till', 'til', 'by', 'before', 'after', 'around', 'about', 'approx', 'since', 'to', '-'])
/** Words before a length of time: "takes 1h30" is ninety minutes, "at 1h30" half past one. */
// Only verbs of lasting: "hold for 1h50" is a time as often as a length, so it stays a time.
const LENGTH_CUES = new Set(['takes', 'take', 'took', 'taking', 'lasts', 'last', 'lasted', 'need', 'needs', 'needed', 'within', 'under'])

const isDigits = (t: string | undefined): t is string => t !== undefined && /^\d+$/.test(t)

/** A cardinal written in words (or digits) starting at `i`: "forty five", "twelve", "7"; its value and length in tokens. */
function cardinal(tokens: readonly string[], i: number): { value: number; length: number } | null {
  const t = tokens[i]
  if (t === undefined) return null
  if (isDigits(t)) return { value: Number(t), length: 1 }
  const tens = TENS.get(t)
  if (tens !== undefined) {
    const ones = ONES.get(tokens[i + 1] ?? '')
    return ones !== undefined && ones > 0 && ones < 10 ? { value: tens + ones, length: 2 } : { value: tens, length: 1 }
  }
  const ones = ONES.get(t)
  return ones === undefined ? null : { value: ones, length: 1 }
}

/** An hour of a clock phrase: 1-12 in words or digits. */
function hourAt(tokens: readonly string[], i: number): number | null {
  const c = cardinal(tokens, i)
  return c !== null && c.length === 1 && c.value >= 1 && c.value <= 12 ? c.value : null
}

/**
 * A time as the reader's tokens: "02:45" for one written in 24-hour form; without am/pm, "2:45"
 * (a one-digit hour is read modulo 12 hours) or "11:30" "o'clock" (the reader's mark of a time
 * told by the clock face, also read modulo 12 hours).
 */
function clock(h: number, m: number, dayHours: boolean): string[] {
  const mm = String(m).padStart(2, '0')
  if (dayHours) return [`${String(h).padStart(2, '0')}:${mm}`]
  return h >= 10 ? [`${h}:${mm}`, "o'clock"] : [`${h}:${mm}`]
}

/** A duration as the reader's tokens: the value and a unit it knows. */
function duration(minutes: number): string[] {
  return minutes < 1 ? [String(Math.round(minutes * 60 * 100) / 100), 'seconds'] : [String(Math.round(minutes * 100) / 100), 'minutes']
}

/** Minutes in one of a unit word, or null. */
function unitMinutes(t: string | undefined): number | null {
  if (t === undefined) return null
  if (MINUTE_UNITS.has(t)) return 1
  if (HOUR_UNITS.has(t)) return 60
  if (SECOND_UNITS.has(t)) return 1 / 60
  if (t === 'day' || t === 'days') return 1440
  return null
}

interface Rewrite {
  out: string[]
  length: number
}

/** One rewrite at `i`, or null to copy the token. */
function rewriteAt(tokens: readonly string[], i: number): Rewrite | null {
  const t = tokens[i]!
  const next = tokens[i + 1]
  // Clock phrases: "half past two", "quarter to three", "ten past two", "twenty-five to three", "three o'clock", "half nine".
  if (t === 'half' || t === 'quarter' || ((TENS.has(t) || ONES.has(t) || isDigits(t)) && (next === 'past' || next === 'to' || next === 'o\'clock' || tokens[i + 2] === 'past' || tokens[i + 2] === 'to'))) {
    const c = t === 'half' ? { value: 30, length: 1 } : t === 'quarter' ? { value: 15, length: 1 } : cardinal(tokens, i)
    if (c !== null) {
      const rel = tokens[i + c.length]
      if (rel === 'o\'clock' && c.value >= 1 && c.value <= 12) return { out: clock(c.value, 0, false), length: c.length + 1 }
      const h = hourAt(tokens, i + c.length + 1)
      const hLen = h === null ? 0 : cardinal(tokens, i + c.length + 1)!.length
      // "ten to fifteen minutes" is a range, not a time: no unit may follow the hour.
      const following = tokens[i + c.length + 1 + hLen] ?? ''
      const unitAfter = UNIT_WORDS.has(following) || (following.endsWith('s') && following !== 'its')
      if (h !== null && !unitAfter && c.value > 0 && c.value < 60) {
        if (rel === 'past') return { out: clock(h, c.value, false), length: c.length + 1 + hLen }
        if (rel === 'to' && (t === 'quarter' || c.value % 5 === 0) && c.value <= 30) return { out: clock(h === 1 ? 12 : h - 1, 60 - c.value, false), length: c.length + 1 + hLen }
      }
      // British "half nine" is half past nine.
      if (t === 'half') {
        const bare = hourAt(tokens, i + 1)
        if (bare !== null && !UNIT_WORDS.has(tokens[i + 2] ?? '') && tokens[i + 2] !== 'of') return { out: clock(bare, 30, false), length: 2 }
      }
    }
  }
  if (t === 'noon' || t === 'midday') return { out: ['12:00'], length: 1 }
  if (t === 'midnight') return { out: ['00:00'], length: 1 }
  // Halves and quarters of a unit: "half an hour", "half a minute", "a quarter of an hour", "three quarters of an hour".
  if (t === 'half' && (next === 'an' || next === 'a')) {
    const u = unitMinutes(tokens[i + 2])
    if (u !== null) return { out: duration(u / 2), length: 3 }
  }
  if (t === 'quarter' || ((t === 'a' || t === 'three') && next === 'quarter') || (t === 'three' && next === 'quarters')) {
    const at = t === 'quarter' ? i : i + 1
    const share = t === 'three' ? 0.75 : 0.25
    const of = tokens[at + 1] === 'of' ? at + 2 : at + 1
    const art = tokens[of] === 'an' || tokens[of] === 'a' ? of + 1 : of
    const u = unitMinutes(tokens[art])
    if (u !== null && (art > of || tokens[art] === 'hour')) return { out: duration(u * share), length: art + 1 - i }
  }
  // "a dozen", "two dozen", "half a dozen".
  if (t === 'dozen') return { out: ['12'], length: 1 }
  if ((t === 'a' || t === 'an') && next === 'dozen') return { out: ['12'], length: 2 }
  if (t === 'half' && next === 'a' && tokens[i + 2] === 'dozen') return { out: ['6'], length: 3 }
  const c = cardinal(tokens, i) ?? ((t === 'a' || t === 'an') && unitMinutes(next) !== null ? { value: 1, length: 1 } : null)
  if (c === null) return null
  // "forty-five (45) minutes": a figure in words restated in digits (the brackets are clause breaks).
  if (!isDigits(t) && tokens[i + c.length] === ',' && tokens[i + c.length + 1] === String(c.value) && tokens[i + c.length + 2] === ',') {
    return { out: [String(c.value)], length: c.length + 3 }
  }
  const after = tokens[i + c.length]
  if (after === 'dozen') return { out: [String(c.value * 12)], length: c.length + 1 }
  // "an hour and a half", "two and a half hours", "a minute and a half", "one hour and a quarter".
  const u = unitMinutes(after)
  if (u !== null && tokens[i + c.length + 1] === 'and' && tokens[i + c.length + 2] === 'a' && (tokens[i + c.length + 3] === 'half' || tokens[i + c.length + 3] === 'quarter')) {
    return { out: duration(u * (c.value + (tokens[i + c.length + 3] === 'half' ? 0.5 : 0.25))), length: c.length + 4 }
  }
  if (after === 'and' && tokens[i + c.length + 1] === 'a' && tokens[i + c.length + 2] === 'half') {
    const u2 = unitMinutes(tokens[i + c.length + 3])
    if (u2 !== null) return { out: duration(u2 * (c.value + 0.5)), length: c.length + 4 }
  }
  // "two hours and fifteen minutes", "1 hour 30 minutes".
  if (u === 60) {
    const j = tokens[i + c.length + 1] === 'and' ? i + c.length + 2 : i + c.length + 1
    const m = cardinal(tokens, j)
    if (m !== null && m.value < 60 && MINUTE_UNITS.has(tokens[j + m.length] ?? '')) return { out: duration(c.value * 60 + m.value), length: j + m.length + 1 - i }
  }
  if (t === 'a' || t === 'an' || isDigits(t)) return null
  return { out: [String(c.value)], length: c.length }
}

/** Four digits as a 24-hour time ("0245", "2200"), when the hours and minutes are a time. */
function fourDigitClock(t: string): string | null {
  if (t.length !== 4 || !isDigits(t)) return null
  const h = Number(t.slice(0, 2))
  const m = Number(t.slice(2))
  return h <= 23 && m <= 59 ? clock(h, m, true)[0]! : null
}

/** A token of digits that could be a time in the other forms: "0245", "2h45" (as "2" "h45"), "2.45" before am/pm. */
function digitForm(tokens: readonly string[], i: number): Rewrite | null {
  const t = tokens[i]!
  const next = tokens[i + 1]
  // "2.45am", "11.30 pm": the dot of a time.
  const dot = /^(\d{1,2})\.(\d{2})$/.exec(t)
  if (dot && (next === 'am' || next === 'pm' || ((next === 'a' || next === 'p') && tokens[i + 2] === 'm'))) {
    const h = Number(dot[1])
    const m = Number(dot[2])
    if (h >= 1 && h <= 12 && m <= 59) return { out: [`${h}:${String(m).padStart(2, '0')}`], length: 1 }
  }
  // "01.50", "at 22.00", "22.00-06.00", "02.45 hrs": a 24-hour time with a dot. A decimal is not
  // written with a leading zero before two digits, nor as the hour after "at".
  if (dot && dot[1]!.length === 2 && Number(dot[1]) <= 23 && Number(dot[2]) <= 59) {
    const military = next === 'hrs' || next === 'h'
    const range = (next === '-' || next === 'to') && /^\d{2}[.:]\d{2}$/.test(tokens[i + 2] ?? '')
    const cued = CLOCK_CUES.has(tokens[i - 1] ?? '') && !UNIT_WORDS.has(next ?? '')
    if (military || t.startsWith('0') || range || cued) return { out: [`${dot[1]}:${dot[2]}`], length: military ? 2 : 1 }
  }
  // "14h30", "2h45" (the tokenizer reads "h45" as a name): a time, or after "takes"/"for" a length.
  const hm = next !== undefined && /^h([0-5]\d)$/.exec(next)
  if (hm && isDigits(t) && Number(t) <= 23) {
    const h = Number(t)
    const m = Number(hm[1])
    if (LENGTH_CUES.has(tokens[i - 1] ?? '')) return { out: duration(h * 60 + m), length: 2 }
    return { out: clock(h, m, t.length === 2 || h > 12), length: 2 }
  }
  // "0245", "2200-0600", "at 1400", "0200 hrs": four digits are a time when they start with 0, follow a
  // word of time or a range's other end, or come before "hrs"/"h" (the military form, not a duration).
  const four = fourDigitClock(t)
  if (four !== null) {
    const military = next === 'hrs' || next === 'h' || next === 'hours'
    // The other end of a range may be written another way ("2200-6 a.m.").
    const other = tokens[i + 2] ?? ''
    const range = (next === '-' || next === 'to') && (fourDigitClock(other) !== null || /^\d{1,2}(:\d\d)?$/.test(other))
    // Not before a unit or a plural noun: "about 1500 metres" is no time.
    const cued = CLOCK_CUES.has(tokens[i - 1] ?? '') && !UNIT_WORDS.has(next ?? '') && !(next ?? '').endsWith('s')
    if (military) return { out: [four], length: 2 }
    if (t.startsWith('0') || range || cued) return { out: [four], length: 1 }
  }
  return null
}

/**
 * The tokens with every figure in the reader's forms: digits, "HH:MM" (no leading zero when
 * am/pm is not known), a unit it knows. The same array when nothing needs rewriting.
 */
export function writtenNumbers(tokens: readonly string[]): readonly string[] {
  let out: string[] | null = null
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!
    const c = t.charCodeAt(0)
    const rewrite = c >= 48 && c <= 57 ? digitForm(tokens, i) ?? rewriteAt(tokens, i) : STARTS.has(t) ? rewriteAt(tokens, i) : null
    if (rewrite === null) {
      out?.push(t)
      i++
      continue
    }
    out ??= tokens.slice(0, i)
    out.push(...rewrite.out)
    i += rewrite.length
  }
  return out ?? tokens
}
