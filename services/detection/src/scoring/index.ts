/**
 * The detector's scoring, framework-free: the detection service and the evaluation harness
 * (`scripts/eval`) import this same module, so what is measured is what is served.
 */
export { combine, detect, judgePart, JUDGE_RANK_SPREAD, pickSuspect, ONE_ITEM_SHARE, RUNNER_UP_SHARE, DEFAULT_WEIGHTS, type DetectOptions, type DetectionWeights } from './combine.js'
export { askModel, buildDetectionPrompt, firstJsonObject, parseModelAnswer, ModelAnswer, RESPONSE_FORMAT, SYSTEM_PROMPT, type ChatFn, type ChatMessage, type DetectionChatRequest, type ModelOutcome } from './model.js'
export { DEFAULT_SIGNAL_WEIGHTS, SIGNALS, ruleTimeline, scoreRules, scoreRulesUntil, timelineRounds, type RuleOptions, type RuleScore, type SignalWeights } from './rules.js'
export { seedRuleScores } from './seed-baseline.js'
export type { ScoringInput } from './prepare.js'
export { tokenize } from './text.js'
export { CALIBRATION } from './calibration.js'
export type { Calibration } from './calibration-type.js'
export { WORD_LISTS, type WordList } from './word-lists.js'
