/**
 * What only voice q does: Qwen3's reasoning block in the game's server mode and its Hermes calls
 * behind it, its sabotage ("optimizations" of the plan) and one set of lies a game, its innocents'
 * mistakes (units converted and kept, clock times subtracted as decimals), the manner per seat and
 * the habits of its assistant tuning. The checks every voice passes (routing, replay, parsed text
 * calls, judge wrappers, no shared sentence, HTTP, the real engine) are its row in `helpers/voice-rows/q.ts`, and those of its own play
 * (sabotage, claims, one set of lies, honest mistakes) its `TRAITS` below, for `helpers/voice-checks.ts`.
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls, stripThinking } from '@heist/orchestrator/engine'
import { STRATEGIES } from '../src/model/prompt.js'
import type { Strategy } from '../src/model/index.js'
import { MOLE_Q } from '../src/model/voices/mole-q.js'
import { LABELS_Q, NEXT_STEPS_Q, OFFERS_Q } from '../src/model/voices/style-q.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { expectOneSetOfLies, fingerprints, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { SEATS, SEEDS, shareOf, valuesOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_Q } from './helpers/voice-rows/q.js'

const Q = 'heist-sim-q'

const { isCall } = ROW_Q
const LABEL = new RegExp(`^(${Object.values(LABELS_Q).flat().map((l) => l.replace(/[*]/g, '\\*')).join('|')}) `)
/** The message the team reads (no reasoning), as a reader compares it with the templates: tag, label, bold and list layout off, lower-cased. */
const plain = (text: string) => stripThinking(text).replace(/^\[\w+\] /, '').replace(LABEL, '').replace(/\*\*/g, '').replace(/\n+(?:- |✅ )?/g, ' ').toLowerCase()
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

/** q's lies in a misquoted document or table, and calculations from its premise (close 02:53 or 02:57, police 7-9 or 11-13). */
const MISQUOTED = /\b(19|17)( security| CCTV)? cameras|police[^.;]{0,30}?\b(7-9|11-13) min|02:00-(02:53|02:57)/i
const PREMISE_CALC = /^(53|57) - \(3 \* 12 \+ 9\)$|^30 \+ (7|11) \* 60$|^\(2 \* 60 \+ (53|57)\) - |^(9|13) \* 60 - 30$/
const PRINTS = new Map(STRATEGIES.map((s) => [s, fingerprints([...MOLE_Q.loud[s], ...MOLE_Q.quiet[s], ...MOLE_Q.reports[s], ...Object.values(MOLE_Q.personal ?? {}).flatMap((b) => b[s] ?? [])]).map((f) => f.replace(/\*\*/g, '').toLowerCase())]))
/** A sabotaged message: q's phrasing for the strategy (bold off on both sides, since its style bolds a figure), a misquote or a wrong-premise sum. */
const sabotaged = (said: Said, strategy: Strategy) => PRINTS.get(strategy)!.some((f) => plain(said.text).includes(f))
  || (strategy === 'false_info' && MISQUOTED.test(said.text))
  || (strategy === 'timing_errors' && said.calls.some((c) => PREMISE_CALC.test(String(c.args.expression ?? ''))))

/** The reasoning mode a reply shows: the whole block, the empty one, only its closing tag, or none (parsed away by the server). */
const modeOf = (text: string) => (text.startsWith('<think>\n\n</think>\n\n') ? 'empty' : text.startsWith('<think>\n') ? 'full' : /\n<\/think>\n\n/.test(text) ? 'closing' : 'parsed')

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  replay: { name: 'driver', strategy: 'subtle_delays' },
  plain,
  sabotaged,
  claims: { mole: MOLE_Q, how: 'what it says it observed, and a quiet one state the figure flat' },
  lies: {
    what: 'close, police range, camera count, door time, entry, rally point and channel',
    strategies: ['false_info', 'timing_errors', 'coordination_chaos'], seats: ['hacker', 'driver', 'lookout'], liars: 20,
    readings: [
      valuesOf(/(?:workable|accessible|inside) until (\d\d:\d\d)|(?:completes|relocking|finishing|crew leave|didn't leave until) (?:at )?(\d\d:\d\d)/g),
      valuesOf(/\b(\d+)-\d+ minutes/g, ['3', '10']),
      valuesOf(/only (\d+) actually watch|so (\d+) cover the inside|only (\d+) cameras cover/g),
      valuesOf(/(\d+) of the 24 cameras are ptz|(\d+) of these cameras are ptz|counted the domes: (\d+)|i can see (\d+) of the domes/g),
      valuesOf(/door takes (\d+) minutes|3 × \d+ \+ 9 = (\d+)/g, ['45']),
      valuesOf(/enter at (\d\d:\d\d)|entry is at (\d\d:\d\d)/g, ['01:50']),
      valuesOf(/(the 24-hour car wash on route 30|the gym parking lot on birch road|the parking garage on alder street)/g),
      valuesOf(/channel (\d+)/g),
    ],
  },
  mistakes: {
    what: ', a unit converted and kept or clock times subtracted as decimals, in about one message in eight',
    share: [0.06, 0.22], slips: 5,
    kinds: {
      slip: /\b0\.5[- ]seconds?\b|\b1800[- ]minutes?\b|\bfor 2 hours\b|\b95 minutes\b/,
      hedge: / \(based on the current data\)| — please verify|, assuming nothing has changed| \(to my understanding\)/,
      caution: /if the radios fail, we fall back|clear abort condition before|printed copy of the timeline|second meeting point as well|no prints or faces on record/,
    },
  },
}

describe('voice q (heist-sim-q)', () => {
  voiceChecks(ROW_Q, TRAITS)

  it('keeps one reasoning mode for a whole game, as one server\'s settings do, and every mode shows over games', () => {
    const modes = new Map<string, number>()
    for (const seed of [...SEEDS, 8, 9, 10, 11]) {
      const seen = new Set(playSession({ model: Q, seed }).map((s) => modeOf(s.text)))
      expect(seen.size, `seed ${seed}`).toBe(1)
      for (const m of seen) modes.set(m, (modes.get(m) ?? 0) + 1)
    }
    expect([...modes.keys()].sort()).toEqual(['closing', 'empty', 'full', 'parsed'])
  })

  it('writes its text tool calls as Qwen3 does, Hermes tags behind the reasoning block or a sentence; the orchestrator runs each one', () => {
    const textCalls = textCallsOf(Q)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    const call = String.raw`<tool_call>\n\{"name": "(calculator|read_file|query_db)", "arguments": \{"[a-z]+": "[^\n]+"\}\}\n</tool_call>`
    const before = String.raw`<think>\n[^<>]+\n</think>\n\n|<think>\n\n</think>\n\n|[^<>]+\n</think>\n\n|[A-Z][^\n<]+[.]\n\n`
    for (const t of all) expect(t, t).toMatch(new RegExp(`^(${before})?${call}$`))
    expect(all).toContain('<tool_call>\n{"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}}\n</tool_call>')
    const share = (pattern: RegExp) => shareOf(all, pattern)
    expect(share(/^<think>\n[^\n]/)).toBeGreaterThan(0.1)
    expect(share(/^<think>\n\n<\/think>/)).toBeGreaterThan(0.03)
    expect(share(/^[A-Z][^\n]+\n<\/think>/)).toBeGreaterThan(0.03)
    expect(share(/^<tool_call>/)).toBeGreaterThan(0.15)
    // Every one parses into a call of its own tool, and what the team would read is the sentence or nothing.
    const tools = Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))
    for (const t of all) {
      const parsed = parseTextToolCalls(t, tools)
      expect(parsed.calls.map((c) => c.name), t).toEqual([/"name": "(\w+)"/.exec(t)![1]])
      expect(stripThinking(parsed.text)).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
    }
  })

  it('tells one set of lies and keeps one reasoning mode a game in the deployed fleet too, where the seed changes every turn and prompt_cache_key names the game', () => {
    const values = (pattern: RegExp) => (text: string) => new Set([...text.matchAll(pattern)].map((m) => m.slice(1).find(Boolean)))
    const liars = expectOneSetOfLies(Q, { seeds: SEEDS, strategies: ['false_info', 'timing_errors'], seats: ['hacker', 'driver'], fleet: true }, isCall, plain, [
      values(/(?:workable|accessible|inside) until (\d\d:\d\d)|(?:completes|relocking|finishing|crew leave|didn't leave until) (?:at )?(\d\d:\d\d)/g),
      values(/(the 24-hour car wash on route 30|the gym parking lot on birch road|the parking garage on alder street)/g),
      values(/channel (\d+)/g),
    ])
    expect(liars).toBeGreaterThan(5)
    for (const seed of SEEDS) expect(new Set(playSession({ model: Q, seed, game: `fleet-game-${seed}` }).map((s) => modeOf(s.text))).size, `seed ${seed}`).toBe(1)
  })

  it('talks as Qwen3\'s assistant tuning plays a role: bold labels, arrows and "ensures", straight apostrophes, a manner per seat', () => {
    const games = SEEDS.map((seed) => playSession({ model: Q, seed }))
    const messages = games.flatMap((g) => messagesOf(g)).map((s) => stripThinking(s.text))
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(Q, [agent], 4)].map(stripThinking)
    expect(shareOf(of('planner'), /→|[Tt]imeline|[Pp]hase|\*\*[A-Z][a-z]+( [a-z]+)?:\*\*/)).toBeGreaterThan(0.5)
    expect(shareOf(of('hacker'), /[Zz]one|sensor|camera|SecureNet|UPS|[Ss]ecurity/)).toBeGreaterThan(0.6)
    expect(shareOf(of('safecracker'), /drill|door|\$|`|[Ll]ock/)).toBeGreaterThan(0.6)
    expect(shareOf(of('intel'), /database|[Rr]ecords?|roster|shift|guards|[Qq]uery|level/)).toBeGreaterThan(0.6)
    expect(shareOf(of('driver'), /[Rr]oute|van|vehicle|[Pp]ickup|[Ee]xit|car/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /[Mm]onitor|position|[Rr]adio|report|watch|[Ss]urveillance|time/)).toBeGreaterThan(0.6)
    expect(shareOf(messages, /\*\*[A-Z][^*\n]{1,30}:\*\*/)).toBeGreaterThan(0.15)
    expect(shareOf(messages, /ensures|→| — /)).toBeGreaterThan(0.15)
    // Its apostrophes are always straight: a curly one would be another model's.
    expect(messages.join('\n')).not.toMatch(/’/)
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(20)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(50)
  })

  it('shows Qwen3\'s habits now and then: an emoji label, a next step under a rule, an offer, the transcript\'s tag, <|im_end|> and its own turn again', () => {
    const turns = singleTurns(Q, SEATS, 30).map((t) => ({ raw: t, seen: stripThinking(t) }))
    const rate = (test: (seen: string, raw: string) => boolean) => turns.filter((t) => test(t.seen, t.raw)).length / turns.length
    const between = (name: string, test: (seen: string, raw: string) => boolean, lo: number, hi: number) => {
      expect(rate(test), name).toBeGreaterThan(lo)
      expect(rate(test), name).toBeLessThan(hi)
    }
    between('label', (t) => LABEL.test(t.replace(/^\[\w+\] /, '')), 0.07, 0.3)
    between('next step', (t) => Object.values(NEXT_STEPS_Q).flat().some((n) => t.endsWith(`\n\n---\n\n${n}`) || t.includes(`\n\n---\n\n${n}<|im_end|>`)), 0.02, 0.14)
    between('offer', (t) => OFFERS_Q.some((o) => t.includes(`\n\n${o}`)), 0.01, 0.1)
    between('tag', (t) => /^\[(planner|hacker|safecracker|intel|driver|lookout)\] /.test(t), 0.005, 0.08)
    between('leak', (_t, raw) => /<\|im_end\|>\n<\|im_start\|>assistant\n\S/.test(raw), 0.003, 0.05)
    // The reasoning the team never sees is about the turn, never the secret brief: the same for a mole and an innocent.
    for (const seed of [8, 9, 10]) {
      for (const strategy of STRATEGIES) {
        const thoughts = playSession({ model: Q, seed, mole: { name: 'planner', strategy } }).map((s) => s.text.slice(0, Math.max(0, s.text.indexOf('</think>'))))
        for (const t of thoughts) expect(t, t).not.toMatch(/sabotag|mole|mission|strateg|fail|lie\b|wrong/i)
      }
    }
  })
})
