/**
 * How much the detector's rules depend on the wording of the voices their word lists were read
 * from. Plays the same seeded games with two development voices, then:
 *  1. splits the rules' evidence weight against moles and against innocents by what it rests on
 *     (facts, topic-keyed facts, a word list confirmed by a fact, words alone; see word-lists.ts);
 *  2. re-scores each voice with every list item the other voice never uses taken out of its
 *     messages, as if the lists had been written from the other voice alone (a -> b, b -> a).
 * Usage: node --conditions=heist-source --import tsx scripts/eval/word-dependence.ts --seed 2 --games 60
 * Only the development voices: the held-out voice is never played here.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { scoreRules, type ScoringInput, WORD_LISTS, type WordList } from '@heist/detection/scoring'
import { loadTeamConfig } from '@heist/orchestrator/engine'
import { auroc, type GameScores, split, top1 } from './metrics.js'
import { playGame } from './play-game.js'
import { gameSeed } from './run-games.js'
import { createEvalTools } from './tools.js'
import { type Basis, evidenceKind, itemsUsed, withoutItems } from './word-lists.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DEV_VOICES = ['heist-sim', 'heist-sim-b']
const { values } = parseArgs({ options: { seed: { type: 'string', default: '2' }, games: { type: 'string', default: '60' }, 'control-every': { type: 'string', default: '3' } } })
const seed = Number(values.seed)
const games = Number(values.games)
const controlEvery = Number(values['control-every'])
if (!(seed >= 2) || !(games >= 3) || !(controlEvery >= 2)) {
  console.error('usage: word-dependence.ts --seed N (>= 2: seed 1 is the frozen run) --games N [--control-every 3]')
  process.exit(2)
}

interface Game {
  voice: string
  mole: string | null
  transcript: ScoringInput
}

const team = loadTeamConfig(join(ROOT, 'config'))
const { tools, close } = await createEvalTools(team)
const played: Game[] = []
for (let g = 0; g < games; g++) for (const voice of DEV_VOICES) {
  const p = await playGame(team, tools, gameSeed(seed, g), g % controlEvery === controlEvery - 1, 5, voice)
  played.push({ voice, mole: p.game.mole, transcript: p.transcript })
}
close()

const signals = team.heist.detection.signals
const pct = (x: number) => `${(100 * x).toFixed(1)} %`

/** Evidence weight by kind, on moles (per mole game) and on innocents (per innocent agent, controls included). */
function weights(gs: readonly Game[], phrases: boolean, rewrite?: (text: string) => string): Map<string, { basis: Basis | 'other'; mole: number; innocent: number }> {
  const out = new Map<string, { basis: Basis | 'other'; mole: number; innocent: number }>()
  const moleGames = gs.filter((g) => g.mole !== null).length
  let innocents = 0
  for (const g of gs) for (const s of scoreRules(rewritten(g, rewrite), signals, { phrases })) {
    const mole = s.agent === g.mole
    if (!mole) innocents++
    for (const e of s.evidence) {
      const { kind, basis } = evidenceKind(e.note)
      const row = out.get(kind) ?? { basis, mole: 0, innocent: 0 }
      out.set(kind, row)
      if (mole) row.mole += e.weight / moleGames
      else row.innocent += e.weight
    }
  }
  for (const row of out.values()) row.innocent /= Math.max(1, innocents)
  return out
}

function rewritten(g: Game, rewrite?: (text: string) => string): ScoringInput {
  return rewrite ? { ...g.transcript, messages: g.transcript.messages.map((m) => ({ ...m, content: rewrite(m.content) })) } : g.transcript
}

function rulesOf(gs: readonly Game[], phrases: boolean, rewrite?: (text: string) => string): GameScores[] {
  return gs.map((g) => {
    const transcript = rewritten(g, rewrite)
    return { mole: g.mole, strategy: null, voice: g.voice, scores: Object.fromEntries(scoreRules(transcript, signals, { phrases }).map((s) => [s.agent, s.rule_score])) }
  })
}

function figures(gs: GameScores[]): string {
  const { pos, neg } = split(gs)
  return `top-1 ${pct(top1(gs))}, AUROC ${auroc(pos, neg).toFixed(3)}`
}

console.log(`# Word dependence of the rules: seed ${seed}, ${games} games per voice (${DEV_VOICES.join(', ')})\n`)
for (const phrases of [false, true]) {
  console.log(`## Evidence weight by kind, ${phrases ? 'phrase mode (the eval\'s phrase_rules)' : 'served rules'}: per mole game on the mole / per innocent agent\n`)
  const byVoice = DEV_VOICES.map((v) => weights(played.filter((g) => g.voice === v), phrases))
  const kinds = [...new Set(byVoice.flatMap((m) => [...m.keys()]))].sort()
  console.log(`| kind | rests on | ${DEV_VOICES.map((v) => `${v} mole | ${v} innocent`).join(' | ')} |`)
  console.log(`|---|---|${DEV_VOICES.map(() => '---|---').join('|')}|`)
  for (const kind of kinds) {
    const basis = byVoice.map((m) => m.get(kind)?.basis).find(Boolean)
    console.log(`| ${kind} | ${basis} | ${byVoice.map((m) => `${(m.get(kind)?.mole ?? 0).toFixed(3)} | ${(m.get(kind)?.innocent ?? 0).toFixed(3)}`).join(' | ')} |`)
  }
  for (const b of ['fact', 'topic', 'words+fact', 'words'] as const) {
    const share = byVoice.map((m) => {
      const rows = [...m.values()]
      const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0)
      const of = (side: 'mole' | 'innocent') => sum((r) => (r.basis === b ? r[side] : 0)) / (sum((r) => r[side]) || 1)
      return `${pct(of('mole'))} | ${pct(of('innocent'))}`
    })
    console.log(`| **share: ${b}** | | ${share.join(' | ')} |`)
  }
  console.log('')
}

console.log('## Lists from one voice only, tested on the other\n')
console.log('Each voice re-scored with the list items the other voice never uses taken out of its messages.')
console.log('"any line": items in any message or tool result of the other voice; "mole lines": only in its moles\' messages (and tool results).\n')
const lists: readonly WordList[] = WORD_LISTS
const textsOf = (gs: readonly Game[], moleOnly: boolean) => gs.flatMap((g) => [
  ...g.transcript.messages.filter((m) => !moleOnly || m.agent === g.mole).map((m) => m.content),
  ...g.transcript.tool_calls.flatMap((c) => (c.ok && c.result ? [c.result] : [])),
])
console.log('| tested on | read from | scorer | all items | read from the other voice only | items dropped |')
console.log('|---|---|---|---|---|---|')
for (const test of DEV_VOICES) {
  const train = DEV_VOICES.find((v) => v !== test)!
  const testGames = played.filter((g) => g.voice === test)
  for (const moleOnly of [false, true]) {
    const allowed = itemsUsed(textsOf(played.filter((g) => g.voice === train && (!moleOnly || g.mole !== null)), moleOnly), lists)
    const usedHere = itemsUsed(textsOf(testGames, false), lists)
    const dropped = [...usedHere].filter((i) => !allowed.has(i))
    for (const phrases of [false, true]) {
      const relevant = lists.filter((l) => phrases || !l.phraseMode)
      const before = rulesOf(testGames, phrases)
      const after = rulesOf(testGames, phrases, (t) => withoutItems(t, relevant, allowed))
      const shown = dropped.filter((d) => relevant.some((l) => d.startsWith(`${l.name}:`)))
      console.log(`| ${test} | ${train} (${moleOnly ? 'mole lines' : 'any line'}) | ${phrases ? 'phrase_rules' : 'rules'} | ${figures(before)} | ${figures(after)} | ${shown.length}: ${shown.join(', ').replaceAll('|', '\\|')} |`)
    }
  }
}

console.log('\n## Served rules: evidence weight on moles (per mole game) by kind, all items -> items of the other voice only (any line)\n')
console.log(`| kind | ${DEV_VOICES.map((v) => `${v}`).join(' | ')} |`)
console.log(`|---|${DEV_VOICES.map(() => '---').join('|')}|`)
const lost = DEV_VOICES.map((test) => {
  const train = DEV_VOICES.find((v) => v !== test)!
  const testGames = played.filter((g) => g.voice === test)
  const allowed = itemsUsed(textsOf(played.filter((g) => g.voice === train), false), lists)
  const served = lists.filter((l) => !l.phraseMode)
  return { before: weights(testGames, false), after: weights(testGames, false, (t) => withoutItems(t, served, allowed)) }
})
for (const kind of [...new Set(lost.flatMap((l) => [...l.before.keys()]))].sort()) {
  console.log(`| ${kind} | ${lost.map((l) => `${(l.before.get(kind)?.mole ?? 0).toFixed(3)} -> ${(l.after.get(kind)?.mole ?? 0).toFixed(3)}`).join(' | ')} |`)
}
