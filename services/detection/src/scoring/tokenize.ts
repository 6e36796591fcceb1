/**
 * The detector's tokenizer: whole words and numbers, never substrings.
 */

// Words, numbers (decimals, clock times), hyphens (kept only between two numbers: a range,
// "10-15"), sentence ends ("."), clause breaks ("," for a comma or a line break, so "B-1, no
// cameras" and a bullet on the next line never join one phrase) and arithmetic signs, so
// "3 * 12 + 9 = 45" is not read as quantities. Markdown emphasis ("**24 cameras**") is not an
// operator; an identifier such as "B-1" or "L4" is one token. Read by hand in one pass: a regex match
// plus a second pass cost twice as much.

const isLetter = (c: number) => c >= 97 && c <= 122
const isDigit = (c: number) => c >= 48 && c <= 57

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** A clause break: pushed once, never first, never right after another break or a sentence end. */
function pushBreak(tokens: string[]): void {
  const last = tokens[tokens.length - 1]
  if (last !== undefined && last !== ',' && last !== '.') tokens.push(',')
}

/** `*` is multiplication only between numbers: `**24**` is emphasis and `* item` a bullet. */
function isTimes(s: string, i: number, lastToken: string | undefined): boolean {
  if (s.charCodeAt(i + 1) === 42 || s.charCodeAt(i - 1) === 42) return false
  return lastToken !== undefined && isDigit(lastToken.charCodeAt(0))
}

const isMeridiem = (t: string | undefined) => t === 'am' || t === 'pm'

/**
 * LaTeX's operators, as small models write worked sums (`\\( 3 \\times 12 + 9 = 45 \\)`): read as the
 * signs they stand for, so the sum is arithmetic and the figure after its "=" a claim with its unit
 * ("\\( 30 \\div 3 = 10 \\) minutes" is "30 / 3 = 10 minutes"). Any other command (`\\text`, `\\quad`,
 * `\\frac`) is markup and reads as nothing.
 */
const LATEX_OPERATORS = new Map([['times', '*'], ['cdot', '*'], ['div', '/'], ['approx', '='], ['simeq', '=']])

const isOperatorToken = (t: string | undefined) => t === '*' || t === '+' || t === '/' || t === '×' || t === '='

/** The next character that is not a space, or 0 at the end. */
function nextVisible(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++
  return i < s.length ? s.charCodeAt(i) : 0
}

/** A sign that continues a sum after a closing bracket: "(3 * 12 + 9) = 45", "(2 * 60) - 10". */
const continuesSum = (c: number) => c === 61 || c === 43 || c === 42 || c === 47 || c === 45 || c === 0xd7 || c === 92

/** Lowercased word and number tokens of a text, apostrophes normalised. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase()
  const s = lower.includes('’') ? lower.replaceAll('’', "'") : lower
  const tokens: string[] = []
  const len = s.length
  let afterNumber = false // the previous token (hyphens included) was a number
  let hyphen = false // a hyphen right after a number: kept only if a number comes next
  let wordEnd = -1 // where the last word token ended, for identifiers such as "b-1"
  let i = 0
  while (i < len) {
    const c = s.charCodeAt(i)
    if (isLetter(c)) {
      let j = i + 1
      while (j < len && isLetter(s.charCodeAt(j))) j++
      if (j + 1 < len && s.charCodeAt(j) === 39 && isLetter(s.charCodeAt(j + 1))) {
        j += 2
        while (j < len && isLetter(s.charCodeAt(j))) j++
      }
      tokens.push(s.slice(i, j))
      hyphen = afterNumber = false
      wordEnd = j
      i = j
    } else if (isDigit(c)) {
      let j = i + 1
      while (j < len && isDigit(s.charCodeAt(j))) j++
      const sep = j + 1 < len ? s.charCodeAt(j) : 0
      if ((sep === 46 || sep === 58) && isDigit(s.charCodeAt(j + 1))) {
        j += 2
        while (j < len && isDigit(s.charCodeAt(j))) j++
      }
      // Not a time ("2:45", "pm-6:00": the hyphen of a range after am/pm): a time names nothing.
      const joins = (wordEnd === i || (wordEnd === i - 1 && s.charCodeAt(i - 1) === 45)) && !isMeridiem(tokens[tokens.length - 1]) && s.charCodeAt(j - 3) !== 58
      if (joins) {
        // "b-1", "l4": a name, not a number.
        tokens[tokens.length - 1] += `${wordEnd === i ? '' : '-'}${s.slice(i, j)}`
        hyphen = afterNumber = false
        wordEnd = j // "cam-b1-04" goes on

        i = j
        continue
      }
      if (hyphen) tokens.push('-')
      tokens.push(s.slice(i, j))
      hyphen = false
      afterNumber = true
      i = j
    } else if (c === 45 || c === 0x2013) { // - –
      hyphen = afterNumber
      afterNumber = false
      i++
    } else if (c === 42) { // *
      if (isTimes(s, i, tokens[tokens.length - 1])) tokens.push('*')
      hyphen = afterNumber = false
      i++
    } else if (c === 61 || c === 43 || c === 47 || c === 0xd7) { // = + / ×
      tokens.push(s[i]!)
      hyphen = afterNumber = false
      i++
    } else if (c === 92) { // \\: a LaTeX command, or a math delimiter \\( \\) \\[ \\] (markup, no clause break)
      let j = i + 1
      while (j < len && isLetter(s.charCodeAt(j))) j++
      const sign = LATEX_OPERATORS.get(s.slice(i + 1, j))
      if (sign !== undefined) {
        tokens.push(sign)
        hyphen = afterNumber = false
      }
      i = j === i + 1 ? i + 2 : j
    } else if (c === 40 && (isOperatorToken(tokens[tokens.length - 1]) || hyphen)) { // "45 - (3 * 12 + 9)": a bracket inside a sum
      if (hyphen) tokens.push('-')
      hyphen = afterNumber = false
      i++
    } else if (c === 41 && afterNumber && continuesSum(nextVisible(s, i + 1))) {
      afterNumber = false
      i++
    } else if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 === len || isSpace(s.charCodeAt(i + 1)))) { // . ! ? ;
      tokens.push('.')
      hyphen = afterNumber = false
      i++
    } else {
      // , a line break, and brackets: "(access level 4): camera monitors" is no count of cameras
      if (c === 44 || c === 10 || c === 40 || c === 41) pushBreak(tokens)
      i++
    }
  }
  return tokens
}

/** True for a token that is punctuation (a clause break or a sentence end), not a word. */
export function isBreak(token: string | undefined): boolean {
  return token === ',' || token === '.'
}

