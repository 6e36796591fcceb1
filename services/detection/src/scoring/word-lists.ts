/**
 * Every word list the rules read, in one place, as regex sources (one per item, matched as whole
 * words in lower case). Scoring does not read this table: the rules keep their own compiled
 * forms. It is what `scripts/eval/word-dependence.ts` uses to measure how much the rules lean on
 * the wording of the voices the lists were read from (an item a voice never uses is dropped from
 * that voice's games to see what the rules lose).
 */
import { OWNERSHIP, SPEECH, TASKS } from './attributions.js'
import { DISABLED, STATUS_SUBJECTS } from './disabled-claims.js'
import { COUNT_NOUNS, TOPIC_WORDS } from './facts.js'
import { ROLE_ITEMS } from './names.js'
import { ACCESS_HEADS, OTHERS, PLAN_CUES } from './place-phrases.js'
import { REDO_ITEMS } from './rechecks.js'
import { ASK_ITEMS } from './asks.js'
import { BLAME, CONCRETE, CONFUSION, CORRECTION, HEDGING, type Lexicon, RUSHING, STALLING, TOOL_AVOIDANCE, TOOL_WORDS } from './text.js'
import { formsPattern, inflectionsPattern } from './plain-words.js'
import { FAILURE, REPORTING_VERBS, SHORT_NAMES, WORKING } from './tool-claims.js'

export interface WordList {
  name: string
  /** The rules that read it. */
  rules: string
  /** Read only with `RuleOptions.phrases` (the eval's phrase_rules comparison), not by the service. */
  phraseMode: boolean
  items: readonly string[]
}

/** A lexicon's phrases as regex sources: its tokens, split where the tokenizer splits ("double-check" is "double check"). */
function lexiconItems(lex: Lexicon): string[] {
  return [...lex.byFirst.values()].flat().map((tokens) => tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`[\s-]+`))
}

const served = (name: string, rules: string, items: Iterable<string>): WordList => ({ name, rules, phraseMode: false, items: [...new Set(items)] })
const phrase = (lex: Lexicon, rules: string): WordList => ({ name: lex.name, rules, phraseMode: true, items: lexiconItems(lex) })

export const WORD_LISTS: readonly WordList[] = [
  served('redo', 'empty asks (rechecks.ts)', REDO_ITEMS),
  served('asks', 'asks of the team, the grammar of asking (asks.ts)', ASK_ITEMS),
  served('tool_failure', 'tool failure claims (tool-claims.ts)', FAILURE.map(formsPattern)),
  served('tool_working', 'tool failure claims, under a negation (tool-claims.ts)', WORKING.map(formsPattern)),
  served('tool_names', 'tool failure claims, tools talked about but not used', [...TOOL_WORDS.keys(), ...SHORT_NAMES.keys()]),
  served('tasks', 'misattributed tasks (attributions.ts)', Object.values(TASKS).flat().map(inflectionsPattern)),
  served('speech', 'misattributed words and ownership (attributions.ts)', [...SPEECH, ...OWNERSHIP].map(inflectionsPattern)),
  served('disabled', 'security measures said to be off (facts.ts)', [...STATUS_SUBJECTS, ...DISABLED]),
  served('roles', 'people given a role (names.ts)', Object.values(ROLE_ITEMS).flat()),
  served('topics', 'what a time or duration is about (facts.ts)', TOPIC_WORDS.keys()),
  served('count_nouns', 'what a count is of (facts.ts)', COUNT_NOUNS.keys()),
  served('tool_reports', 'what a tool reported is no failure claim (tool-claims.ts)', REPORTING_VERBS),
  served('places', 'places put in the plan (plan-claims.ts): heads and cues', [...ACCESS_HEADS, ...PLAN_CUES]),
  served('place_reports', 'a place in a report of someone else, not the plan (plan-claims.ts)', OTHERS.map((w) => `${w}s?`)),
  phrase(HEDGING, 'hedging, vagueness'),
  phrase(STALLING, 'stalling'),
  phrase(RUSHING, 'rushing'),
  phrase(CONFUSION, 'confusion'),
  phrase(CORRECTION, 'self-correction'),
  phrase(CONCRETE, 'vagueness'),
  phrase(BLAME, 'tool blame'),
  phrase(TOOL_AVOIDANCE, 'tool avoidance'),
]
