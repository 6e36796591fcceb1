/**
 * Words as a rule that reads meaning should see them, whatever the voice's spelling habits:
 * markdown marks dropped ("**down**", "`query_db`"), curly apostrophes straightened, "n't" read as
 * "not" ("isn't" is "is not", "can't" is "can not", "won't" is "will not"), and the "'s" of a
 * possessive or a contraction dropped ("DB's down" names the DB). Snake-case names split
 * ("query_db" is "query db"). Used by the rules that read a word list (tool-claims.ts,
 * attributions.ts), so a list item is matched in any of those spellings.
 */

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'(s|re|ve|ll|d|m)\b/g, ''],
]

/** The text, lower-cased, with apostrophes straightened and contractions spelt out (one string, for clause splitting). */
export function plainText(text: string): string {
  let s = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[*_`~#>]+/g, ' ')
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to)
  return s
}

const WORDS = /[a-z0-9]+/g

/** The words of a text read by `plainText`. */
export function plainWords(text: string): string[] {
  return plainText(text).match(WORDS) ?? []
}

/** Endings that make a form of a short word ("fail": "fails", "failed", "failing", "failure"; "bug": "buggy"). */
const ENDINGS = ['', 's', 'es', 'ed', 'ing', 'ure', 'y']

/**
 * True when `word` is a form of `stem`: for a stem of five letters or more any word it begins
 * ("glitch": "glitching", "glitchy"); a shorter stem takes only an inflection ("fail": "failing",
 * "bug": "buggy"), so "down" never reads "download".
 */
export function isFormOf(word: string, stem: string): boolean {
  if (stem.length >= 5) return word.startsWith(stem)
  if (!word.startsWith(stem)) return false
  let rest = word.slice(stem.length)
  // A doubled last consonant: "bugged", "buggy".
  if (rest.startsWith(stem.at(-1)!) && !/[aeiou]/.test(stem.at(-1)!)) rest = rest.slice(1)
  return ENDINGS.includes(rest)
}

/** `isFormOf` as a regex source over one word (for word-lists.ts). */
export function formsPattern(stem: string): string {
  if (stem.length >= 5) return String.raw`${stem}[a-z0-9]*`
  const last = stem.at(-1)!
  return String.raw`${stem}${/[aeiou]/.test(last) ? '' : `${last}?`}(${ENDINGS.filter(Boolean).join('|')})?`
}

/**
 * The forms a word may be an inflection of, itself first: "drives" may be "drive", "covering"
 * "cover", "handling" "handle", "agreed" "agree", "bugged" "bug". A list looks each up in turn,
 * so it need hold only the plain form.
 */
export function baseForms(word: string): string[] {
  const out = [word]
  const strip = (suffix: string) => (word.length > suffix.length + 2 && word.endsWith(suffix) ? word.slice(0, -suffix.length) : null)
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing']) {
    const stem = strip(suffix)
    if (stem === null) continue
    out.push(stem)
    if (suffix === 'ed' || suffix === 'ing') {
      out.push(`${stem}e`)
      // A doubled last consonant: "dropped", "planning".
      if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1))
    }
  }
  return out
}

/** Base forms by word, for one session (a session repeats a few hundred words thousands of times). */
export type Forms = (word: string) => readonly string[]

/** {@link baseForms} remembered per word: one per session, dropped with it. */
export function formsMemo(): Forms {
  const memo = new Map<string, readonly string[]>()
  return (word) => {
    let forms = memo.get(word)
    if (!forms) memo.set(word, forms = baseForms(word))
    return forms
  }
}

/** The words `baseForms` reads as forms of `base`, as a regex source over one word (for word-lists.ts). */
export function inflectionsPattern(base: string): string {
  const stems = [base, ...(base.endsWith('e') ? [base.slice(0, -1)] : []), ...(/[^aeiou]$/.test(base) ? [`${base}${base.at(-1)}`] : [])]
  return String.raw`(?:${stems.join('|')})(?:s|es|d|ed|ing)?`
}
