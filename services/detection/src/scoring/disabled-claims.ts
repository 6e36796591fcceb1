/**
 * Claims that a security measure is not working ("the cameras are disabled", "the vibration sensor on
 * the door is inactive"): read from a message's tokens, beside the quantities facts.ts reads.
 */
export const STATUS_SUBJECTS = new Set(['camera', 'cameras', 'alarm', 'alarms', 'sensor', 'sensors', 'guard', 'guards', 'lock', 'system'])
const COPULAS = new Set(['are', 'is', 'were', 'was', 'already', 'currently', 'remain', 'stay', 'all', 'now', 'been', 'be', "they're", 'will'])
export const DISABLED = new Set(['disabled', 'off', 'offline', 'inactive', 'down', 'deactivated', 'unmanned', 'unguarded', 'blind', 'dead', 'broken', 'empty'])

export interface DisabledClaim {
  subject: string
  at: number
}

const NO_CLAIMS: readonly DisabledClaim[] = Object.freeze([])

/** Prepositions that open a phrase saying which of a kind is meant: "the sensor on the door", "the cameras in B-1". */
const LOCATING = new Set(['on', 'in', 'at', 'over', 'near', 'by', 'inside', 'outside', 'behind', 'along', 'above', 'below'])
/** The words of the phrase that may stand between a subject and its copula ("on the vault door"). */
const MAX_LOCATING = 4

/** Where the copula after a locating phrase starting at `at` is (the phrase's words first, no clause break); else `at - 1`. */
function copulaAfterPhrase(tokens: readonly string[], at: number): number {
  for (let k = at + 1; k <= at + MAX_LOCATING && k < tokens.length; k++) {
    const t = tokens[k]!
    if (COPULAS.has(t)) return k
    if (t === ',' || t === '.' || t === ';' || t === ':') break
  }
  return at - 1
}

/**
 * "the cameras are disabled": a claim that a security measure is not working. The subject may say which one it is
 * in a prepositional phrase before the copula ("the vibration sensor on the door is inactive during the maintenance
 * window": voice j's false_info moles, lookout and driver seats, not read before).
 */
export function findDisabledClaims(tokens: readonly string[]): readonly DisabledClaim[] {
  const hits: DisabledClaim[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!STATUS_SUBJECTS.has(tokens[i]!)) continue
    let sawCopula = false
    const from = LOCATING.has(tokens[i + 1] ?? '') ? copulaAfterPhrase(tokens, i + 2) : i + 1
    for (let j = from; j <= from + 3 && j < tokens.length; j++) {
      const t = tokens[j]!
      if (COPULAS.has(t)) sawCopula = true
      else if (DISABLED.has(t) && sawCopula) {
        if (tokens[j - 1] !== 'not') hits.push({ subject: tokens[i]!.replace(/s$/, ''), at: i })
        break
      } else if (!sawCopula) break
    }
  }
  return hits.length > 0 ? hits : NO_CLAIMS
}
