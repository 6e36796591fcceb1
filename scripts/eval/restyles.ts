/**
 * The development voices' games rewritten in other layouts, with the same facts: a check that a
 * change to the detector does not rest on how voices a and b write. Written from general knowledge
 * of how chat replies vary (no voice's sentences): terse lowercase chat, role-play with asterisk
 * actions, a numbered-list planner, JSON replies, a reply opening with a markdown quote of the
 * message before, other words for the same facts (reworded), other words for the same asks and doubts
 * (paraphrased), role-play told in the third person (narrated). Tool results are left alone (a tool answers the
 * same whoever asks). Used by restyle-check.ts.
 */
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const words = (n: number): string => (n < 20 ? ONES[n]! : TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : ''))

/** A repeatable draw per message (xorshift on an FNV hash of its id). */
function draws(seed: string): () => number {
  let h = 2166136261
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619)
  let x = h >>> 0 || 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 4294967296
  }
}
const sentences = (t: string) => t.replace(/\*\*/g, '').split(/(?<=[.!?])\s+(?=[A-Za-z0-9"'])/).filter(Boolean)
function clock12(h: number, m: number): string {
  const hh = h % 12 === 0 ? 12 : h % 12
  return `${hh}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`}${h < 12 ? 'am' : 'pm'}`
}

/** Terse lowercase chat: fragments joined by dashes or lines, abbreviations, 12-hour times, articles dropped. */
function terse(text: string, r: () => number): string {
  let t = text.toLowerCase()
  t = t.replace(/\b(\d{2}):(\d{2})\b(?!-)/g, (s, h: string, m: string) => (r() < 0.6 ? clock12(Number(h), Number(m)) : s))
  t = t.replace(/\bminutes?\b/g, () => (r() < 0.5 ? 'min' : 'mins')).replace(/(?<=\d\s?)seconds?\b/g, 'sec').replace(/\bhours\b/g, 'hrs')
  t = t.replace(/\bi will\b/g, 'ill').replace(/\bi am\b/g, 'im').replace(/\bdo not\b/g, 'dont').replace(/\bwith\b/g, 'w/').replace(/\bbefore\b/g, 'b4').replace(/\bplease\b/g, 'pls').replace(/\bbecause\b/g, 'cuz').replace(/\band\b/g, () => (r() < 0.3 ? '&' : 'and'))
  t = t.replace(/\b(the|a|an) (?=[a-z])/g, (s) => (r() < 0.35 ? '' : s))
  return sentences(t).map((s) => s.replace(/[.!]$/, '')).join(r() < 0.5 ? '\n' : ' — ')
}

const ACTIONS = ['*leans over the blueprints*', '*taps the map*', '*checks the watch*', '*nods slowly*', '*glances at the door*', '*cracks knuckles*', '*lowers voice*', '*spreads the floor plan on the table*']
/** Role-play: quoted speech between asterisk actions, small figures in words. */
function roleplay(text: string, r: () => number): string {
  const spoken = text.replace(/\*\*/g, '').replace(/(?<![-–.\d])\b(\d{1,2})(?![-–])(?= ?(?:minutes?|seconds?|hours?|guards?|cameras?|min)\b)/g, (s) => (r() < 0.6 ? words(Number(s)) : s))
  const parts = sentences(spoken)
  const action = () => ACTIONS[Math.floor(r() * ACTIONS.length)]!
  const out = [action(), `"${parts.slice(0, 2).join(' ')}"`]
  if (parts.length > 2) out.push(action(), `"${parts.slice(2).join(' ')}"`)
  return out.join(' ')
}

/** A numbered-list planner: a bold heading, one point a line, some times as "0200 hrs". */
function numbered(text: string, r: () => number, agent: string): string {
  const t = text.replace(/\*\*/g, '').replace(/\b(\d{2}):(\d{2})\b(?![-–])/g, (s, h: string, m: string) => (r() < 0.4 ? `${h}${m} hrs` : s)).replace(/\bminutes\b/g, () => (r() < 0.5 ? 'mins' : 'minutes'))
  return [`**${agent[0]!.toUpperCase()}${agent.slice(1)} — update**`, ...sentences(t).map((s, i) => `${i + 1}. ${s}`)].join('\n')
}

/** A JSON reply, fenced or not: the sentences as string values. */
function jsonish(text: string, r: () => number, agent: string): string {
  const parts = sentences(text.replace(/\*\*/g, ''))
  const reply: Record<string, unknown> = { role: agent, status: r() < 0.5 ? 'ok' : 'update' }
  if (parts.length <= 1) reply.note = parts[0] ?? ''
  else Object.assign(reply, { summary: parts[0], points: parts.slice(1) })
  return r() < 0.5 ? JSON.stringify(reply) : `\`\`\`json\n${JSON.stringify(reply, null, 2)}\n\`\`\``
}

/** A reply that opens by quoting a sentence with a figure from the message before it, markdown style. */
function quoting(text: string, r: () => number, _agent: string, previous?: string): string {
  const quoted = previous === undefined ? undefined : sentences(previous).find((s) => /\d/.test(s))
  return quoted !== undefined && r() < 0.5 ? `> ${quoted}\n\n${text}` : text
}

/**
 * Other words for the same facts: synonyms from a general thesaurus (for what tools do wrong, for the
 * things a plan counts and times, for the tools), contractions, small figures in words, and a
 * sentence "A, so B." turned into "B, since A.". Written before any rule was changed for it, and
 * including words no rule reads ("kaput", "law enforcement"), so it shows what a rule misses, not
 * only what it was made to catch.
 */
const SYNONYMS: readonly [RegExp, readonly string[]][] = [
  [/\bflaky\b/g, ['spotty', 'wonky', 'acting up']],
  [/\bunreliable\b/g, ['not dependable', 'hit-and-miss', 'dodgy']],
  [/\bglitching\b/g, ['playing up', 'misbehaving', 'freezing']],
  [/\bbroken\b/g, ['busted', 'kaput']],
  [/\berroring\b/g, ['timing out', 'spitting out garbage']],
  [/\berrors\b/g, ['timeouts', 'bad output']],
  [/\bout of date\b/g, ['stale', 'old']],
  [/\bunavailable\b/g, ['unreachable', 'not responding']],
  [/\bpolice\b/gi, ['law enforcement', 'police']],
  [/\bcops\b/gi, ['the law', 'squad cars']],
  [/\bfootage\b/gi, ['recordings', 'video']],
  [/\bkept\b/g, ['stored', 'retained']],
  [/\bguards\b/g, ['security staff', 'guards', 'watchmen']],
  [/\bhandover\b/g, ['swap', 'changeover']],
  [/\bdrilling\b/g, ['boring', 'cutting']],
  [/\bwindow\b/g, ['slot', 'gap']],
  [/\bresponse\b/g, ['arrival', 'response']],
  [/\bcameras\b/g, ['CCTV units', 'cameras', 'lenses']],
  [/\bcalculator\b/g, ['calc', 'math tool']],
  [/\bdatabase\b/g, ['records system', 'db']],
  [/\bblueprints\b/g, ['plans', 'drawings']],
  [/\bfile reader\b/g, ['document tool', 'file tool']],
]
const CONTRACT: readonly [RegExp, string][] = [[/\bit is\b/g, "it's"], [/\bdo not\b/g, "don't"], [/\bwe are\b/g, "we're"], [/\bI will\b/g, "I'll"], [/\bcannot\b/g, "can't"], [/\bthat is\b/g, "that's"]]
function reworded(text: string, r: () => number): string {
  let t = text
  for (const [re, alts] of SYNONYMS) t = t.replace(re, (m) => (r() < 0.7 ? alts[Math.floor(r() * alts.length)]! : m))
  for (const [re, to] of CONTRACT) t = t.replace(re, (m) => (r() < 0.6 ? to : m))
  t = t.replace(/(?<![-–.:\d])\b(\d{1,2})(?![-–:.\d])(?= ?(?:minutes?|seconds?|hours?|guards?|cameras?|min)\b)/g, (n) => (r() < 0.5 ? words(Number(n)) : n))
  return t.replace(/([A-Z][^.!?]*?), so ([^.!?]+)\./g, (m, a: string, b: string) => (r() < 0.5 ? `${b[0]!.toUpperCase()}${b.slice(1)}, since ${a[0]!.toLowerCase()}${a.slice(1)}.` : m))
}

/**
 * Everyday paraphrases, one way or the other: the same act in other words. Written from general
 * English (how people say "again", "check", "later", "who does what"), not from any voice; each
 * replaced at random, so a game mixes both wordings.
 */
const PARAPHRASES: readonly [RegExp, readonly string[]][] = [
  [/\bagain\b/g, ['one more time', 'a second time', 'over']],
  [/\bonce more\b/g, ['one more time', 'another time']],
  [/\bdouble-?check(ed|ing|s)?\b/g, ['go over$1', 'look over$1', 'check twice']],
  [/\bre-?check(ed|ing|s)?\b/g, ['check over', 'look at it anew']],
  [/\bre-?run( it| the numbers)?\b/g, ['run$1 through', 'work$1 out anew']],
  [/\bverify\b/g, ['make sure of', 'make certain of']],
  [/(?<!-)\bconfirm\b/g, ['make certain of', 'check']],
  [/(?<!-)\bconfirmed\b/g, ['made certain of', 'checked']],
  [/\btomorrow\b/g, ['the day after', 'in the morning']],
  [/\bnext week\b/g, ['in a few days', 'some other night']],
  [/\bdry run\b/g, ['practice run', 'walk-through']],
  [/\brehearsal\b/g, ['walk-through', 'practice run']],
  [/\bpostpone\b/g, ['push back', 'hold off on']],
  [/\bbefore (anyone|we) (commit|leans? on it|moves?)\b/g, ['before $1 settle$2', 'before anything is final']],
  [/\bnot sure\b/g, ['unclear', 'unsure']],
  [/\bI figured\b/g, ['I assumed', 'I thought']],
  [/\bwhose job\b/g, ['whose task', 'who was on']],
  [/\bsaid\b/g, ['mentioned', 'told us']],
  [/\bcovering\b/g, ['taking care of', 'on']],
  [/\bhandling\b/g, ['dealing with', 'looking after']],
  [/\bright\?/g, ['yes?', 'correct?']],
  [/\bunderstood\b/gi, ['got it', 'roger']],
  [/\bnoted\b/gi, ['heard', 'logged']],
  [/\bthanks\b/gi, ['cheers', 'appreciated']],
  [/\bI think\b/g, ['I believe', 'as I see it']],
  [/\bready\b/g, ['set', 'good to go']],
]
/** Contractions spelt out ("reworded" makes them): a voice that writes "I will" and "do not" in full. */
const SPELT_OUT: readonly [RegExp, string][] = [
  [/\bI'll\b/g, 'I will'], [/\bdon't\b/g, 'do not'], [/\bit's\b/g, 'it is'], [/\bthat's\b/g, 'that is'], [/\bcan't\b/g, 'cannot'], [/\blet's\b/gi, 'let us'], [/\bwe're\b/g, 'we are'],
]

/**
 * The same acts in other words: everyday paraphrases of asking again, checking, putting off and who
 * does what, contractions spelt out, small figures in words ("three guards"; not clock times), and
 * the first sentence moved to the end now and then. A check that a rule reads the act, not a and b's
 * words for it. Written before the rules it checks were changed (h-det-b, fourth session).
 */
const cased = (was: string, to: string) => (/^[A-Z]/.test(was) ? to[0]!.toUpperCase() + to.slice(1) : to)
function paraphrased(text: string, r: () => number): string {
  let t = text.replace(/\*\*/g, '')
  for (const [re, alts] of PARAPHRASES) t = t.replace(re, (...m) => (r() < 0.7 ? cased(m[0], alts[Math.floor(r() * alts.length)]!.replace('$1', m[1] ?? '').replace('$2', m[2] ?? '')) : m[0]))
  for (const [re, to] of SPELT_OUT) t = t.replace(re, (m) => (r() < 0.5 ? to : m))
  t = t.replace(/(?<![-–.:\d])\b(\d{1,2})\b(?![-–:.]\d)(?= ?[a-z])/g, (n) => (r() < 0.5 ? words(Number(n)) : n))
  const parts = sentences(t)
  return parts.length > 2 && r() < 0.4 ? [...parts.slice(1), parts[0]].join(' ') : parts.join(' ')
}

const PRONOUN = ['they', 'she', 'he'] as const
const VERBS = ['says', 'adds', 'mutters', 'puts in', 'replies']
/** Role-play told in the third person: the speaker named, the speech in quotes, a speech verb after it. */
function narrated(text: string, r: () => number, agent: string): string {
  const who = `The ${agent}`
  const they = PRONOUN[Math.floor(r() * PRONOUN.length)]!
  const parts = sentences(text.replace(/\*\*/g, ''))
  return parts.map((s, i) => {
    const verb = VERBS[Math.floor(r() * VERBS.length)]!
    const said = s.replace(/[.!]$/, '')
    return i === 0 ? `${who} looks up from the table. "${said}," ${they} ${verb}.` : r() < 0.5 ? `"${said}," ${they} ${verb}.` : `${they[0]!.toUpperCase()}${they.slice(1)} ${verb}, "${s}"`
  }).join(' ')
}

const STYLES = { terse, roleplay, numbered, jsonish, quoting, reworded, paraphrased, narrated } as const
export type StyleName = keyof typeof STYLES
export const STYLE_NAMES = Object.keys(STYLES) as StyleName[]

/** One message in `style`, the same for the same message id; `previous` is the message before it, as written. */
export function restyle(style: StyleName, text: string, messageId: string, agent: string, previous?: string): string {
  return STYLES[style](text, draws(`${messageId}:${style}`), agent, previous)
}
