import type { GameOutcome } from '@heist/shared/contracts/browser'

/**
 * What an evaluation means, in words that are true whichever game it was: a wrong accusation
 * says only that the accused is innocent (the mole is someone else, or there is none), and a
 * right "nobody" does not speak of finding a mole. The reveal says who the mole was.
 */
export function outcomeText(outcome: GameOutcome, guess: string | null): string {
  if (outcome === 'busted') return 'BUSTED — no one was accused; the heist failed.'
  if (guess === 'nobody') {
    return outcome === 'success'
      ? 'SUCCESS — right call: there is no mole in this crew; the heist goes ahead.'
      : 'FAILURE — wrong call: there was a mole, and it got away with it.'
  }
  return outcome === 'success'
    ? 'SUCCESS — you found the mole; the heist goes ahead.'
    : 'FAILURE — wrong call: you accused an innocent crew member.'
}
