/**
 * The development voices' games rewritten in other layouts, with the same facts: a check that a
 * change to the detector does not rest on how voices a and b write. Written from general knowledge
 * of how chat replies vary (no voice's sentences): terse lowercase chat, role-play with asterisk
 * actions, a numbered-list planner, JSON replies, a reply opening with a markdown quote of the
 * message before, and other words for the same facts (reworded). Tool results are left alone (a tool answers the
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

const STYLES = { terse, roleplay, numbered, jsonish, quoting, reworded } as const
export type StyleName = keyof typeof STYLES
export const STYLE_NAMES = Object.keys(STYLES) as StyleName[]

/** One message in `style`, the same for the same message id; `previous` is the message before it, as written. */
export function restyle(style: StyleName, text: string, messageId: string, agent: string, previous?: string): string {
  return STYLES[style](text, draws(`${messageId}:${style}`), agent, previous)
}
