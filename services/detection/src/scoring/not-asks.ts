/**
 * Sentences with the grammar of asking that put no work before the team, so no hold-up: what the honest crews of
 * the development voices said most among the "asks" of asks.ts (seeds 2-3: 70-90 % of the sentences counted on
 * m, l, j and o's innocents and controls, the largest rule weight on innocents there). Each is a closed form of
 * plain English, not a voice's sentence:
 * - an offer of the speaker's own help, the speaker the one who acts or answers ("want me to walk you through the
 *   zones?", "need a name or a shift, ask me", "please check any guard question with me first", "is there anything
 *   else I can help you with?"), or a question whether the team wants or needs something ("anyone want the routes on
 *   paper?"), unless it is to be done again or first;
 * - a prohibition, a negative order that holds nothing back ("please do not touch the keypad", "keep your hands off
 *   the keypad", "nobody stops walking"); with "yet", "until", "before" or "first" it puts something off ("let us
 *   not pick a night yet") and stays an ask;
 * - a cheer or a manner ("let's make this heist a success!", "let us be careful", "please rest assured"): an
 *   exclamation that asks nothing, or "let us be" an adjective;
 * - a check that the team has understood or agrees ("everybody clear on that?", "did everybody copy that?", "any
 *   questions about the door?", "gloves on the whole time, okay?");
 * - a step of the plan read out in order ("first, we need to learn everything about the bank", "finally, we need
 *   to get out safely", "step 3: ..."), and a promise in the third person ("the planner will make sure everyone
 *   follows the timeline").
 * The staller's asks that the same grammar would have let through are kept by the conditions above: a stall wants
 * something done, again or first ("let's double-check it next round before we lock anything in").
 */

const OFFER = /\b(ask me|(want|need|like) me to|(check|clear)( \w+){0,3} with me|i can help|can i help|(anything|something) (else )?i can)\b/
/** A question whether the listeners want or need something: the speaker offers it ("anyone need the sensor map?", "need any more names from the roster?", l's). */
const OFFERED = /(\b(anyone|anybody|do you|does anyone|does anybody|you all|everyone|everybody) (still )?(want|need|wanna)|^\W*(want|need) (any|more|some)\b)[^?]{0,200}\?/
const PROHIBITION = /\b(do not|don['’]?t|never|nobody|no one|keep( \w+){0,2} (off|away))\b/
/** What turns a negative order into putting something off. */
const PUT_OFF = /\b(yet|until|till|before|first|wait\w*|later)\b/
const MANNER = /\blet(['’]s| us) be\b|\brest assured\b/
/** A question about whether the team understood or agrees with what was said. */
const UNDERSTOOD = /\b(clear|okay|ok|copy|follow|understood|agreed|agree|questions?)\b[^?]{0,30}\?\s*$|^\W*(okay|ok|clear|right|agreed|understood)\?$/
/** A step of the plan read out in order: "first," "next," "then," "finally," or "step 3:" opening the sentence. */
const PLAN_STEP = /^\W*(first|second|third|next|then|finally|lastly|step \d+)\b\s*[,:]/
const THIRD_PERSON_PROMISE = /^\W*(the|our) [\w ]{1,40}\b(will|shall|is going to) make sure\b/

/** True when a sentence (lower case) asks in form only: an offer, a prohibition, a cheer, a check of understanding, a step read out. */
export function asksNothing(s: string): boolean {
  if (OFFER.test(s) || MANNER.test(s) || PLAN_STEP.test(s) || THIRD_PERSON_PROMISE.test(s)) return true
  if ((PROHIBITION.test(s) || OFFERED.test(s)) && !PUT_OFF.test(s) && !/\bagain\b/.test(s)) return true
  // An exclamation with no question in it cheers; a stall asks for something to be done ("we check it again!" is read by rechecks.ts).
  if (/!\s*$/.test(s) && !s.includes('?')) return true
  return UNDERSTOOD.test(s)
}
