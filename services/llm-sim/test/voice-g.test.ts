import { describe, expect, it } from 'vitest'
import { STRATEGIES } from '../src/model/prompt.js'
import { simulateCompletion, type Strategy } from '../src/model/index.js'
import { MOLE_G } from '../src/model/voices/mole-g.js'
import { playSession, type Said } from './helpers/scenario.js'
import { expectSabotageInEveryStrategy, fingerprints, textCallsOf, TOOL_SEATS } from './helpers/voice-turns.js'

const G = 'heist-sim-g'
/** Seeds for these tests; seed 1 is the frozen evaluation seed and stays out. */
const SEEDS = [2, 3, 4, 5, 6, 7]

const textCalls = textCallsOf(G)

const isCall = (text: string) => /<tool_call>|\[TOOL_CALLS\]|```tool_code|\{"name": |\b(calculator|read_file|query_db)\(/.test(text)
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

const personal = (s: Strategy) => Object.values(MOLE_G.personal ?? {}).flatMap((byStrategy) => byStrategy[s] ?? [])
const PRINTS = (s: Strategy) => fingerprints([...MOLE_G.loud[s], ...MOLE_G.quiet[s], ...MOLE_G.reports[s], ...personal(s)])

/** g's own lies in a misquoted document, and calculations from its premise (the window closing 10-15 min late, a soft lockout, slow police). */
const MISQUOTED = /\b(19|20|21) cameras in total|kept for (7|14) days|02:00-(02:55|03:00)|\b(5|10)-minute lockout/
const PREMISE_CALC = /^(55|60) - \(3 \* 12 \+ 9\)$|^(5|10) \+ 3 \* 12 \+ 9$|^\(2 \* 60 \+ 55\)|^\(3 \* 60 \+ 0\)|^30 \+ (7|8|9) \* 60$/

function sabotaged(said: Said, strategy: Strategy): boolean {
  if (PRINTS(strategy).some((f) => said.text.includes(f))) return true
  if (strategy === 'false_info' && MISQUOTED.test(said.text)) return true
  return strategy === 'timing_errors' && said.calls.some((c) => PREMISE_CALC.test(String(c.args.expression ?? '')))
}

describe('voice g (heist-sim-g)', () => {
  it('sabotages in every strategy in its own phrasing, in about half the mole\'s turns; innocents never say those lines', () => {
    expectSabotageInEveryStrategy(G, [2, 3, 4, 5], sabotaged, SEEDS)
  })

  it('lets a mole without tools sabotage through what it claims to have seen, and a quiet one state the lie bare', () => {
    const claims = (seat: string) => STRATEGIES.flatMap((strategy) => SEEDS.slice(0, 3).flatMap((seed) => messagesOf(playSession({ model: G, seed, mole: { name: seat, strategy } }), seat)
      .filter((s) => fingerprints(MOLE_G.personal?.[seat]?.[strategy] ?? []).some((f) => s.text.includes(f)))))
    expect(claims('driver').length).toBeGreaterThan(2)
    expect(claims('lookout').length).toBeGreaterThan(2)
    const quietPrints = STRATEGIES.flatMap((s) => fingerprints(MOLE_G.quiet[s]))
    const quiet = STRATEGIES.flatMap((strategy) => SEEDS.slice(0, 3).flatMap((seed) => messagesOf(playSession({ model: G, seed, mole: { name: 'planner', strategy } }), 'planner')))
    expect(quiet.filter((s) => quietPrints.some((f) => s.text.includes(f))).length).toBeGreaterThan(2)
  })

  it('tells one set of lies a game: every false camera count, window end and lockout of a mole agrees', () => {
    let liars = 0
    for (const seed of SEEDS) {
      for (const strategy of ['false_info', 'timing_errors'] as const) {
        const text = messagesOf(playSession({ model: G, seed, mole: { name: 'hacker', strategy } }), 'hacker').map((s) => s.text).join('\n')
        const cameras = new Set([...text.matchAll(/\b(\d+) (?:of those |working )?cameras/g)].map((m) => m[1]).filter((n) => n !== '24'))
        const closes = new Set([...text.matchAll(/02:00-(\d\d:\d\d)/g)].map((m) => m[1]).filter((t) => t !== '02:45'))
        const lockouts = new Set([...text.matchAll(/\b(\d+)-minute lockout|soft lockout, (\d+) minutes/g)].map((m) => m[1] ?? m[2]).filter((n) => n !== '30'))
        for (const found of [cameras, closes, lockouts]) expect(found.size, text).toBeLessThanOrEqual(1)
        if (cameras.size + closes.size + lockouts.size > 0) liars++
      }
    }
    expect(liars).toBeGreaterThan(3)
  })

  it('writes its text tool calls in Mistral, Llama, Gemma and Hermes formats', () => {
    const all = (['calculator', 'read_file', 'query_db'] as const).flatMap((tool) => textCalls(tool, ...TOOL_SEATS[tool]))
    expect(all.some((t) => /^\[TOOL_CALLS\] \[\{"name": "calculator", "arguments": \{"expression": "3 \* 12 \+ 9"\}\}\]$/.test(t))).toBe(true)
    expect(all.some((t) => /(^|\n)\{"name": "read_file", "parameters": \{"filename": "[\w.]+"\}\}$/.test(t))).toBe(true)
    expect(all.some((t) => /```tool_code\nquery_db\(query="SELECT [^"]+"\)\n```$/.test(t))).toBe(true)
    expect(all.some((t) => /<tool_call>\n\{"name": "\w+", "arguments": \{/.test(t))).toBe(true)
    expect(all.some((t) => /^\*[a-z ]+\*\n\n/.test(t))).toBe(true)
  })

  it('gives innocents honest mistakes of its own in about one message in seven, some caught in the same breath', () => {
    const SLIP = /\b23 cameras|\b15[- ]seconds?\b|\b45-minute lockout|lose 45 minutes|\b30 minutes(?: max)? inside|inside the vault is 30 minutes|\b72-hour battery|\b2 (?:wrong|bad) codes/
    const HEDGE = /, don't quote me on that|, last I checked|, if my math is right| \(or close to it\)/
    const CAUTION = /bolt cutters, in case|leaves their phone in the van|pack a first aid kit|same dark coveralls|one word for abort now/
    const said = SEEDS.flatMap((seed) => messagesOf(playSession({ model: G, seed })))
    const mistakes = said.filter((s) => SLIP.test(s.text) || HEDGE.test(s.text) || CAUTION.test(s.text))
    expect(mistakes.length / said.length).toBeGreaterThan(0.07)
    expect(mistakes.length / said.length).toBeLessThan(0.25)
    const turns = ['planner', 'hacker', 'safecracker', 'lookout'].flatMap((name) => [1, 2, 3, 4, 5].flatMap((round) => Array.from({ length: 50 }, (_, seed) =>
      simulateCompletion({ model: G, seed, messages: [{ role: 'system', content: `You are ${name}, the team's ${name}. You are good at your job.` }, { role: 'user', content: `Round ${round} of 5. It is your turn, ${name}.` }] }).choices[0].message.content ?? '')))
    const slips = turns.filter((t) => SLIP.test(t))
    expect(slips.length).toBeGreaterThan(8)
    const caught = slips.filter((t) => /scratch that: \d+|correction, it is \d+|hang on\.\.\. \d+/.test(t))
    expect(caught.length).toBeGreaterThan(0)
    expect(caught.length).toBeLessThan(slips.length)
  })

  it('writes in character: stage directions, some dialogue in quotes, a manner per seat, no markdown blocks', () => {
    const games = SEEDS.map((seed) => playSession({ model: G, seed }))
    const messages = games.flatMap((g) => messagesOf(g))
    const staged = messages.filter((s) => /(^|\. )\*[a-z][^*]+\*( |$)/.test(s.text))
    expect(staged.length / messages.length).toBeGreaterThan(0.25)
    expect(staged.length / messages.length).toBeLessThan(0.6)
    expect(messages.some((s) => /^\*[^*]+\* "[^"]+"/.test(s.text))).toBe(true)
    expect(messages.filter((s) => /(^|\n)(#{1,4} |\| |- |\d+\. )/.test(s.text))).toEqual([])
    const of = (agent: string) => games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text).join('\n')
    expect(of('lookout')).toMatch(/\.\.\./)
    expect(of('safecracker')).toMatch(/\b(She|she)\b/)
    expect(of('planner')).toMatch(/\? [A-Z]/)
    const words = messages.map((s) => s.text.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(25)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })
})
