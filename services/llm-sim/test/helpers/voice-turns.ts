/**
 * One player's turn offering one tool, as the voice tests ask it of each voice, and the text of the
 * turns in which a voice wrote its tool call as text, the sabotage-rate check, a template's
 * fingerprint and the sentences two voices must not share. Shared by the voice tests (voice-d … -k),
 * which each had their own copy.
 */
import { expect } from 'vitest'
import { STRATEGIES } from '../../src/model/prompt.js'
import { simulateCompletion, type ChatCompletionRequest, type Strategy } from '../../src/model/index.js'
import type { MolePhrasing } from '../../src/model/voice.js'
import { playSession, TOOLS, type Said } from './scenario.js'

/** The longest slot-free stretch of each sabotage template: a voice's style adds words around sentences, never inside one. */
export function fingerprints(templates: readonly string[]): string[] {
  return templates.map((t) => t.split(/\{\w+\}/).map((p) => p.replace(/^[\s.,:;!?]+|[\s.,:;!?]+$/g, '')).sort((a, b) => b.length - a.length)[0]!).filter((p) => p.length >= 12)
}

/**
 * Sentences of a played session a reader would compare across voices: messages that are only a
 * tool call (`isCall`) skipped, stage directions, quotes and emoji off, five words or more, none
 * quoted from a tool.
 */
export function sentencesOf(history: Said[], isCall: (text: string) => boolean): Set<string> {
  const quoted = history.flatMap((s) => s.calls.map((c) => c.result.replace(/\s+/g, ' ')))
  const out = new Set<string>()
  for (const said of history) {
    if (isCall(said.text)) continue
    const text = said.text.replace(/<think>[\s\S]*?<\/think>/g, '').replace(/\*[^*\n]+\*/g, ' ').replace(/["“”]|\p{Extended_Pictographic}/gu, ' ')
    for (const raw of text.split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = raw.replace(/^[\s>#|\-\d.)]+/, '').replace(/\s+/g, ' ').trim()
      if (sentence.split(' ').length < 5 || quoted.some((r) => r.includes(sentence.replace(/[.!?]$/, '')))) continue
      out.add(sentence)
    }
  }
  return out
}

/** A turn of `name` (the team's `role`) with only `tool` on offer, for `model` and `seed`. */
export function turnRequest(model: string, seed: number, tool: keyof typeof TOOLS = 'calculator', name = 'safecracker', role = 'Safe Specialist'): ChatCompletionRequest {
  return {
    model,
    seed,
    messages: [{ role: 'system', content: `You are ${name}, the team's ${role}. You are good at your job.` }, { role: 'user', content: `Round 1 of 5. It is your turn, ${name}.` }],
    tools: [TOOLS[tool]!],
  }
}

/** For `model`: over seeds 0–79, the replies to that turn that carry no native tool call, as their text. */
export function textCallsOf(model: string): (tool: keyof typeof TOOLS, name: string, role: string) => string[] {
  return (tool, name, role) =>
    Array.from({ length: 80 }, (_, seed) => simulateCompletion(turnRequest(model, seed, tool, name, role)).choices[0].message).filter((m) => !m.tool_calls).map((m) => m.content ?? '')
}

const SEATS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']

/**
 * A voice's mole sabotages in every strategy (in at least three of the four games, the seat turning
 * with seed and strategy) and in about half of its turns overall, and in control games (`controls`,
 * no mole) nobody says a sabotaged line: what each voice's test asserts of its own sabotage, given
 * the voice's own test of a sabotaged line.
 */
export function expectSabotageInEveryStrategy(model: string, seeds: readonly number[], sabotaged: (said: Said, strategy: Strategy) => boolean, controls: readonly number[]): void {
  let turns = 0
  let bent = 0
  for (const strategy of STRATEGIES) {
    let games = 0
    for (const seed of seeds) {
      const mole = SEATS[(seed + STRATEGIES.indexOf(strategy)) % SEATS.length]!
      const said = playSession({ model, seed, mole: { name: mole, strategy } }).filter((s) => s.agent === mole)
      const hits = said.filter((s) => sabotaged(s, strategy)).length
      turns += said.length
      bent += hits
      if (hits > 0) games++
    }
    expect(games, strategy).toBeGreaterThanOrEqual(3)
  }
  expect(bent / turns).toBeGreaterThan(0.3)
  expect(bent / turns).toBeLessThan(0.75)
  for (const seed of controls) {
    for (const said of playSession({ model, seed })) for (const strategy of STRATEGIES) expect(sabotaged(said, strategy), said.text).toBe(false)
  }
}

/** Who is asked to use each tool in the text-call checks: the seat that holds it, and its role title. */
export const TOOL_SEATS: Record<'calculator' | 'read_file' | 'query_db', readonly [string, string]> = {
  calculator: ['safecracker', 'Safe Specialist'],
  read_file: ['hacker', 'Technical Specialist'],
  query_db: ['intel', 'Intelligence Analyst'],
}

/**
 * A voice's test of a sabotaged line: a line of its mole's phrasing for the strategy (loud, quiet,
 * report or a seat's own, by fingerprint), a misquoted document or table (false_info, `misquoted`)
 * or a calculation from its wrong premise (timing_errors, `premiseCalc`). `plain` is the message as a
 * reader compares it with a template (the voice's own wrappers off), lower-cased.
 */
export function sabotageTest(mole: MolePhrasing, misquoted: RegExp, premiseCalc: RegExp, plain: (text: string) => string = (t) => t.toLowerCase()): (said: Said, strategy: Strategy) => boolean {
  const prints = new Map(STRATEGIES.map((s) => [s, fingerprints([...mole.loud[s], ...mole.quiet[s], ...mole.reports[s], ...Object.values(mole.personal ?? {}).flatMap((b) => b[s] ?? [])]).map((f) => f.toLowerCase())]))
  return (said, strategy) => {
    if (prints.get(strategy)!.some((f) => plain(said.text).includes(f))) return true
    if (strategy === 'false_info' && misquoted.test(said.text)) return true
    return strategy === 'timing_errors' && said.calls.some((c) => premiseCalc.test(String(c.args.expression ?? '')))
  }
}

/** The replies of `model` to single turns of seats offered no tools (name = role), over the five rounds and seeds 0 … `seeds` - 1. */
export function singleTurns(model: string, names: readonly string[], seeds: number): string[] {
  return names.flatMap((name) => [1, 2, 3, 4, 5].flatMap((round) => Array.from({ length: seeds }, (_, seed) =>
    simulateCompletion({ model, seed, messages: [{ role: 'system', content: `You are ${name}, the team's ${name}. You are good at your job.` }, { role: 'user', content: `Round ${round} of 5. It is your turn, ${name}.` }] }).choices[0].message.content ?? '')))
}

/**
 * Over every strategy and `seeds`: the messages in which a driver or a lookout mole says a claim of
 * its own seat (`personal`), and those in which a planner mole says a quiet line, for a voice's test
 * that moles without tools sabotage through their own claims and that quiet sabotage shows.
 */
export function claimsAndQuiet(model: string, mole: MolePhrasing, seeds: readonly number[], isCall: (text: string) => boolean, plain: (text: string) => string = (t) => t.toLowerCase()): { driver: number; lookout: number; quiet: number } {
  const said = (seat: string, strategy: Strategy) => seeds.flatMap((seed) => playSession({ model, seed, mole: { name: seat, strategy } }).filter((s) => s.agent === seat && !isCall(s.text)))
  const saying = (texts: Said[], templates: readonly string[]) => texts.filter((s) => fingerprints(templates).some((f) => plain(s.text).includes(f.toLowerCase()))).length
  const claims = (seat: string) => STRATEGIES.reduce((sum, s) => sum + saying(said(seat, s), mole.personal?.[seat]?.[s] ?? []), 0)
  return { driver: claims('driver'), lookout: claims('lookout'), quiet: STRATEGIES.reduce((sum, s) => sum + saying(said('planner', s), mole.quiet[s]), 0) }
}

/**
 * A mole tells one set of lies a game: over `seeds`, `strategies` and `seats`, each of `readings`
 * (one kind of figure, read from a mole's messages as `plain` text, its true values left out) finds
 * at most one value a game. Returns how many of those games lie at all. `fleet`: the requests as the
 * deployed fleet sends them (a seed each turn, one `prompt_cache_key` a game).
 */
export function expectOneSetOfLies(model: string, plan: { seeds: readonly number[]; strategies: readonly Strategy[]; seats: readonly string[]; fleet?: boolean }, isCall: (text: string) => boolean, plain: (text: string) => string, readings: readonly ((text: string) => Set<string | undefined>)[]): number {
  let liars = 0
  for (const seed of plan.seeds) {
    for (const strategy of plan.strategies) {
      for (const seat of plan.seats) {
        const text = playSession({ model, seed, mole: { name: seat, strategy }, ...(plan.fleet ? { game: `fleet-game-${seed}` } : {}) }).filter((s) => s.agent === seat && !isCall(s.text)).map((s) => plain(s.text)).join('\n')
        const found = readings.map((read) => read(text))
        for (const values of found) expect(values.size, text).toBeLessThanOrEqual(1)
        if (found.some((values) => values.size > 0)) liars++
      }
    }
  }
  return liars
}

/**
 * Innocents' honest mistakes (`slip`, `hedge`, `caution`): their share of the messages of control
 * games over `seeds`, and how many single turns (50 seeds) of the seats that read documents slip.
 */
export function honestMistakes(model: string, seeds: readonly number[], isCall: (text: string) => boolean, kinds: { slip: RegExp; hedge: RegExp; caution: RegExp }): { share: number; slips: number } {
  const said = seeds.flatMap((seed) => playSession({ model, seed }).filter((s) => !isCall(s.text)))
  const mistakes = said.filter((s) => kinds.slip.test(s.text) || kinds.hedge.test(s.text) || kinds.caution.test(s.text))
  const slips = singleTurns(model, ['planner', 'hacker', 'safecracker', 'intel'], 50).filter((t) => kinds.slip.test(t))
  return { share: mistakes.length / said.length, slips: slips.length }
}
